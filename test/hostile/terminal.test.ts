import { afterEach, describe, expect, it } from "vitest";
import {
  childPid,
  endReport,
  MAIN,
  type Pty,
  ready,
  reportingShell,
  startPty,
  updateCount,
} from "../../bench/pty.js";

// A terminal that shrinks and grows under the dashboard, paused and running, one size at a time
// and in a storm: the scrollback (the user's own history) must never gain an old frame, and every
// size must be drawn cleanly from the top row.

const WAIT_MS = 10_000;
const started: Pty[] = [];
afterEach(() => {
  for (const pty of started.splice(0)) pty.kill("SIGKILL");
});

/** gd-tui after a few lines of the user's own history, with a scrollback to keep them in. */
async function startAfterHistory(cols: number, rows: number): Promise<Pty> {
  const history = "for i in 1 2 3; do echo history line $i; done";
  const pty = startPty({
    cols,
    rows,
    scrollback: 5000,
    command: ["bash", "-c", `${history}; exec "${MAIN}"`],
  });
  started.push(pty);
  await ready(pty, WAIT_MS);
  return pty;
}

/** Space, and the header saying it runs. */
async function running(pty: Pty): Promise<Pty> {
  pty.type(" ");
  await pty.waitFor(/\brunning\b/, WAIT_MS);
  return pty;
}

/** A line of a dashboard frame: a panel border, the header, the key bar or the too-small line. */
const isFrameLine = (line: string) =>
  /[│╭╮╰╯]|^gd-tui · |\bq quit\b|\b80x24\b/.test(line) && !line.startsWith("history line");

/** Whether `screen` is the dashboard drawn whole at `cols`×`rows`, from the top row down. */
function isDrawnAt(screen: readonly string[], cols: number, rows: number): boolean {
  const below = (from: number) => screen.slice(from).every((line) => line === "");
  // Smaller than 80x24, the one line naming the size it needs.
  if (cols < 80 || rows < 24) return /\b80x24\b/.test(screen[0] ?? "") && below(1);
  return (
    (screen[0] ?? "").startsWith("gd-tui · ") &&
    Array.from(screen[2] ?? "").length === cols &&
    /\bquit\b/.test(screen[rows - 2] ?? "") &&
    below(rows - 1)
  );
}

async function resizeAndWait(pty: Pty, cols: number, rows: number): Promise<string[]> {
  pty.resize(cols, rows);
  return pty.waitFor((s) => isDrawnAt(s, cols, rows), 3000).catch(() => pty.screen());
}

/** Sizes from 20x8 to 200x50 in a fixed pseudo-random order (a linear congruential generator). */
function sizes(count: number): [number, number][] {
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: count }, () => [
    20 + Math.floor(next() * 181),
    8 + Math.floor(next() * 43),
  ]);
}

describe("a shrinking terminal", () => {
  it("100x30 → 90x30 paused, → 60x30 running, → 100x30: clean at each, nothing scrolled back", {
    timeout: 30_000,
  }, async () => {
    const pty = await startAfterHistory(100, 30);
    expect(pty.scrollback().filter(isFrameLine)).toEqual([]);
    const steps: [number, number][] = [
      [90, 30],
      [60, 30],
      [100, 30],
    ];
    for (const [index, [cols, rows]] of steps.entries()) {
      if (index === 1) await running(pty);
      const screen = await resizeAndWait(pty, cols, rows);
      expect(isDrawnAt(screen, cols, rows), `${cols}x${rows}:\n${screen.join("\n")}`).toBe(true);
      expect(pty.scrollback().filter(isFrameLine), `${cols}x${rows}`).toEqual([]);
    }
  });

  it("60 sizes one after another: each drawn from the top row, nothing scrolled back", {
    timeout: 120_000,
  }, async () => {
    const pty = await running(await startAfterHistory(100, 30));
    const wrong: string[] = [];
    for (const [cols, rows] of sizes(60)) {
      const screen = await resizeAndWait(pty, cols, rows);
      if (!isDrawnAt(screen, cols, rows)) wrong.push(`${cols}x${rows}: ${screen[0]}`);
    }
    expect(wrong).toEqual([]);
    expect(pty.scrollback().filter(isFrameLine)).toEqual([]);
  });

  it("a storm of 200 resizes while running ends drawn cleanly, nothing scrolled back", {
    timeout: 30_000,
  }, async () => {
    const pty = await running(await startAfterHistory(100, 30));
    for (const [cols, rows] of sizes(200)) pty.resize(cols, rows);
    const screen = await resizeAndWait(pty, 100, 30);
    expect(isDrawnAt(screen, 100, 30), screen.join("\n")).toBe(true);
    expect(pty.scrollback().filter(isFrameLine)).toEqual([]);
    // Quitting gives the terminal back as it was: the history shown, no frame anywhere.
    pty.type("q");
    expect((await pty.exit).exitCode).toBe(0);
    const after = [...pty.scrollback(), ...pty.screen()];
    expect(after.filter(isFrameLine)).toEqual([]);
    expect(after.filter((line) => line.startsWith("history line"))).toHaveLength(3);
  });

  it("running without a resize clears neither the screen nor the scrollback", {
    timeout: 30_000,
  }, async () => {
    const pty = await running(await startAfterHistory(100, 30));
    const from = pty.output().length;
    const first = updateCount(pty.screen());
    await pty.waitFor((s) => updateCount(s) >= first + 20, WAIT_MS);
    const written = pty.output().slice(from);
    expect(written).not.toContain("\x1b[2J");
    expect(written).not.toContain("\x1b[3J");
  });
});

describe("the alternate screen", () => {
  it.each(["SIGTERM", "SIGHUP"] as const)("%s leaves it", { timeout: 30_000 }, async (signal) => {
    const pty = startPty({ cols: 100, rows: 30, command: reportingShell() });
    started.push(pty);
    await ready(pty, WAIT_MS);
    await running(pty);
    process.kill(childPid(pty.pid) as number, signal);
    const { output } = await endReport(pty, WAIT_MS);
    expect(output.indexOf("\x1b[?1049h")).toBeGreaterThanOrEqual(0);
    expect(output.lastIndexOf("\x1b[?1049l")).toBeGreaterThan(output.lastIndexOf("\x1b[?1049h"));
    // Nothing is drawn after leaving it, where it would land on the user's screen.
    expect(output.slice(output.lastIndexOf("\x1b[?1049l"))).not.toMatch(/gd-tui · |│/);
  });
});
