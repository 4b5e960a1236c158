import { afterEach, describe, expect, it } from "vitest";
import { type Pty, ready, startPty, updateCount as updates } from "../../bench/pty.js";

// Keys as a person types them: several in one read, and faster than frames are drawn.

const WAIT_MS = 10_000;
const TEST_MS = 30_000;
const started: Pty[] = [];

function start(): Pty {
  const pty = startPty({ cols: 100, rows: 30 });
  started.push(pty);
  return pty;
}

afterEach(() => {
  for (const pty of started.splice(0)) pty.kill("SIGKILL");
});

describe("keys", () => {
  // A held key repeats faster than a busy frame is drawn, and the terminal then delivers several
  // presses in one read; Ink passes them on as one string.
  it("counts each of three s presses read at once", { timeout: TEST_MS }, async () => {
    const pty = start();
    await ready(pty, WAIT_MS);
    pty.type("sss");
    const screen = await pty.waitFor((s) => updates(s) === 3, 3000).catch(() => pty.screen());
    expect(updates(screen), screen.join("\n")).toBe(3);
  });

  // 20 ms between keys is a quick typist; the gaps are the typing, not a wait for the app.
  it("keeps every digit of a learning rate typed quickly", { timeout: TEST_MS }, async () => {
    const pty = start();
    await ready(pty, WAIT_MS);
    pty.type("l");
    await pty.waitFor("learning rate:", WAIT_MS);
    for (const key of "0.05") {
      pty.type(key);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const screen = await pty.waitFor("learning rate: 0.05", 3000).catch(() => pty.screen());
    expect(screen.find((line) => line.startsWith("learning rate:"))).toMatch(
      /^learning rate: 0\.05(?!\d)/,
    );
  });

  // Over a slow SSH link a rate and Enter typed quickly arrive in one read.
  it("applies a learning rate whose Enter came in the same read", {
    timeout: TEST_MS,
  }, async () => {
    const pty = start();
    await ready(pty, WAIT_MS);
    pty.type("l");
    await pty.waitFor("learning rate:", WAIT_MS);
    pty.type("0.05\r");
    const screen = await pty
      .waitFor((s) => /\blr 0\.05\b/.test(s[0] ?? ""), 3000)
      .catch(() => pty.screen());
    expect(screen[0]).toMatch(/\blr 0\.05\b/);
    expect(screen.some((line) => line.includes("learning rate:"))).toBe(false);
  });
});
