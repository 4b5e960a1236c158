import { afterAll, describe, expect, it } from "vitest";
import { type Pty, ready, startPty, updateCount } from "../../bench/pty.js";
import { cells, terminal, written } from "../term/xterm-screen.js";
import { isRelaidOut, WALK_KEYS, WALK_SIZES } from "./screen-walk.js";

// The dashboard as it runs, drawn through the cell-diff writer, against the same dashboard drawn by
// Ink's whole frames (GD_TUI_RENDERER=ink): replayed into fresh emulators, every cell and its
// colours must match, after keys and after resizes, narrower and wider.

const WAIT_MS = 10_000;
const TEST_MS = 60_000;
const BEGIN = "\x1b[?2026h";
const END = "\x1b[?2026l";

/**
 * A fresh xterm's cells after replaying all the program wrote (the pty did onlcr), at the final
 * size: both programs cleared and redrew after their last resize, and only that screen is compared.
 */
async function replayed(pty: Pty, columns: number, rows: number) {
  const term = terminal(columns, rows);
  await written(term, pty.output());
  const buffer = term.buffer.active;
  const text = Array.from({ length: rows }, (_, y) => buffer.getLine(y)?.translateToString(true));
  return { cells: cells(term), text: text.join("\n") };
}

async function expectSameScreens(diffed: Pty, whole: Pty, columns: number, rows: number) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const [a, b] = [await replayed(diffed, columns, rows), await replayed(whole, columns, rows)];
    if (JSON.stringify(a.cells) === JSON.stringify(b.cells) || Date.now() > deadline) {
      expect(a.cells).toEqual(b.cells);
      // Not two blank screens: the dashboard is there.
      console.log(
        columns,
        rows,
        JSON.stringify(a.text.slice(0, 300)),
        JSON.stringify(diffed.output().slice(-300)),
      );
      expect(a.text).toMatch(/^gd-tui .*\n[\s\S]*Weights|^Terminal too small/);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the dashboard through the cell-diff writer", () => {
  const started: Pty[] = [];
  afterAll(() => {
    for (const pty of started) pty.kill("SIGKILL");
  });

  it("shows what Ink's whole frames show, cell for cell, through keys and resizes", {
    timeout: TEST_MS,
  }, async () => {
    const diffed = startPty({ cols: 100, rows: 30 });
    const whole = startPty({ cols: 100, rows: 30, env: { GD_TUI_RENDERER: "ink" } });
    started.push(diffed, whole);
    await Promise.all([ready(diffed, WAIT_MS), ready(whole, WAIT_MS)]);
    // One key at a time, each waited for on both, so the two see the same states.
    for (const [key, update] of WALK_KEYS) {
      for (const pty of [diffed, whole]) {
        pty.type(key);
        await pty.waitFor((s) => updateCount(s) === update, WAIT_MS);
      }
    }
    await expectSameScreens(diffed, whole, 100, 30);
    for (const [columns, rows] of WALK_SIZES) {
      for (const pty of [diffed, whole]) pty.resize(columns, rows);
      const isNew = isRelaidOut(columns, rows);
      await Promise.all([diffed, whole].map((pty) => pty.waitFor(isNew, WAIT_MS)));
      await expectSameScreens(diffed, whole, columns, rows);
    }
    const output = diffed.output();
    // One clear per resize, none otherwise; every byte inside a synchronized frame.
    expect(output.split("\x1b[2J")).toHaveLength(5);
    const frames = output.split(END);
    expect(frames.at(-1)).toBe("");
    for (const frame of frames.slice(0, -1)) expect(frame.startsWith(BEGIN)).toBe(true);
  });
});
