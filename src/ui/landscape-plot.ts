import {
  blankLines,
  drawCurve,
  isPlottable,
  LABEL_COLUMN,
  LABEL_WIDTH,
  levelOf,
  MIN_HEIGHT,
  MIN_WIDTH,
  NO_DATA,
  type Scale,
  shortNumber,
  size,
  widen,
} from "./chart-grid.js";
import { cellsBetween } from "./grid-line.js";
import type { PlotOptions } from "./plot.js";
import { nearestFree, type Painted, unowned } from "./race-plot.js";
import { columnTicks, rowTicks, tickLine } from "./ticks.js";

export interface LandscapeInput {
  /** Parameter values across the view, ascending, evenly spaced. */
  readonly xs: readonly number[];
  /** Loss at each of xs (may contain non-finite or huge values). */
  readonly losses: readonly number[];
  /** Current parameter value (may be outside [xs[0], xs.at(-1)]). */
  readonly current: number;
  /** Recent parameter values, oldest first (the path), possibly empty. */
  readonly path: readonly number[];
}

/** One run of a race on the landscape: where it is, the way it came, and its letter. */
export interface Racer {
  readonly current: number;
  readonly path: readonly number[];
  readonly letter: string;
}

/** The landscape's own marks, none of them a character the curve is drawn with. */
export interface LandscapeMarks {
  readonly current: string;
  /** A point of the path, and the cells joining one to the next. */
  readonly path: string;
  readonly trail: string;
  readonly left: string;
  readonly right: string;
  readonly axis: string;
}

export const UNICODE_LANDSCAPE: LandscapeMarks = {
  current: "●",
  path: "•",
  trail: "·",
  left: "◀",
  right: "▶",
  axis: "┤",
};
// The ASCII curve is drawn with + | - ' . so the marks are none of those.
export const ASCII_LANDSCAPE: LandscapeMarks = {
  current: "@",
  path: "o",
  trail: ":",
  left: "<",
  right: ">",
  axis: "|",
};

/**
 * The loss at parameter `x`: linear between the two nearest samples, or the nearer one alone when
 * the other is not finite (NaN when that one is not either, or `x` is outside the samples).
 */
function lossAt(xs: readonly number[], losses: readonly number[], x: number): number {
  const n = Math.min(xs.length, losses.length);
  const first = xs[0] as number;
  const last = xs[n - 1] as number;
  if (n === 1 || last === first) return Number.NaN; // the caller places a lone sample itself
  const t = ((x - first) / (last - first)) * (n - 1);
  if (!(t >= -1e-9 && t <= n - 1 + 1e-9)) return Number.NaN;
  const i = Math.min(n - 2, Math.max(0, Math.floor(t)));
  const f = Math.min(1, Math.max(0, t - i));
  const a = losses[i] as number;
  const b = losses[i + 1] as number;
  if (Number.isFinite(a) && Number.isFinite(b)) return a * (1 - f) + b * f;
  return f < 0.5 ? a : b;
}

/** Each gap takes the last known level before it (or the first after), so asciichart can draw. */
function filled(levels: readonly number[]): number[] {
  let known = levels.find((level) => !Number.isNaN(level)) ?? 0;
  return levels.map((level) => {
    if (!Number.isNaN(level)) known = level;
    return known;
  });
}

/** A loss axis from 0 (a squared error is never below it) to the highest loss in view. */
function lossScale(known: readonly number[], rows: number): Scale {
  let lo = 0;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of known) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const [wideLo, wideHi] = widen(lo, hi);
  return { lo: wideLo, hi: wideHi, isLog: false, rows };
}

/** Row labels: round losses on the rows nearest them, the others blank. */
function rowLabels(scale: Scale): string[] {
  const labels = Array.from({ length: scale.rows }, () => "");
  const ticks = rowTicks(scale.lo, scale.hi, scale.rows);
  for (const t of ticks) {
    const row = scale.rows - 1 - levelOf(scale, t);
    if (labels[row] === "") labels[row] = shortNumber(t);
  }
  return labels;
}

/**
 * The lecture's "loss graph": loss against one parameter across the view, round losses labelled on
 * the left and round parameter values below. The recent path is its points on the curve joined by
 * dotted chords, so an overshoot shows as a zig-zag across the valley; the current value is a dot
 * (an arrow at the edge when it is off the view). Exactly `options.height` lines of `options.width`.
 */
export function landscapeLines(input: LandscapeInput, options: PlotOptions): string[] {
  return [...landscapePainted(input, options).lines];
}

/**
 * The landscape with a race's runs on it: each run's path and its letter where it is (an arrow at
 * the edge when off the view), the cells each run drew owned by it; the last racer on top. With no
 * racers, the input's own path and point, as `landscapeLines` draws them.
 */
export function landscapePainted(
  input: LandscapeInput,
  options: PlotOptions,
  racers: readonly Racer[] = [],
): Painted {
  const width = size(options.width);
  const height = size(options.height);
  if (width < MIN_WIDTH || height < MIN_HEIGHT) return unowned(blankLines(width, height));
  const { xs, losses } = input;
  const first = xs[0];
  const last = xs[Math.min(xs.length, losses.length) - 1];
  if (first === undefined || last === undefined || !Number.isFinite(first + last)) {
    return unowned(blankLines(width, height, NO_DATA));
  }
  // A single sample (or a zero-width range) gets room around it, like a flat loss gets rows.
  const [lo, hi] = widen(first, last);
  const rows = height - 1;
  // An odd number of columns puts the middle of the range (the lecture's minimum) on a column.
  const columns = width - LABEL_COLUMN - ((width - LABEL_COLUMN) % 2 === 0 ? 1 : 0);
  const xAt = (c: number) => lo * (1 - c / (columns - 1)) + hi * (c / (columns - 1));
  const columnOf = (x: number) => ((x - lo) / (hi - lo)) * (columns - 1);
  const values = Array.from({ length: columns }, (_, c) => lossAt(xs, losses, xAt(c)));
  if (last === first) values[Math.round(columnOf(first))] = losses[0] as number;
  const known = values.filter((v) => isPlottable(v, false));
  if (known.length === 0) return unowned(blankLines(width, height, NO_DATA));

  const scale = lossScale(known, rows);
  const levels = values.map((v) => (isPlottable(v, false) ? levelOf(scale, v) : Number.NaN));
  const drawn = filled(levels);
  const grid = drawCurve(drawn, rows, options.isAscii);
  const owners = grid.map((cells) => cells.map(() => -1));
  const marks = options.isAscii ? ASCII_LANDSCAPE : UNICODE_LANDSCAPE;
  const rowOf = (c: number) => rows - 1 - (drawn[c] as number);
  const setCell = (column: number, mark: string, owner: number) => {
    const row = grid[rowOf(column)];
    if (row === undefined) return;
    row[column] = mark;
    (owners[rowOf(column)] as number[])[column] = owner;
  };
  // Skipped losses leave their column blank (the axis column keeps its axis).
  levels.forEach((level, c) => {
    if (Number.isNaN(level)) for (const row of grid) row[c] = c === 0 ? marks.axis : " ";
  });
  const drawPath = (path: readonly number[], owner: number) => {
    const onCurve = path
      .map((x) => Math.round(columnOf(x)))
      .map((c) => (c >= 0 && c < columns && !Number.isNaN(levels[c] as number) ? c : -1));
    onCurve.forEach((c, k) => {
      const from = onCurve[k - 1];
      if (c < 0 || from === undefined || from < 0) return;
      // Under the curve: a chord crossing it leaves the curve whole.
      for (const [r, column] of cellsBetween([rowOf(from), from], [rowOf(c), c])) {
        const row = grid[r];
        if (row && row[column] === " ") {
          row[column] = marks.trail;
          (owners[r] as number[])[column] = owner;
        }
      }
    });
    for (const c of onCurve) if (c >= 0) setCell(c, marks.path, owner);
  };
  // Off the range (±Infinity included), the arrow sits on the edge's loss: the nearest we know.
  const placeOf = (current: number, mark: string): [number, string] => {
    const c = Math.round(columnOf(current));
    if (c < 0) return [0, marks.left];
    if (c >= columns) return [columns - 1, marks.right];
    return [Number.isNaN(c) ? -1 : c, mark];
  };
  if (racers.length === 0) {
    drawPath(input.path, -1);
    const [c, mark] = placeOf(input.current, marks.current);
    if (c >= 0) setCell(c, mark, -1);
  }
  racers.forEach((racer, i) => {
    drawPath(racer.path, i);
  });
  // The racers' marks last, the top one (the last) first where it is; one whose column another
  // took goes to the nearest free column, on the curve, so that every letter shows.
  const taken = new Set<number>();
  for (let i = racers.length - 1; i >= 0; i--) {
    const racer = racers[i] as Racer;
    const [c, mark] = placeOf(racer.current, racer.letter);
    if (c < 0) continue;
    const put = (column: number, text: string, row?: number) => {
      const free = nearestFree(column, columns, (k) => !taken.has(k));
      if (free === undefined) return;
      taken.add(free);
      const r = row ?? rowOf(free);
      (grid[r] as string[])[free] = text;
      (owners[r] as number[])[free] = i;
    };
    put(c, mark);
    // Off the view, the arrow and, beside it, the letter: which run went that way, without colour.
    if (mark !== racer.letter) put(c === 0 ? 1 : columns - 2, racer.letter, rowOf(c));
  }
  const labels = rowLabels(scale);
  const label = (row: number) => `${(labels[row] ?? "").padStart(LABEL_WIDTH)} `;
  const plotted = grid.map((cells, row) => `${label(row)}${cells.join("")}`.padEnd(width));
  const axis = tickLine(columnTicks(lo, hi, columns), columnOf, columns);
  const none = (n: number) => Array.from({ length: n }, () => -1);
  return {
    lines: [...plotted, `${" ".repeat(LABEL_COLUMN)}${axis}`.padEnd(width)],
    owners: [
      ...owners.map((row) => [
        ...none(LABEL_COLUMN),
        ...row,
        ...none(width - LABEL_COLUMN - row.length),
      ]),
      none(width),
    ],
  };
}
