import { describe, expect, it } from "vitest";
import { LABEL_COLUMN } from "../../src/ui/chart-grid.js";
import { landscapePainted } from "../../src/ui/landscape-plot.js";
import { plotRace } from "../../src/ui/race-plot.js";

const series = (values: number[]) => ({
  values,
  xs: values.map((_, i) => i),
  marks: [],
  unit: "updates",
});

const OPTIONS = {
  width: 40,
  height: 9,
  isLog: false,
  isAscii: false,
  letters: ["A", "B", "C"],
  top: 0,
  marks: [],
};

describe("plotRace", () => {
  // A falls to 1, B to 2, C stopped after one update at 7. One scale for all: 1 … 8 over 8 rows
  // (level = round((v − 1) / 7 · 7)), one x axis 0 … 3 over 30 columns.
  const plotted = plotRace([series([8, 4, 2, 1]), series([8, 6, 4, 2]), series([8, 7])], OPTIONS);
  const at = (letter: string) => {
    const row = plotted.lines.findIndex((line) => line.includes(letter));
    return { row, column: Array.from(plotted.lines[row] ?? "").indexOf(letter) - LABEL_COLUMN };
  };

  it("is exactly the size asked", () => {
    expect(plotted.lines).toHaveLength(9);
    for (const line of plotted.lines) expect(Array.from(line)).toHaveLength(40);
    plotted.lines.forEach((line, r) => {
      expect(plotted.owners[r]).toHaveLength(Array.from(line).length);
    });
  });

  it("ends each curve in its letter at its newest value, on the shared scale", () => {
    // Rows count down from the top: level 0 is row 7.
    expect(at("A")).toEqual({ row: 7, column: 29 });
    expect(at("B")).toEqual({ row: 6, column: 29 });
    // C's one update is x = 1 of 3: column round(29 / 3) = 10; level round(6 / 7 · 7) = 6.
    expect(at("C")).toEqual({ row: 1, column: 10 });
  });

  it("owns each letter and curve cell by its run; labels and axis by none", () => {
    for (const [letter, run] of [
      ["A", 0],
      ["B", 1],
      ["C", 2],
    ] as const) {
      const { row, column } = at(letter);
      expect(plotted.owners[row]?.[column + LABEL_COLUMN]).toBe(run);
    }
    expect(plotted.owners.at(-1)?.every((o) => o === -1)).toBe(true);
    expect(plotted.owners.every((row) => row.slice(0, LABEL_COLUMN).every((o) => o === -1))).toBe(
      true,
    );
  });

  it("sets a letter beside another's where both end, on the same row", () => {
    const same = plotRace([series([8, 4, 1]), series([8, 5, 1])], OPTIONS);
    const row = same.lines.findIndex((line) => line.includes("A"));
    // A, on top, ends in the last column; B goes one column left, on A's row.
    expect((same.lines[row] as string).slice(-2)).toBe("BA");
  });

  it("leaves a series out of the scale when told: its curve leaves through the top", () => {
    const scaled = plotRace([series([8, 4, 1]), series([8, 1e9])], {
      ...OPTIONS,
      isScaled: [true, false],
    });
    expect(scaled.lines[0]).toMatch(/^ +8 /);
    expect(scaled.lines[0]).toContain("B");
  });

  it("draws nothing but a note when no run has a value", () => {
    const empty = plotRace([series([]), series([Number.NaN])], OPTIONS);
    expect(empty.lines.join("\n")).toContain("no data yet");
  });
});

describe("landscapePainted with racers", () => {
  // The lecture's loss along w: 14/3 (w − 2)², sampled across 0 … 4.
  const xs = Array.from({ length: 41 }, (_, i) => i / 10);
  const input = { xs, losses: xs.map((w) => (14 / 3) * (w - 2) ** 2), current: 1, path: [] };
  const options = { width: 40, height: 10, isLog: false, isAscii: true };

  it("puts each racer's letter where its w is, and an arrow for one off the view", () => {
    const painted = landscapePainted(input, options, [
      { current: 1, path: [], letter: "A" },
      { current: 3, path: [], letter: "B" },
      { current: 9, path: [], letter: "C" },
    ]);
    const text = painted.lines.join("\n");
    const columnOf = (mark: string) =>
      painted.lines.map((line) => line.indexOf(mark)).find((c) => c >= 0) as number;
    // 29 plot columns (odd) over 0 … 4: w = 1 at column 7, w = 3 at column 21.
    expect(columnOf("A") - LABEL_COLUMN).toBe(7);
    expect(columnOf("B") - LABEL_COLUMN).toBe(21);
    // C is off to the right: the arrow at the edge, its letter beside it.
    expect(text).toMatch(/C>/);
    expect(text).not.toContain("@");
  });
});
