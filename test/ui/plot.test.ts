import { describe, expect, it } from "vitest";
import { LABEL_COLUMN } from "../../src/ui/chart-grid.js";
import { decimate, plotLines, plotSeries, type Series, xAxisLine } from "../../src/ui/plot.js";
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
    expect(plotLines([-1, -2], opts(40, 5, { isLog: true })).join("\n")).toContain("no data yet");
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

describe("decimate", () => {
  it("keeps short runs whole", () => {
    expect(decimate([1, 2, 3], 5)).toEqual([0, 1, 2]);
  });

  it("keeps the first, the last, and each span's low and high in the order they came", () => {
    // 12 values into 6 columns: the first, two spans of 5 values (1…5, 6…10), the last.
    const values = [9, 5, 7, 1, 8, 6, 2, 3, 4, 0, 1, 7];
    // Span 1…5: low 1 at 3, high 8 at 4; span 6…10: high 4 at 8, low 0 at 9.
    expect(decimate(values, 6)).toEqual([0, 3, 4, 8, 9, 11]);
  });

  it("gives a flat span its two columns", () => {
    expect(decimate([5, 1, 1, 1, 1, 1, 1, 9], 4)).toEqual([0, 1, 6, 7]);
  });

  it("never loses a one-value spike, however long the run", () => {
    const values = Array.from({ length: 100_000 }, (_, i) =>
      i === 61_803 ? 50 : 4.67 * 0.999 ** i,
    );
    const picked = decimate(values, 46);
    expect(picked.length).toBeLessThanOrEqual(46);
    expect(picked).toContain(61_803);
    expect([picked[0], picked.at(-1)]).toEqual([0, 99_999]);
  });
});

/** The columns of the plot area (after the labels) holding a mark of the curve, row by row. */
const drawnColumns = (line: string) =>
  Array.from(line.slice(LABEL_COLUMN)).flatMap((c, i) =>
    c === " " || c === "┊" || c === "┤" ? [] : [i],
  );

const series = (values: number[], more: Partial<Series> = {}): Series => ({
  values,
  xs: values.map((_, i) => i),
  marks: [],
  unit: "updates",
  ...more,
});

describe("plotSeries", () => {
  it("draws the curve over an x axis named by its unit, first and last ticks at the ends", () => {
    // 40 columns: 10 of labels, 30 of plot; 31 values 0…30 do not fit, so the ends are picked.
    const lines = plotSeries(series(Array.from({ length: 31 }, (_, i) => 31 - i)), opts(40, 6));
    expect(lines).toHaveLength(6);
    const axis = lines[5] as string;
    expect(axis.slice(0, LABEL_COLUMN)).toBe("  updates ");
    expect(axis.slice(LABEL_COLUMN).trimEnd().split(/ +/)[0]).toBe("0");
    expect(axis.trimEnd().endsWith("30")).toBe(true);
    expect(axis.trimEnd()).toHaveLength(40);
  });

  it("labels ticks with the x of the point in their column", () => {
    // Epoch ends at 0, 2, 4, … 98: 50 points into 50 columns, one a column; column c is epoch 2c.
    const values = Array.from({ length: 50 }, (_, i) => 100 - i);
    const xs = values.map((_, i) => 2 * i);
    const axis = plotSeries(series(values, { xs, unit: "epochs" }), opts(60, 8)).at(-1) as string;
    const plot = axis.slice(LABEL_COLUMN);
    for (const match of plot.matchAll(/\d+/g)) {
      const text = match[0];
      const column = (match.index ?? 0) + Math.floor((text.length - 1) / 2);
      const clamped =
        match.index === 0
          ? 0
          : plot.trimEnd().length === (match.index ?? 0) + text.length
            ? 49
            : column;
      expect(Number(text)).toBe(2 * clamped);
    }
    expect(axis.slice(0, LABEL_COLUMN)).toBe("   epochs ");
  });

  it("draws a change mark as a dotted column from the first point after it", () => {
    const values = [8, 7, 6, 5, 4, 3, 2, 1];
    const lines = plotSeries(series(values, { marks: [3.5] }), opts(30, 7));
    // The first point at x ≥ 3.5 is x = 4, in column 4.
    const marked = lines.slice(0, -1).map((line) => line[LABEL_COLUMN + 4]);
    expect(marked.filter((c) => c === "┊").length).toBeGreaterThan(0);
    expect(marked.every((c) => c === "┊" || (c !== " " && c !== undefined))).toBe(true);
    const ascii = plotSeries(series(values, { marks: [3.5] }), opts(30, 7, { isAscii: true }));
    expect(ascii.map((line) => line[LABEL_COLUMN + 4]).join("")).toContain(":");
    for (const line of ascii) expect(line).toMatch(ASCII);
  });

  it("keeps a spike through downsampling and the first point's value on the top label", () => {
    // 10⁵ values from 4.67 down, one spike of 6 at 70,000: it must reach the top row.
    const values = Array.from({ length: 100_000 }, (_, i) =>
      i === 70_000 ? 6 : 4.67 * 0.9999 ** i,
    );
    const lines = plotSeries(series(values), opts(50, 8));
    expect(labels(lines)[0]).toBe("6");
    const top = drawnColumns(lines[0] as string);
    // Column 0 (4.67) is below the spike's row; the spike's column is about 70% of the way.
    expect(top.length).toBeGreaterThan(0);
    expect(Math.abs((top[0] as number) / 39 - 0.7)).toBeLessThan(0.06);
  });
});

describe("zero loss (a run that lands exactly on the minimum)", () => {
  it("on a linear scale, all zeros sit on the bottom row labelled 0, nothing below 0", () => {
    const lines = plotLines([0, 0, 0], opts(30, 6));
    expect(labels(lines)).toEqual(["1", "0.8", "0.6", "0.4", "0.2", "0"]);
    expect(drawnColumns(lines[5] as string).length).toBeGreaterThan(0);
  });

  it("on a log scale, zeros get a bottom row labelled 0 under the positive values", () => {
    const lines = plotLines([4.67, 1, 0.1, 0, 0], opts(30, 6, { isLog: true }));
    const y = labels(lines);
    expect(y[0]).toBe("4.67");
    expect(y[5]).toBe("0");
    // The last two points (zeros) are on the zero row.
    expect(drawnColumns(lines[5] as string)).toContain(4);
  });

  it("on a log scale, all zeros are a line on the 0 row, not 'no data yet'", () => {
    const lines = plotLines([0, 0, 0], opts(30, 6, { isLog: true }));
    expect(lines.join("\n")).not.toContain("no data yet");
    expect(labels(lines)).toEqual(["", "", "", "", "", "0"]);
    expect(drawnColumns(lines[5] as string)).toEqual([0, 1, 2]);
  });

  it("on a log scale, a start above zeros is on the top row", () => {
    const lines = plotLines([4.67, 0, 0, 0], opts(30, 6, { isLog: true }));
    expect(labels(lines)[0]).toBe("4.67");
    expect(lines[0]?.[LABEL_COLUMN]).toBe("┼");
    expect(labels(lines)[5]).toBe("0");
  });
});

describe("xAxisLine", () => {
  it("names each whole number once when the axis spans fewer updates than ticks", () => {
    // 57 columns from 0 to 3 updates: ticks at columns 0, 11, 22, 34, 45, 56 (about every 14)
    // fall at x = 0, 0.59, 1.18, 1.82, 2.41, 3, whose whole parts 0, 0, 1, 1, 2, 3 repeat 0 and
    // 1; each is named once: 0, 1, 2, 3.
    const line = xAxisLine((column) => (column / 56) * 3, 57, "updates");
    expect(line.trim().split(/\s+/)).toEqual(["updates", "0", "1", "2", "3"]);
  });
});
