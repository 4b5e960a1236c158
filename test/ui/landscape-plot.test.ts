import { describe, expect, it } from "vitest";
import { LABEL_COLUMN } from "../../src/ui/chart-grid.js";
import { type LandscapeInput, landscapeLines } from "../../src/ui/landscape-plot.js";
import { HEIGHTS, opts, problems, WIDTHS } from "./plot-helpers.js";

const range = (n: number, lo: number, hi: number) =>
  Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

/** The lecture: x = [1, 2, 3], y = [2, 4, 6], loss(w) = mean (x·w − y)² = (14/3)(w − 2)². */
const lectureLoss = (w: number) => (14 / 3) * (w - 2) ** 2;
const LECTURE_XS = range(41, 0, 4);
const lecture = (current: number, path: number[] = []): LandscapeInput => ({
  xs: LECTURE_XS,
  losses: LECTURE_XS.map(lectureLoss),
  current,
  path,
});

const xs100 = range(100, -3, 3);
const INPUTS: [string, LandscapeInput][] = [
  ["empty", { xs: [], losses: [], current: 0, path: [] }],
  ["[NaN]", { xs: [0], losses: [Number.NaN], current: 0, path: [] }],
  [
    "[Infinity, 1, 2]",
    { xs: [0, 1, 2], losses: [Number.POSITIVE_INFINITY, 1, 2], current: 1, path: [0] },
  ],
  ["constant", { xs: xs100, losses: xs100.map(() => 5), current: 0, path: [1, 2] }],
  ["one value", { xs: [2], losses: [3], current: 2, path: [2] }],
  [
    "10,000 values",
    {
      xs: range(10_000, -1, 1),
      losses: range(10_000, -1, 1).map((x) => x * x),
      current: 0.3,
      path: range(50, -1, 0.3),
    },
  ],
  [
    "1e-12 … 1e12",
    { xs: range(25, 0, 24), losses: range(25, -12, 12).map((e) => 10 ** e), current: 3, path: [] },
  ],
  [
    "zeros and negatives",
    { xs: xs100, losses: xs100.map((x) => x ** 3), current: 0, path: [-1, 0] },
  ],
  [
    "non-finite losses",
    {
      xs: xs100,
      losses: xs100.map((x, i) => (i % 3 === 0 ? Number.NaN : 1 / x)),
      current: 9,
      path: [Number.NaN],
    },
  ],
  ["huge losses", { xs: xs100, losses: xs100.map((x) => 1e300 * x * x), current: -9, path: [] }],
  ["mismatched lengths", { xs: [0, 1, 2, 3], losses: [1, 2], current: 1, path: [] }],
  ["non-finite current", { ...lecture(Number.NaN), path: [Number.POSITIVE_INFINITY] }],
  ["infinite current", lecture(Number.NEGATIVE_INFINITY)],
];

describe.each([
  ["unicode", { isLog: false, isAscii: false }],
  ["ascii", { isLog: false, isAscii: true }],
  ["log", { isLog: true, isAscii: false }],
  ["log ascii", { isLog: true, isAscii: true }],
])("landscapeLines (%s)", (_, mode) => {
  it.each(INPUTS)("%s: exactly height lines, none wider than width", (_, input) => {
    for (const width of WIDTHS) {
      for (const height of HEIGHTS) {
        const lines = landscapeLines(input, opts(width, height, mode));
        expect(problems(lines, width, height, mode.isAscii)).toEqual([]);
      }
    }
  });
});

/** Where the plot area runs, read off the x axis: from the first label's start to the last's end. */
function area(lines: readonly string[]): { left: number; right: number } {
  const axis = lines.at(-1) ?? "";
  return { left: axis.search(/\S/), right: axis.trimEnd().length - 1 };
}

describe("landscapeLines on the lecture", () => {
  it.each([
    [20, 5],
    [40, 9],
    [41, 9],
    [63, 12],
    [100, 15],
  ])(
    "at %d×%d puts w = 1 a quarter of the way across, the minimum in the middle",
    (width, height) => {
      const lines = landscapeLines(lecture(1), opts(width, height));
      const { left, right } = area(lines);
      expect(left).toBe(LABEL_COLUMN);
      const row = lines.findIndex((line) => line.includes("●"));
      const column = lines[row]?.indexOf("●") ?? -1;
      expect(Math.abs(column - (left + (right - left) / 4))).toBeLessThanOrEqual(0.5);
      // The loss axis runs from 0 to loss(0) = loss(4) = 56/3, the highest in view: loss(1) =
      // 14/3 is a quarter of the way up.
      const rows = height - 1;
      expect(row).toBe(rows - 1 - Math.round((rows - 1) / 4));
      const labelOf = (r: number) => lines[r]?.slice(0, LABEL_COLUMN).trim();
      // The lowest row of the curve is labelled 0 and centred on the middle column.
      const bottom = Array.from(lines[height - 2] ?? "").slice(left + 1, right + 1);
      const first = left + 1 + bottom.findIndex((c) => c !== " ");
      const last = left + 1 + bottom.findLastIndex((c) => c !== " ");
      expect(labelOf(height - 2)).toBe("0");
      expect(Math.abs((first + last) / 2 - (left + right) / 2)).toBeLessThanOrEqual(1);
      expect(first).toBeLessThanOrEqual((left + right) / 2);
      expect(last).toBeGreaterThanOrEqual((left + right) / 2);
    },
  );

  it("labels the parameter axis 0, 2 and 4 when narrow", () => {
    expect(landscapeLines(lecture(1), opts(20, 3)).at(-1)?.trim().split(/\s+/)).toEqual([
      "0",
      "2",
      "4",
    ]);
  });

  it.each([
    [false, "▶", "◀"],
    [true, ">", "<"],
  ])(
    "shows an edge arrow when the current value is off the range (ASCII %s)",
    (isAscii, right, left) => {
      const above = landscapeLines(lecture(7), opts(40, 9, { isAscii }));
      const edge = area(above).right;
      expect(above.filter((line) => line[edge] === right)).toHaveLength(1);
      const below = landscapeLines(lecture(-3), opts(40, 9, { isAscii }));
      expect(below.filter((line) => line[LABEL_COLUMN] === left)).toHaveLength(1);
      expect([...above, ...below].join("")).not.toContain(isAscii ? "@" : "●");
    },
  );

  it("marks the path's points on the curve, and the current point apart from both", () => {
    const lines = landscapeLines(lecture(1, [0.2, 0.5, 0.8]), opts(40, 9));
    expect(lines.join("").match(/•/g)).toHaveLength(3);
    const ascii = landscapeLines(lecture(1, [0.2, 0.5]), opts(40, 9, { isAscii: true }));
    expect(ascii.join("").match(/o/g)).toHaveLength(2);
    expect(ascii.join("").match(/@/g)).toHaveLength(1);
    // The ASCII curve alone (no path, no current value) is drawn with none of the marks.
    const curve = landscapeLines(lecture(Number.NaN), opts(40, 9, { isAscii: true })).join("");
    expect(curve).not.toMatch(/[o@:<>]/);
  });

  it("labels the loss axis at round numbers from 0, as the slide does (0, 5, 10, 15)", () => {
    const labels = landscapeLines(lecture(1), opts(40, 10))
      .slice(0, -1)
      .map((line) => line.slice(0, LABEL_COLUMN).trim())
      .filter((label) => label !== "");
    expect(labels).toEqual(["15", "10", "5", "0"]);
  });

  it("labels the parameter axis 0, 1, 2, 3, 4 when there is room", () => {
    expect(landscapeLines(lecture(1), opts(41, 10)).at(-1)?.trim().split(/\s+/)).toEqual([
      "0",
      "1",
      "2",
      "3",
      "4",
    ]);
  });

  it("joins an overshoot across the valley: w 1 → 3 → 1.5 crosses the minimum twice", () => {
    const lines = landscapeLines(lecture(1.5, [1, 3, 1.5]), opts(41, 10));
    const trail = lines.map((line) => Array.from(line).filter((c) => c === "·").length);
    expect(trail.reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
    // The chords run between the points, above the curve's floor at w = 2.
    const middle = LABEL_COLUMN + 15;
    expect(lines.slice(0, -2).some((line) => Array.from(line)[middle] === "·")).toBe(true);
  });

  it("leaves the columns of non-finite losses blank", () => {
    const input = lecture(1);
    const losses = input.losses.map((loss, i) => (i >= 28 && i <= 32 ? Number.NaN : loss));
    const lines = landscapeLines({ ...input, losses }, opts(40, 9));
    const { left, right } = area(lines);
    const column = Math.round(left + ((right - left) * 3) / 4); // w = 3
    expect(lines.slice(0, -1).map((line) => line[column])).toEqual(Array(8).fill(" "));
    expect(lines.slice(0, -1).some((line) => line[column + 4] !== " ")).toBe(true);
  });

  it("draws a flat loss as one flat line", () => {
    const lines = landscapeLines({ ...lecture(2), losses: LECTURE_XS.map(() => 1) }, opts(40, 5));
    expect(lines.filter((line) => line.includes("─"))).toHaveLength(1);
  });
});
