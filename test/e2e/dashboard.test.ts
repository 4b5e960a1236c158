import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  endReport,
  MAIN,
  type Pty,
  ready,
  reportingShell,
  startPty,
  updateCount as updates,
} from "../../bench/pty.js";

// The built dashboard in a real pseudo-terminal, driven through the lecture as a student would.
// Every step waits for its effect on the screen before the next key, as a person would.

const TITLES = ["Loss (", "Loss landscape", "Weights", "Gradient log"];
/** Long enough for a busy two-core machine; a frame normally comes within a tenth of that. */
const WAIT_MS = 10_000;
const STEP_MS = 30_000;

/** Ink leaves the last row free so that a full frame never scrolls the terminal. */
function expectFits(screen: readonly string[], rows: number): void {
  expect(screen.filter((line) => line.trim() !== "").length).toBeLessThanOrEqual(rows - 1);
}

function expectFullLayout(screen: readonly string[], rows: number): void {
  const text = screen.join("\n");
  for (const title of TITLES) expect(text).toContain(title);
  expect(screen[0]).toMatch(/^gd-tui\b/);
  expect(text).toContain("q quit");
  expectFits(screen, rows);
}

/**
 * Watches the screen for `ms` and fails if `test` stops holding: proving that nothing happens takes
 * a window of time, here a few frames at the default 12 frames a second.
 */
async function holdsFor(pty: Pty, test: (s: string[]) => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const screen = pty.screen();
    if (!test(screen)) throw new Error(`changed within ${ms} ms:\n${screen.join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the dashboard at 100x30, through the lecture", () => {
  let pty: Pty;

  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
    // Under a shell that reports how it ended, so that the last output cannot be lost.
    pty = startPty({ cols: 100, rows: 30, command: reportingShell() });
  });
  afterAll(() => pty?.kill("SIGKILL"));

  it("shows the lecture's start: w = 1, lr 0.01, idle", { timeout: STEP_MS }, async () => {
    const screen = await ready(pty, WAIT_MS);
    expectFullLayout(screen, 30);
    expect(screen[0]).toContain("lr 0.01");
    expect(screen[1]).toMatch(/\bidle\b/);
    expect(updates(screen)).toBe(0);
    expect(pty.text()).toMatch(/│w +1 /);
  });

  it("steps through epoch 0 with s, one lecture line at a time", { timeout: STEP_MS }, async () => {
    pty.type("s");
    await pty.waitFor("grad:  1.0 2.0 -2.0", WAIT_MS);
    pty.type("s");
    await pty.waitFor("grad:  2.0 4.0 -7.84", WAIT_MS);
    pty.type("s");
    const screen = await pty.waitFor("progress: 0 w= 1.26 loss= 4.92", WAIT_MS);
    const text = screen.join("\n");
    expect(text).toContain("grad:  1.0 2.0 -2.0");
    expect(text).toContain("grad:  2.0 4.0 -7.84");
    expect(text).toContain("grad:  3.0 6.0 -16.23");
    expect(updates(screen)).toBe(3);
    expectFits(screen, 30);
  });

  it("raises the learning rate with +", { timeout: STEP_MS }, async () => {
    pty.type("+");
    expectFits(await pty.waitFor((s) => s[0]?.includes("lr 0.02") ?? false, WAIT_MS), 30);
  });

  it("runs with space and pauses with space again", { timeout: STEP_MS }, async () => {
    pty.type(" ");
    const running = await pty.waitFor(/\brunning\b/, WAIT_MS);
    expectFits(running, 30);
    const before = updates(running);
    await pty.waitFor((s) => /\brunning\b/.test(s[1] ?? "") && updates(s) > before, WAIT_MS);
    pty.type(" ");
    const paused = await pty.waitFor(/\bpaused\b/, WAIT_MS);
    expectFits(paused, 30);
    const stopped = updates(paused);
    await holdsFor(pty, (s) => updates(s) === stopped, 600);
  });

  it("takes a typed learning rate with l", { timeout: STEP_MS }, async () => {
    pty.type("l");
    await pty.waitFor("learning rate: ", WAIT_MS);
    pty.type("0.05");
    await pty.waitFor("learning rate: 0.05", WAIT_MS);
    pty.type("\r");
    const screen = await pty.waitFor((s) => s[0]?.includes("lr 0.05") ?? false, WAIT_MS);
    expect(screen.join("\n")).toContain("q quit");
    expectFits(screen, 30);
  });

  it("refuses a typed learning rate that is not a number, inline", {
    timeout: STEP_MS,
  }, async () => {
    pty.type("l");
    await pty.waitFor("learning rate: ", WAIT_MS);
    pty.type("abc");
    await pty.waitFor("learning rate: abc", WAIT_MS);
    pty.type("\r");
    const screen = await pty.waitFor("'abc' is not a number", WAIT_MS);
    expect(screen[0]).toContain("lr 0.05");
    expectFits(screen, 30);
    pty.type("\x1b");
    const closed = await pty.waitFor("q quit", WAIT_MS);
    expect(closed.join("\n")).not.toContain("learning rate:");
    expect(closed[0]).toContain("lr 0.05");
    expectFits(closed, 30);
  });

  it("steps back with b", { timeout: STEP_MS }, async () => {
    const before = updates(pty.screen());
    expect(before).toBeGreaterThan(0);
    pty.type("b");
    expectFits(await pty.waitFor((s) => updates(s) === before - 1, WAIT_MS), 30);
  });

  it("keeps every panel at 80x24", { timeout: STEP_MS }, async () => {
    pty.resize(80, 24);
    const screen = await pty.waitFor(
      (s) => TITLES.every((t) => s.join("\n").includes(t)) && (s[0]?.startsWith("gd-tui") ?? false),
      WAIT_MS,
    );
    expectFullLayout(screen, 24);
  });

  it("asks for a larger terminal at 30x8, in one line", { timeout: STEP_MS }, async () => {
    pty.resize(30, 8);
    const screen = await pty.waitFor("need 80x24", WAIT_MS);
    const shown = screen.filter((line) => line.trim() !== "");
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/need 80x24/);
    expectFits(screen, 8);
  });

  it("draws the full layout again back at 100x30", { timeout: STEP_MS }, async () => {
    pty.resize(100, 30);
    const screen = await pty.waitFor(
      (s) => TITLES.every((t) => s.join("\n").includes(t)) && (s[0]?.startsWith("gd-tui") ?? false),
      WAIT_MS,
    );
    expectFullLayout(screen, 30);
    expect(screen[0]).toContain("lr 0.05");
  });

  it("quits with q, exit code 0, the cursor shown, raw mode left", {
    timeout: STEP_MS,
  }, async () => {
    pty.type("q");
    const end = await endReport(pty, WAIT_MS);
    expect(end.status).toBe(0);
    expect(end.output.lastIndexOf("\x1b[?25l")).toBeGreaterThanOrEqual(0);
    expect(end.output.lastIndexOf("\x1b[?25h")).toBeGreaterThan(
      end.output.lastIndexOf("\x1b[?25l"),
    );
    expect(end.output.trimEnd().endsWith("\x1b[?25h")).toBe(true);
    expect(end.mode).toMatch(/(^|\s)icanon(\s|$)/m);
    expect(end.mode).toMatch(/(^|\s)echo(\s|$)/m);
  });
});
