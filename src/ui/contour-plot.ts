import type { ContourGrid } from "../core/contour.js";
import type { AxisView } from "../core/view.js";
import { blankLines, shortNumber, size } from "./chart-grid.js";
import { cellsBetween } from "./grid-line.js";
import { type Painted, unowned } from "./race-plot.js";
import { columnTicks, rowTicks, tickLine } from "./ticks.js";

/** Width of the y labels: "-1.2e+5" and every shorter number. */
export const CONTOUR_LABEL = 7;
/** Lines under the grid: the x ticks, then the legend. */
const BELOW = 2;

export interface ContourMarks {
  /**
   * One a band of loss, from the valley floor up. Every other band is blank, so the bands read as
   * rings round the minimum (contour lines) and the path shows on the blanks; the shades darken
   * uphill so that up and down can be told apart.
   */
  readonly ramp: readonly string[];
  readonly current: string;
  readonly path: string;
  readonly trail: string;
  readonly minimum: string;
}

export const UNICODE_CONTOUR: ContourMarks = {
  ramp: [" ", "░", " ", "▒", " ", "▓", " ", "█"],
  current: "●",
  path: "•",
  trail: "·",
  minimum: "×",
};
export const ASCII_CONTOUR: ContourMarks = {
  ramp: [" ", ".", " ", "-", " ", "+", " ", "#"],
  current: "@",
  path: "o",
  trail: ":",
  minimum: "X",
};

/**
 * Decades of loss above the floor each band spans: the levels are log-spaced because these
 * valleys are long and thin, and on a linear scale all but the walls would be one shade.
 */
const DECADES_PER_BAND = 0.4;

/** The grid a panel of `width`×`height` lines has room for. */
export function contourCells(width: number, height: number): { columns: number; rows: number } {
  return {
    columns: Math.max(0, size(width) - CONTOUR_LABEL - 1),
    rows: Math.max(0, size(height) - BELOW),
  };
}

/** The band of a loss `excess` above the floor, against the most in view. */
function bandOf(excess: number, most: number, bands: number): number {
  if (!(excess > 0) || !(most > 0)) return 0;
  const band = bands - 1 + Math.ceil(Math.log10(excess / most) / DECADES_PER_BAND);
  return Math.min(bands - 1, Math.max(0, band));
}

/** The cell of a parameter value on an axis of `count` cells, or -1 / count when off it. */
function cellOf(view: AxisView, count: number, t: number): number {
  if (!(t >= view.lo)) return -1;
  if (!(t <= view.hi)) return count;
  return Math.min(count - 1, Math.floor(((t - view.lo) / (view.hi - view.lo)) * count));
}

/**
 * The loss over two parameters as shaded bands, darker uphill, with the slice's minimum, the
 * recent path joined point to point and the current point marked; round ticks on both axes and a
 * legend line. The grid's size is `contourCells(width, height)`; exactly `height` lines of `width`.
 */
export function contourLines(
  grid: ContourGrid,
  names: readonly [string, string],
  width: number,
  height: number,
  marks: ContourMarks,
): string[] {
  return [...contourPainted(grid, names, width, height, marks).lines];
}

/** One run of a race on the contour: where it is, the way it came, and its letter. */
export interface PairRacer {
  readonly current: readonly [number, number];
  readonly path: readonly (readonly [number, number])[];
  readonly letter: string;
}

/**
 * The contour with a race's runs on it: each run's path and its letter where it is, the cells each
 * drew owned by it, the last racer on top and named by the legend's "now". With no racers, the
 * grid's own path and point, as `contourLines` draws them.
 */
export function contourPainted(
  grid: ContourGrid,
  names: readonly [string, string],
  width: number,
  height: number,
  marks: ContourMarks,
  racers: readonly PairRacer[] = [],
): Painted {
  const { columns, rows, view } = grid;
  if (columns < 4 || rows < 3) return unowned(blankLines(size(width), size(height)));
  let most = 0;
  for (const loss of grid.losses) most = Math.max(most, loss - grid.floor);
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from(
      { length: columns },
      (_, c) =>
        marks.ramp[
          bandOf((grid.losses[r * columns + c] as number) - grid.floor, most, marks.ramp.length)
        ] as string,
    ),
  );
  const owners = cells.map((row) => row.map(() => -1));
  const at = ([x, y]: readonly [number, number]): [number, number] => [
    rows - 1 - cellOf(view.y, rows, y),
    cellOf(view.x, columns, x),
  ];
  const isInside = ([r, c]: readonly [number, number]) =>
    r >= 0 && r < rows && c >= 0 && c < columns;
  const put = ([r, c]: readonly [number, number], mark: string, owner: number) => {
    const row = cells[r];
    if (!row || c < 0 || c >= columns) return;
    row[c] = mark;
    (owners[r] as number[])[c] = owner;
  };
  const drawPath = (path: readonly (readonly [number, number])[], owner: number) => {
    // The chords over the shading: the path reads across the valley's bands.
    const points = path.map(at);
    points.forEach((point, k) => {
      const from = points[k - 1];
      if (from && isInside(from) && isInside(point)) {
        for (const cell of cellsBetween(from, point)) put(cell, marks.trail, owner);
      }
    });
    for (const point of points) if (isInside(point)) put(point, marks.path, owner);
  };
  const drawNow = (current: readonly [number, number], mark: string, owner: number) => {
    const now = at(current);
    put(
      [Math.min(rows - 1, Math.max(0, now[0])), Math.min(columns - 1, Math.max(0, now[1]))],
      mark,
      owner,
    );
  };
  if (racers.length === 0) drawPath(grid.path, -1);
  racers.forEach((racer, i) => {
    drawPath(racer.path, i);
  });
  if (grid.minimum) {
    const min = at(grid.minimum);
    if (isInside(min)) put(min, marks.minimum, -1);
  }
  if (racers.length === 0) drawNow(grid.current, marks.current, -1);
  racers.forEach((racer, i) => {
    drawNow(racer.current, racer.letter, i);
  });

  const labels = Array.from({ length: rows }, () => "");
  for (const t of rowTicks(view.y.lo, view.y.hi, rows)) {
    const r = rows - 1 - cellOf(view.y, rows, t);
    if (r >= 0 && r < rows && labels[r] === "") labels[r] = shortNumber(t, CONTOUR_LABEL);
  }
  const dx = (view.x.hi - view.x.lo) / columns;
  const ticks = tickLine(
    columnTicks(view.x.lo, view.x.hi, columns),
    (t) => (t - view.x.lo) / dx - 0.5,
    columns,
  );
  const pad = (line: string) => Array.from(line).slice(0, size(width)).join("").padEnd(size(width));
  // A minimum a rounding error from zero (against the view's size) reads as 0, as on the axes.
  const round = (t: number, axis: AxisView) =>
    shortNumber(Math.abs(t) < (axis.hi - axis.lo) * 1e-9 ? 0 : t);
  const point = ([x, y]: readonly [number, number], isNamed: boolean) =>
    isNamed
      ? `${names[0]} ${round(x, view.x)}, ${names[1]} ${round(y, view.y)}`
      : `${round(x, view.x)}, ${round(y, view.y)}`;
  // Named when there is room; else the values alone, in the title's order.
  const legends = [true, false].map((isNamed) =>
    [
      `${racers.at(-1)?.letter ?? marks.current} now ${point(racers.at(-1)?.current ?? grid.current, isNamed)}`,
      grid.minimum
        ? `${marks.minimum} min ${point(grid.minimum, isNamed)}`
        : isNamed
          ? "no single minimum"
          : "no minimum",
    ].join(isNamed ? "   " : "  "),
  );
  const legend = legends.find((text) => Array.from(text).length <= size(width)) ?? legends[1];
  const none = (n: number) => Array.from({ length: Math.max(0, n) }, () => -1);
  const drawnRows = cells.map((row, r) => ({
    line: pad(`${(labels[r] ?? "").padStart(CONTOUR_LABEL)} ${row.join("")}`),
    owner: [...none(CONTOUR_LABEL + 1), ...(owners[r] as number[])],
  }));
  const all = [
    ...drawnRows,
    { line: pad(`${" ".repeat(CONTOUR_LABEL + 1)}${ticks}`), owner: none(size(width)) },
    { line: pad(legend ?? ""), owner: none(size(width)) },
  ].slice(0, size(height));
  return { lines: all.map((r) => r.line), owners: all.map((r) => r.owner) };
}
