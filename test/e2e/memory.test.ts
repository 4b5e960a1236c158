import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ready, startPty, updateCount as updates } from "../../bench/pty.js";

// What a long session keeps: React's development build would add a performance.measure entry for
// every component render to a buffer that nothing clears. The dashboard must not run it.

const WAIT_MS = 10_000;
const dir = mkdtempSync(join(tmpdir(), "gd-tui-memory-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a running dashboard", () => {
  it("leaves no performance entries behind as it renders", { timeout: 30_000 }, async () => {
    const report = join(dir, "entries.json");
    // Loaded into gd-tui's own process: on exit it writes what its performance buffer holds.
    const hook = join(dir, "hook.mjs");
    writeFileSync(
      hook,
      [
        'import { writeFileSync } from "node:fs";',
        'process.on("exit", () => writeFileSync(',
        `  ${JSON.stringify(report)},`,
        '  JSON.stringify({ measures: performance.getEntriesByType("measure").length, env: process.env.NODE_ENV }),',
        "));",
      ].join("\n"),
    );
    const pty = startPty({ cols: 100, rows: 30, env: { NODE_OPTIONS: `--import ${hook}` } });
    try {
      await ready(pty, WAIT_MS);
      pty.type(" ");
      await pty.waitFor((s) => updates(s) >= 10, WAIT_MS);
      pty.type("q");
      expect((await pty.exit).exitCode).toBe(0);
    } finally {
      pty.kill("SIGKILL");
    }
    expect(JSON.parse(readFileSync(report, "utf8"))).toEqual({ measures: 0, env: "production" });
  });
});
