import { afterEach, describe, expect, it } from "vitest";
import { type Pty, ready, startPty, updateCount as updates } from "../../bench/pty.js";

// The runner's timer against the wall clock, in a real terminal.

const WAIT_MS = 10_000;
const TEST_MS = 30_000;
const started: Pty[] = [];

function start(args: readonly string[] = []): Pty {
  const pty = startPty({ cols: 100, rows: 30, args });
  started.push(pty);
  return pty;
}

afterEach(() => {
  for (const pty of started.splice(0)) pty.kill("SIGKILL");
});

describe("the runner", () => {
  // The header says "10 updates/s"; a rate is only measured over a span of time, hence the wait.
  it("keeps the default speed of 10 updates a second", { timeout: TEST_MS }, async () => {
    const pty = start();
    await ready(pty, WAIT_MS);
    pty.type(" ");
    const first = await pty.waitFor(
      (s) => /\brunning\b/.test(s[1] ?? "") && updates(s) > 0,
      WAIT_MS,
    );
    const [from, at] = [updates(first), performance.now()];
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const screen = pty.screen();
    const perSecond = ((updates(screen) - from) * 1000) / (performance.now() - at);
    expect(screen[1]).toContain("10 updates/s");
    expect(perSecond, screen[1]).toBeGreaterThanOrEqual(7);
  });
});
