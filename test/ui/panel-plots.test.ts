import { describe, expect, it } from "vitest";
import { contourGrid, type PairView } from "../../src/core/contour.js";
import { fitData } from "../../src/core/fit.js";
import { MODELS } from "../../src/core/models/index.js";
import { createRun } from "../../src/core/run.js";
import {
  ASCII_CONTOUR,
  contourCells,
  contourLines,
  UNICODE_CONTOUR,
} from "../../src/ui/contour-plot.js";
import { ASCII_FIT, fitLines, UNICODE_FIT } from "../../src/ui/fit-plot.js";
import { columnTicks, roundTicks, rowTicks, tickLine } from "../../src/ui/ticks.js";
import { lectureConfig } from "./helpers.js";
import { HEIGHTS, problems, WIDTHS } from "./plot-helpers.js";

describe("roundTicks", () => {
  it.each([
    [0, 4, 4, [0, 1, 2, 3, 4]],
    [0, 56 / 3, 4, [0, 5, 10, 15]],
    [0, 4, 2, [0, 2, 4]],
    [-14, 18, 4, [-10, 0, 10]],
    [-48, 52, 4, [-40, -20, 0, 20, 40]],
    // A step of 0.05 gives six, one too many: the next round step is 0.1.
    [0.1, 0.35, 4, [0.1, 0.2, 0.3]],
  ])("%d…%d in %d intervals: %j", (lo, hi, count, want) => {
    const got = roundTicks(lo, hi, count);
    expect(got.length).toBeLessThanOrEqual(count + 2);
    got.forEach((t, k) => {
      expect(t).toBeCloseTo(want[k] as number, 12);
    });
    expect(got).toHaveLength(want.length);
  });

  it("has nothing to offer for a range without size", () => {
    expect(roundTicks(1, 1, 4)).toEqual([1]);
    expect(roundTicks(Number.NaN, 1, 4)).toEqual([]);
  });

  it("keeps to five a panel axis, however wide", () => {
    expect(columnTicks(0, 4, 200)).toEqual([0, 1, 2, 3, 4]);
    expect(rowTicks(0, 56 / 3, 40)).toEqual([0, 5, 10, 15]);
  });

  it("places labels centred on their columns, dropping one that would touch the last", () => {
    expect(tickLine([0, 1, 2], (t) => t * 4, 9)).toBe("0   1   2");
    // "10" centred on column 2 takes columns 2–3; "20" would need 3–4, touching it: dropped.
    expect(tickLine([0, 10, 20], (t) => t / 5, 5)).toBe("0 10 ");
  });
});

const affine = createRun(lectureConfig({ model: MODELS.affine, init: [1, 1] }));
const VIEWS: [string, PairView][] = [
  ["the valley", { x: { lo: 0, hi: 4, zoom: 1 }, y: { lo: -2, hi: 2, zoom: 1 } }],
  ["far off", { x: { lo: 1e6, hi: 2e6, zoom: 8 }, y: { lo: -1e9, hi: 1e9, zoom: 1 } }],
  ["tiny", { x: { lo: 2, hi: 2 + 1e-12, zoom: 1 }, y: { lo: 0, hi: 1e-12, zoom: 1 } }],
];

describe.each([
  ["unicode", UNICODE_CONTOUR, false],
  ["ascii", ASCII_CONTOUR, true],
])("contourLines (%s)", (_, marks, isAscii) => {
  it.each(VIEWS)("%s: exactly height lines, none wider than width", (_, view) => {
    for (const width of WIDTHS) {
      for (const height of HEIGHTS) {
        const { columns, rows } = contourCells(width, height);
        const grid = contourGrid(affine, { x: 0, y: 1 }, view, columns, rows);
        const lines = contourLines(grid, ["w", "b"], width, height, marks);
        expect(problems(lines, width, height, isAscii)).toEqual([]);
        expect(lines.join("")).not.toMatch(/NaN|Infinity/);
      }
    }
  });

  it("darkens uphill: the valley floor blank, the far corner in the top band", () => {
    const { columns, rows } = contourCells(40, 12);
    const grid = contourGrid(affine, { x: 0, y: 1 }, VIEWS[0]?.[1] as PairView, columns, rows);
    const lines = contourLines(grid, ["w", "b"], 40, 12, marks);
    // Top-right is (4, 2): loss (14/3)·4 + 4·2·2 + 4 = 38.7, the most in view.
    expect(Array.from(lines[0] ?? "")[39]).toBe(marks.ramp.at(-1));
  });
});

describe.each([
  ["unicode", UNICODE_FIT, false],
  ["ascii", ASCII_FIT, true],
])("fitLines (%s)", (_, marks, isAscii) => {
  const data = fitData({ name: "lecture3", xs: [1, 2, 3], ys: [2, 4, 6] });
  it.each([
    ["w = 1", (x: number) => x],
    ["w = 2", (x: number) => 2 * x],
    ["diverged", (x: number) => -1e300 * x],
    ["steep", (x: number) => 1e6 * (x - 2)],
  ])("%s: exactly height lines, none wider than width", (_, predict) => {
    for (const width of WIDTHS) {
      for (const height of HEIGHTS) {
        const input = { data, predict, batch: [[1, 2] as const], forecastAt: 4 };
        const lines = fitLines(input, width, height, marks);
        expect(problems(lines, width, height, isAscii)).toEqual([]);
      }
    }
  });

  it("puts the data on the line at w = 2, and the forecast 8 at the top right", () => {
    const input = { data, predict: (x: number) => 2 * x, batch: [], forecastAt: 4 };
    const lines = fitLines(input, 48, 10, marks);
    const text = lines.join("\n");
    // The points are on the line, so they cover three of its cells; 8 is the top of 0…8.
    expect(text.split(marks.point)).toHaveLength(4);
    expect(lines[0]?.trimEnd().endsWith(marks.forecast)).toBe(true);
  });

  it("shows an arrow where the forecast is off the chart", () => {
    const input = { data, predict: (x: number) => 10 * x, batch: [], forecastAt: 4 };
    expect(fitLines(input, 48, 10, marks).join("")).toContain(marks.above);
  });
});

describe("fitData", () => {
  it("keeps a bounded, evenly spaced sample of a large data set, the ends included", () => {
    const xs = Array.from({ length: 100_001 }, (_, i) => i);
    const data = fitData({ name: "big", xs, ys: xs }, 2001);
    expect(data.xs).toHaveLength(2001);
    expect([data.xs[0], data.xs[1], data.xs.at(-1)]).toEqual([0, 50, 100_000]);
    expect(data.rows).toBe(100_001);
    expect(data.isLecture).toBe(false);
    // 5% of the range either side.
    expect(data.xRange).toEqual([-5000, 105_000]);
  });

  it("shows the lecture's data on the slide's axes, 0…4 hours and 0…8 points", () => {
    const data = fitData({ name: "lecture3", xs: [1, 2, 3], ys: [2, 4, 6] });
    expect([data.isLecture, data.xRange, data.yRange]).toEqual([true, [0, 4], [0, 8]]);
  });
});
