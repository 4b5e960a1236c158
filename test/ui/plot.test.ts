import { describe, expect, it } from "vitest";
import { LABEL_COLUMN } from "../../src/ui/chart-grid.js";
import { plotLines, sample } from "../../src/ui/plot.js";
import { ASCII, HEIGHTS, opts, problems, WIDTHS } from "./plot-helpers.js";

/** The trimmed y label of each line. */
const labels = (lines: readonly string[]) =>
  lines.map((line) => line.slice(0, LABEL_COLUMN).trim());

const INPUTS: [string, number[]][] = [
  ["empty", []],
  ["[NaN]", [Number.NaN]],
  ["[Infinity, 1, 2]", [Number.POSITIVE_INFINITY, 1, 2]],
  ["constant", Array.from({ length: 40 }, () => 3)],
  ["one value", [42]],
  ["10,000 values", Array.from({ length: 10_000 }, (_, i) => 100 / (i + 1) + Math.sin(i))],
  ["1e-12 … 1e12", Array.from({ length: 25 }, (_, i) => 10 ** (i - 12))],
  ["zeros and negatives", [-5, 0, 3, -1e-3, 1e15, 0, -1e15]],
  ["tiny constant", [1e-12, 1e-12]],
  ["extremes", [Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e-300]],
];

describe.each([
  ["unicode", { isLog: false, isAscii: false }],
  ["ascii", { isLog: false, isAscii: true }],
  ["log", { isLog: true, isAscii: false }],
  ["log ascii", { isLog: true, isAscii: true }],
])("plotLines (%s)", (_, mode) => {
  it.each(INPUTS)("%s: exactly height lines, none wider than width", (_, values) => {
    for (const width of WIDTHS) {
      for (const height of HEIGHTS) {
        expect(
          problems(plotLines(values, opts(width, height, mode)), width, height, mode.isAscii),
        ).toEqual([]);
      }
    }
  });
});

describe("plotLines", () => {
  it.each([
    [0, 0],
    [11, 8],
    [50, 2],
    [5, 1],
    [Number.NaN, 4],
  ])("too small (%d×%d) gives blank lines", (width, height) => {
    const lines = plotLines([1, 2, 3], opts(width, height));
    expect(lines).toHaveLength(Number.isNaN(height) ? 0 : height);
    for (const line of lines) expect(line.trim()).toBe("");
  });

  it("says there is no data yet for an empty series", () => {
    expect(plotLines([], opts(40, 5)).join("\n")).toContain("no data yet");
    expect(plotLines([0, -1], opts(40, 5, { isLog: true })).join("\n")).toContain("no data yet");
  });

  it("draws a decreasing series from the top row to the bottom row", () => {
    const lines = plotLines(
      [4.67, 2.69, 1.47, 0.8, 0.44, 0.24, 0.13, 0.07, 0.04, 0.02],
      opts(50, 8),
    );
    const firstRow = lines.findIndex((line) => line[LABEL_COLUMN] === "┼");
    const lastColumn = LABEL_COLUMN + 9;
    const lastRow = lines.findLastIndex((line) => (line[lastColumn] ?? " ") !== " ");
    expect(firstRow).toBe(0);
    expect(lastRow).toBe(7);
    expect(labels(lines)[0]).toBe("4.67");
    expect(labels(lines)[7]).toBe("0.02");
  });

  it("labels tiny and huge values in exponent form", () => {
    const tiny = labels(plotLines([1e-9, 1e-6, 1e-3], opts(40, 6)));
    expect(tiny.at(-1)).toBe("1e-9");
    expect(tiny.slice(1, -1).every((label) => /^-?\d(\.\d+)?e-\d+$/.test(label))).toBe(true);
    expect(labels(plotLines([1e12, 3.4e12], opts(40, 4)))[0]).toBe("3.4e+12");
  });

  it("labels a log scale with the real values, a decade a row here", () => {
    expect(labels(plotLines([1, 10, 100, 1000], opts(30, 4, { isLog: true })))).toEqual([
      "1000",
      "100",
      "10",
      "1",
    ]);
  });

  it("keeps the axis in the same column whatever the values", () => {
    for (const values of [[1, 2], [1e-9, 1e15], [-123456, 0.001], [7]]) {
      for (const line of plotLines(values, opts(40, 6))) expect(line[LABEL_COLUMN]).toMatch(/[┤┼]/);
    }
  });

  it("fits a long run to the width, first and last values included", () => {
    const values = Array.from({ length: 10_000 }, (_, i) => 100 * 0.999 ** i);
    const lines = plotLines(values, opts(60, 10));
    expect(labels(lines)[0]).toBe("100");
    expect(labels(lines)[9]).toBe(String(Number((100 * 0.999 ** 9999).toPrecision(3))));
    expect(lines.some((line) => (line[59] ?? " ") !== " ")).toBe(true);
  });

  it("uses no box-drawing characters in ASCII mode", () => {
    const lines = plotLines([3, 1, 2, 2, 5, -1], opts(30, 6, { isAscii: true }));
    for (const line of lines) expect(line).toMatch(ASCII);
    expect(lines.join("")).toMatch(/[+|'.-]/);
  });
});

describe("sample", () => {
  it("keeps short runs whole", () => {
    expect(sample([1, 2, 3], 5)).toEqual([1, 2, 3]);
  });

  it("picks evenly spaced points including the first and the last", () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    expect(sample(values, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(sample(values, 2)).toEqual([0, 100]);
  });
});
