import { describe, expect, it } from "vitest";
import {
  type Fit,
  fitLayout as fitTo,
  type Layout,
  MIN,
  tooSmallLine,
} from "../../src/ui/layout.js";

/** Header lines above the panels and the key bar below them. */
const HEADER = 2;
const KEY_BAR = 1;

function asLayout(f: Fit): Layout {
  if (f.kind === "too-small") throw new Error(`expected a layout, got ${JSON.stringify(f)}`);
  return f;
}

/** What is wrong with the layout for `columns`×`rows`, so one failure names every size. */
function problems(columns: number, rows: number): string[] {
  const f = fitTo(columns, rows);
  if (f.kind === "too-small") return [`${columns}x${rows}: too small`];
  const at = `${columns}x${rows}`;
  const found: string[] = [];
  if (f.width !== columns) found.push(`${at}: width ${f.width}`);
  if (f.height !== rows - 1) found.push(`${at}: height ${f.height}`);
  if (f.top.chart + f.top.landscape !== columns)
    found.push(`${at}: top row ${JSON.stringify(f.top)}`);
  if (f.bottom.weights + f.bottom.log !== columns)
    found.push(`${at}: bottom row ${JSON.stringify(f.bottom)}`);
  if (f.top.height + f.bottom.height + HEADER + KEY_BAR !== rows - 1)
    found.push(`${at}: heights ${f.top.height} + ${f.bottom.height}`);
  // A panel needs its border, its title and at least one line of content.
  for (const [name, size] of Object.entries({ ...f.top, ...f.bottom })) {
    if (!Number.isInteger(size) || size < 4) found.push(`${at}: ${name} is ${size}`);
  }
  return found;
}

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
    [79, 24],
    [80, 23],
    [20, 6],
    [30, 8],
    [300, 100],
  ])("%ix%i: panels fill the width and the rows but one, or it is too small", (columns, rows) => {
    const isBigEnough = columns >= MIN.columns && rows >= MIN.rows;
    expect(problems(columns, rows)).toEqual(isBigEnough ? [] : [`${columns}x${rows}: too small`]);
  });

  it("every size from 80x24 to 300x100 adds up", () => {
    const found: string[] = [];
    for (let columns = 80; columns <= 300; columns += 1) {
      for (let rows = 24; rows <= 100; rows += 1) found.push(...problems(columns, rows));
    }
    expect(found).toEqual([]);
  });

  it.each([
    [100, 30, { height: 13, chart: 58, landscape: 42 }, { height: 13, weights: 40, log: 60 }],
    [80, 24, { height: 10, chart: 46, landscape: 34 }, { height: 10, weights: 36, log: 44 }],
  ])("%ix%i splits into known panels", (columns, rows, top, bottom) => {
    const layout = asLayout(fitTo(columns, rows));
    expect(layout.top).toEqual(top);
    expect(layout.bottom).toEqual(bottom);
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
