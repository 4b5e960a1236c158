import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { loadData, TERMINAL_DATA_HINT } from "../../src/cli/app.js";
import { parseSize } from "../../src/cli/data-limits.js";
import { HELP } from "../../src/cli/help.js";
import { parseOptions } from "../../src/cli/options.js";
import { captureCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "gd-tui-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the data set's name", () => {
  it("is the file name with its controls escaped, as the dashboard's header shows it", async () => {
    const path = join(dir, "two\nlines\x1b[7m.csv");
    writeFileSync(path, "x,y\n1,2\n");
    const data = await loadData(parseOptions(["--data", path]), new PassThrough());
    expect(data).toEqual({ name: `${dir}/two\\nlines\\e[7m.csv`, xs: [1], ys: [2] });
  });
});

describe("data typed at a terminal", () => {
  /** Standard input as a terminal that has typed `text` and then Ctrl+D. */
  function terminal(text: string): PassThrough {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    stdin.end(text);
    return stdin;
  }

  it("says on stderr what to type and how to end it, then reads it", async () => {
    const result = await captureCli(
      ["--print", "--format", "summary", "--epochs", "1", "--data", "-"],
      terminal("x,y\n1,2\n"),
    );
    expect(result.stderr).toBe(TERMINAL_DATA_HINT);
    expect(TERMINAL_DATA_HINT).toContain("Ctrl+D");
    expect(result.stdout).toMatch(/^updates=1 epochs=1 /);
    expect(result.code).toBe(0);
  });

  it("says nothing when stdin is a pipe", async () => {
    const result = await captureCli(
      ["--print", "--format", "summary", "--data", "-"],
      "x,y\n1,2\n",
    );
    expect(result.stderr).toBe("");
  });
});

describe("--max-bytes sizes", () => {
  it("--help names both caps", () => {
    expect(HELP).toContain("--max-bytes SIZE");
    expect(HELP).toContain("--max-rows N");
  });

  it.each([
    ["1000", 1000],
    ["64k", 65_536],
    ["64KiB", 65_536],
    ["256M", 268_435_456],
    ["256 MB", 268_435_456],
    ["1g", 1_073_741_824],
    ["10b", 10],
  ])("reads %j as %d bytes", (text, bytes) => {
    expect(parseSize("max-bytes", text)).toBe(bytes);
  });

  it("a smaller cap than the file stops the read, naming both", async () => {
    const path = join(dir, "rows.csv");
    writeFileSync(path, `x,y\n${"1,2\n".repeat(1000)}`);
    const result = await captureCli(["--print", "--data", path, "--max-bytes", "1k"]);
    expect(result.stderr).toBe(`gd-tui: ${path}: more than 1 KiB, the cap (--max-bytes)\n`);
    expect(result.code).toBe(2);
  });
});
