import { describe, expect, it } from "vitest";
import {
  DEFAULT_NEEDS,
  type Fit,
  fitLayout as fitTo,
  type Layout,
  MIN,
  type Needs,
  type PanelId,
  slotOf,
  slotsOf,
  tooSmallLine,
} from "../../src/ui/layout.js";

/** Header lines above the panels and the key bar below them. */
const HEADER = 2;
const KEY_BAR = 1;

function asLayout(f: Fit): Layout {
  if (f.kind === "too-small") throw new Error(`expected a layout, got ${JSON.stringify(f)}`);
  return f;
}

/** The lecture: four Step lines at any width, the weights and log as the dashboard measures them. */
const LECTURE: Needs = { ...DEFAULT_NEEDS, weightsWidth: 29, logWidth: 30 };
/** Exercise 3-1: eleven Step lines at 60 columns, nine at 80 and more; a 48-column log. */
const QUADRATIC: Needs = {
  ...DEFAULT_NEEDS,
  stepLines: (width) => (width < 80 ? 11 : 9),
  weightsLines: 8,
  weightsWidth: 27,
  logWidth: 48,
};
/** Everything wired in: the contour and the fit take their places too. */
const ALL: Needs = { ...QUADRATIC, hasContour: true, hasFit: true };

/** What is wrong with the layout for `columns`×`rows`, so one failure names every size. */
function problems(columns: number, rows: number, needs: Needs = DEFAULT_NEEDS, view = 0): string[] {
  const f = fitTo(columns, rows, needs, view);
  if (f.kind === "too-small") return [`${columns}x${rows}: too small`];
  const at = `${columns}x${rows} view ${view}`;
  const found: string[] = [];
  if (f.width !== columns) found.push(`${at}: width ${f.width}`);
  if (f.height !== rows - 1) found.push(`${at}: height ${f.height}`);
  const heights = f.rows.reduce((sum, row) => sum + row.height, 0);
  if (heights + HEADER + KEY_BAR !== rows - 1) found.push(`${at}: rows add up to ${heights}`);
  for (const row of f.rows) {
    const width = row.columns.reduce((sum, c) => sum + c.width, 0);
    if (width !== columns) found.push(`${at}: a row is ${width} wide`);
    for (const column of row.columns) {
      const tall = column.panels.reduce((sum, p) => sum + p.height, 0);
      if (tall !== row.height) found.push(`${at}: a column is ${tall} of ${row.height} tall`);
      for (const p of column.panels) {
        if (p.width !== column.width) found.push(`${at}: ${p.panel} ${p.width} in ${column.width}`);
        // A panel needs its border, its title and at least one line of content.
        if (!Number.isInteger(p.height) || p.height < 4 || p.width < 20)
          found.push(`${at}: ${p.panel} is ${p.width}x${p.height}`);
      }
    }
  }
  const ids = slotsOf(f).map((p) => p.panel);
  if (new Set(ids).size !== ids.length) found.push(`${at}: a panel twice: ${ids.join(" ")}`);
  return found;
}

const ids = (f: Fit) => slotsOf(asLayout(f)).map((p) => p.panel);
const size = (f: Fit, panel: PanelId) => {
  const s = slotOf(asLayout(f), panel);
  return s ? `${s.width}x${s.height}` : "none";
};

describe("fitLayout", () => {
  it.each([
    [100, 30, "full"],
    [80, 24, "compact"],
    [99, 30, "compact"],
    [100, 29, "compact"],
    [120, 24, "compact"],
    [300, 100, "full"],
    [79, 24, "too-small"],
    [80, 23, "too-small"],
    [20, 6, "too-small"],
    [30, 8, "too-small"],
    [0, 0, "too-small"],
  ])("%ix%i is %s", (columns, rows, kind) => {
    expect(fitTo(columns, rows).kind).toBe(kind);
  });

  it("too small keeps the size it was given, for the message", () => {
    expect(fitTo(30, 8)).toEqual({ kind: "too-small", columns: 30, rows: 8 });
  });

  it.each([
    [100, 30],
    [80, 24],
    [120, 40],
    [160, 48],
    [200, 50],
    [79, 24],
    [80, 23],
    [20, 6],
    [300, 100],
  ])("%ix%i: panels fill the width and the rows but one, or it is too small", (columns, rows) => {
    const isBigEnough = columns >= MIN.columns && rows >= MIN.rows;
    const found = [LECTURE, QUADRATIC, ALL].flatMap((needs) =>
      [0, 1, 2].flatMap((view) => problems(columns, rows, needs, view)),
    );
    expect(found).toEqual(isBigEnough ? [] : Array(9).fill(`${columns}x${rows}: too small`));
  });

  it("every size from 80x24 to 300x100 adds up, in every view", () => {
    const found: string[] = [];
    for (let columns = 80; columns <= 300; columns += 3) {
      for (let rows = 24; rows <= 100; rows += 2) {
        for (const view of [0, 1, 2]) found.push(...problems(columns, rows, ALL, view));
      }
    }
    expect(found).toEqual([]);
  });

  // Each size's panels (row by row, left to right, top to bottom) and where the room goes.
  it.each([
    [80, 24, 0, "chart landscape weights log", ["chart", "step"], LECTURE],
    [80, 24, 1, "step weights log", ["chart", "step"], LECTURE],
    [80, 24, 2, "fit contour weights log", ["chart", "step", "fit"], ALL],
    [100, 30, 0, "chart landscape step log weights", [], LECTURE],
    [100, 30, 0, "chart landscape step weights log", ["landscape", "contour", "fit"], ALL],
    [100, 30, 1, "chart contour step weights log", ["landscape", "contour", "fit"], ALL],
    [120, 40, 0, "chart landscape step log weights", [], LECTURE],
    [120, 40, 0, "chart landscape contour step log weights fit", [], ALL],
    [160, 48, 0, "chart landscape contour step log weights fit", [], ALL],
    [200, 50, 0, "chart landscape step log weights", [], LECTURE],
    [200, 50, 0, "chart landscape contour step log weights fit", [], ALL],
  ] as const)("%ix%i, view %i: %s", (columns, rows, view, panels, views, needs) => {
    const f = asLayout(fitTo(columns, rows, needs, view));
    expect(ids(f).join(" ")).toBe(panels);
    expect(f.views).toEqual(views);
  });

  it.each([
    // 80x24: the log gets the width its lines need when the weights have room to spare.
    [80, 24, LECTURE, { chart: "46x9", landscape: "34x9", weights: "40x11", log: "40x11" }],
    [80, 24, QUADRATIC, { chart: "46x9", weights: "30x11", log: "50x11" }],
    // 100x30: the Step panel under the charts, as tall as its lines.
    [100, 30, LECTURE, { chart: "58x10", landscape: "42x10", step: "64x7", log: "64x9" }],
    // Three parameters: the Step panel's eleven lines take the column, the log goes under the weights.
    [100, 30, QUADRATIC, { chart: "58x8", step: "64x18", weights: "36x11", log: "36x7" }],
    // Larger: the chart grows, and the Step panel, the log and the weights stand side by side.
    [120, 40, ALL, { chart: "53x15", contour: "34x15", step: "90x12", fit: "30x10" }],
    [200, 50, LECTURE, { chart: "112x19", landscape: "88x19", step: "110x27", log: "40x27" }],
    [
      200,
      50,
      ALL,
      { chart: "88x19", step: "100x27", log: "50x27", weights: "50x11", fit: "50x16" },
    ],
  ] as const)("%ix%i: the sizes of the panels", (columns, rows, needs, want) => {
    const f = fitTo(columns, rows, needs);
    const got = Object.fromEntries(Object.keys(want).map((p) => [p, size(f, p as PanelId)]));
    expect(got).toEqual(want);
  });

  it("the view index wraps around the views there are", () => {
    expect(asLayout(fitTo(80, 24, LECTURE, 3)).view).toBe("step");
    expect(asLayout(fitTo(80, 24, ALL, 3)).view).toBe("chart");
    expect(asLayout(fitTo(200, 50, ALL, 3)).view).toBeUndefined();
  });
});

describe("tooSmallLine", () => {
  const widths = Array.from({ length: 200 }, (_, i) => i + 1);

  it("is never wider than the terminal, for widths 1..200", () => {
    const tooWide = widths.filter((columns) => tooSmallLine(columns, 10).length > columns);
    expect(tooWide).toEqual([]);
  });

  it("names the size needed whenever 80x24 fits", () => {
    const missing = widths.filter(
      (columns) => columns >= "80x24".length && !tooSmallLine(columns, 10).includes("80x24"),
    );
    expect(missing).toEqual([]);
  });

  it.each([
    [120, 20, "gd-tui needs a terminal of at least 80x24 (this one is 120x20): please enlarge it"],
    [79, 24, "Terminal too small: 79x24, need 80x24"],
    [40, 10, "Terminal too small: 40x10, need 80x24"],
    [30, 8, "Too small: need 80x24"],
    [20, 6, "Enlarge to 80x24"],
    [10, 3, "need 80x24"],
    [3, 1, "80x"],
  ])("at %ix%i: %j", (columns, rows, line) => {
    expect(tooSmallLine(columns, rows)).toBe(line);
  });

  it("is one line", () => {
    expect(widths.filter((columns) => tooSmallLine(columns, 5).includes("\n"))).toEqual([]);
  });
});
