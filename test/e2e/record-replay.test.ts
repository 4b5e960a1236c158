import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Pty, ready, startPty, updateCount as updates } from "../../bench/pty.js";
import { captureCli } from "../cli/run-cli.js";

const WAIT_MS = 10_000;
const TEST_MS = 40_000;
const started: Pty[] = [];
const dir = mkdtempSync(join(tmpdir(), "gd-tui-e2e-replay-"));

function start(args: readonly string[]): Pty {
  const pty = startPty({ cols: 100, rows: 30, args });
  started.push(pty);
  return pty;
}

afterEach(() => {
  for (const pty of started.splice(0)) pty.kill("SIGKILL");
});

describe("record and replay, in a terminal", () => {
  it("records a session with --record and replays it on the dashboard to the same screen", {
    timeout: TEST_MS,
  }, async () => {
    const file = join(dir, "session.jsonl");
    const live = start(["--record", file]);
    await ready(live, WAIT_MS);
    live.type("sss+e");
    const last = await live.waitFor((s) => updates(s) === 6, WAIT_MS);
    live.type("q");
    expect((await live.exit).exitCode).toBe(0);
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines.slice(1).map((l) => JSON.parse(l).event)).toEqual([
      "step",
      "step",
      "step",
      "set-learning-rate",
      "step-epoch",
    ]);
    const summary = await captureCli(["replay", file, "--print", "--format", "summary"]);
    expect(summary.stdout).toMatch(/^updates=6 epochs=2 /);

    const replay = start(["replay", file]);
    await replay.waitFor("replay 0/5", WAIT_MS);
    expect(updates(replay.screen())).toBe(0);
    replay.type("e");
    const end = await replay.waitFor("replay 5/5", WAIT_MS);
    // Every panel above the key bar is the live session's last screen.
    expect(end.slice(0, 27)).toEqual(last.slice(0, 27));
    replay.type("q");
    expect((await replay.exit).exitCode).toBe(0);
  });
});
