import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureCli, expectInputError, repoPath } from "../cli/run-cli.js";

// The cheap attacks on --data, run by every `npm test`: each once made gd-tui grow without bound,
// obey escape sequences from a file, or print a line of megabytes.

const MAIN = repoPath("dist/bin/gd-tui.js");
const dir = mkdtempSync(join(tmpdir(), "gd-tui-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of ours holding `content`, by a name that may itself be hostile. */
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Text that never ends: the header, then `row` forever, as `yes` would send it. */
function endless(row = "1,2\n"): Readable {
  let isFirst = true;
  const block = row.repeat(4096);
  return new Readable({
    read() {
      this.push(isFirst ? `x,y\n${block}` : block);
      isFirst = false;
    },
  });
}

/** Whether `text` holds a character a terminal would act on, other than the newline ending it. */
const hasControls = (text: string): boolean =>
  Array.from(text).some((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return (code < 0x20 && ch !== "\n") || (code >= 0x7f && code <= 0x9f);
  });

/**
 * The built CLI under bash with a 2 GB address-space limit: an unbounded read then fails fast
 * instead of taking the machine's memory (it once reached 15 GB in 48 s).
 */
function shell(script: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync("bash", ["-c", `ulimit -v 2000000; ${script}`, "bash", MAIN], {
    encoding: "utf8",
    // Generous for a loaded machine: 10 million rows take ~2 s alone, ~4 s beside other work.
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
});

describe("endless and binary sources stop at once with one line", () => {
  it("an endless pipe stops at --max-bytes", async () => {
    const result = await captureCli(["--print", "--data", "-", "--max-bytes", "64k"], endless());
    expectInputError(result, ["stdin", "64 KiB", "--max-bytes"]);
  });

  it("an endless pipe stops at --max-rows, naming the line", async () => {
    const result = await captureCli(["--print", "--data", "-", "--max-rows", "1000"], endless());
    // The header is line 1, so the 1,001st row is line 1,002.
    expectInputError(result, ["stdin line 1002", "1,000 rows", "--max-rows"]);
  });

  it("an endless pipe stops at the default cap of 10 million rows", async () => {
    const result = shell(`(echo x,y; yes 1,2) | node "$1" --print --data -`);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "gd-tui: stdin line 10000002: more than 10,000,000 rows, the cap (--max-rows)\n",
    );
    expect(result.status).toBe(2);
  }, 60_000);

  it.each([
    ["--data /dev/zero", `node "$1" --print --data /dev/zero`, "/dev/zero"],
    ["--data - < /dev/zero", `node "$1" --print --data - < /dev/zero`, "stdin"],
  ])("%s is not text", (_what, script, source) => {
    const result = shell(script);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `gd-tui: ${source}: holds NUL bytes: binary data, not CSV or JSON text\n`,
    );
    expect(result.status).toBe(2);
  });

  it("a NUL byte after good rows is caught too", async () => {
    const result = await captureCli(["--print", "--data", file("nul.csv", "x,y\n1,2\n3,\0\n")]);
    expectInputError(result, ["nul.csv", "NUL bytes"]);
  });

  it("an endless device read in-process as stdin stops too", async () => {
    const result = await captureCli(["--print", "--data", "-"], createReadStream("/dev/zero"));
    expectInputError(result, ["stdin", "NUL bytes"]);
  });
});

describe("nothing from the data reaches the terminal raw", () => {
  it("an escape sequence in a cell is shown escaped", async () => {
    const path = file("escape.csv", "x,y\n1,\x1b[2J\x1b]0;pwned\x07\n");
    const result = await captureCli(["--print", "--data", path]);
    expectInputError(result, ["escape.csv line 2", "y is '\\e[2J\\e]0;pwned\\x07', not a number"]);
    expect(hasControls(result.stderr.slice(0, -1))).toBe(false);
  });

  it("a file name with a newline and an escape stays on one line, escaped", async () => {
    const path = file("new\nline\x1b[31m.csv", "x,y\n1,oops\n");
    const result = await captureCli(["--print", "--data", path]);
    expectInputError(result, ["new\\nline\\e[31m.csv line 2", "'oops'"]);
    expect(hasControls(result.stderr.slice(0, -1))).toBe(false);
  });

  it("a missing file whose name holds a newline is named escaped, once", async () => {
    const result = await captureCli(["--print", "--data", join(dir, "no\nsuch\\file.csv")]);
    expectInputError(result, [`${dir}/no\\nsuch\\\\file.csv: no such file`]);
  });

  it("a 5 MB cell makes a short line that gives its size", async () => {
    const path = file("huge.csv", `x,y\n1,${"7".repeat(5_000_000)}z\n`);
    const result = await captureCli(["--print", "--data", path]);
    expectInputError(result, ["huge.csv line 2", `'${"7".repeat(40)}…' (5,000,001 characters)`]);
    expect(result.stderr.length).toBeLessThan(200 + path.length);
  });
});

describe("malformed JSON gets a message in words", () => {
  it.each([
    ["null", "null", 'JSON data must be {"x": [numbers], "y": [numbers]}'],
    ["an unclosed [ 100,000 deep", "[".repeat(100_000), "not valid JSON"],
    [
      "an array 100,000 deep for a number",
      `{"x": [${"[".repeat(100_000)}${"]".repeat(100_000)}], "y": [1]}`,
      "x[0] is an array, not a number",
    ],
  ])("%s", async (_what, text, words) => {
    const result = await captureCli(["--print", "--data", file("deep.json", text)]);
    expectInputError(result, ["deep.json", words]);
  });
});
