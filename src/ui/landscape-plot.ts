import {
  ASCII_MARKS,
  blankLines,
  drawCurve,
  framed,
  isPlottable,
  LABEL_COLUMN,
  levelOf,
  MIN_HEIGHT,
  MIN_WIDTH,
  NO_DATA,
  scaleOf,
  shortNumber,
  size,
  UNICODE_MARKS,
  widen,
} from "./chart-grid.js";
import type { PlotOptions } from "./plot.js";

export interface LandscapeInput {
  /** Parameter values across the range, ascending, evenly spaced. */
  readonly xs: readonly number[];
  /** Loss at each of xs (may contain non-finite or huge values). */
  readonly losses: readonly number[];
  /** Current parameter value (may be outside [xs[0], xs.at(-1)]). */
  readonly current: number;
  /** Recent parameter values, oldest first (the path), possibly empty. */
  readonly path: readonly number[];
}

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

/** Parameter tick labels under the plot area: first, last, then middle, each only if it fits. */
function axisLine(lo: number, hi: number, columns: number, width: number): string {
  const cells = Array.from({ length: columns + 1 }, () => " ");
  const place = (text: string, start: number) => {
    const from = Math.max(0, Math.min(columns - text.length, start));
    if (cells.slice(Math.max(0, from - 1), from + text.length + 1).some((c) => c !== " ")) return;
    cells.splice(from, text.length, ...text);
  };
  // An end a rounding error from zero (the range is centred on a fitted minimum) reads as 0.
  const label = (x: number) => shortNumber(Math.abs(x) < (hi - lo) * 1e-9 ? 0 : x);
  const right = label(hi);
  const middle = label((lo + hi) / 2);
  place(label(lo), 0);
  place(right, columns - right.length);
  place(middle, Math.round((columns - 1) / 2 - (middle.length - 1) / 2));
  return `${" ".repeat(LABEL_COLUMN)}${cells.slice(0, columns).join("")}`.padEnd(width);
}

/**
 * The lecture's "loss graph": loss against one parameter over its range, then a line of parameter
 * ticks; the current value is a dot on the curve (an arrow at the edge when it is off the range)
 * and the recent path small dots. Exactly `options.height` lines of exactly `options.width`.
 */
export function landscapeLines(input: LandscapeInput, options: PlotOptions): string[] {
  const width = size(options.width);
  const height = size(options.height);
  if (width < MIN_WIDTH || height < MIN_HEIGHT) return blankLines(width, height);
  const { xs, losses } = input;
  const { isLog } = options;
  const first = xs[0];
  const last = xs[Math.min(xs.length, losses.length) - 1];
  if (first === undefined || last === undefined || !Number.isFinite(first + last)) {
    return blankLines(width, height, NO_DATA);
  }
  // A single sample (or a zero-width range) gets room around it, like a flat loss gets rows.
  const [lo, hi] = widen(first, last);
  const rows = height - 1;
  // An odd number of columns puts the middle of the range (the lecture's minimum) on a column.
  const columns = width - LABEL_COLUMN - ((width - LABEL_COLUMN) % 2 === 0 ? 1 : 0);
  const xAt = (c: number) => lo * (1 - c / (columns - 1)) + hi * (c / (columns - 1));
  const columnOf = (x: number) => Math.round(((x - lo) / (hi - lo)) * (columns - 1));
  const values = Array.from({ length: columns }, (_, c) => lossAt(xs, losses, xAt(c)));
  if (last === first) values[columnOf(first)] = losses[0] as number;
  const known = values.filter((v) => isPlottable(v, isLog));
  if (known.length === 0) return blankLines(width, height, NO_DATA);

  const scale = scaleOf(known, isLog, rows);
  const levels = values.map((v) => (isPlottable(v, isLog) ? levelOf(scale, v) : Number.NaN));
  const drawn = filled(levels);
  const grid = drawCurve(drawn, rows, options.isAscii);
  const marks = options.isAscii ? ASCII_MARKS : UNICODE_MARKS;
  const setCell = (column: number, mark: string) => {
    const row = grid[rows - 1 - (drawn[column] as number)];
    if (row !== undefined) row[column] = mark;
  };
  // Skipped losses leave their column blank (the axis column keeps its axis).
  levels.forEach((level, c) => {
    if (Number.isNaN(level)) for (const row of grid) row[c] = c === 0 ? marks.axis : " ";
  });
  for (const x of input.path) {
    const c = columnOf(x);
    if (c >= 0 && c < columns && !Number.isNaN(levels[c] as number)) setCell(c, marks.path);
  }
  // Off the range (±Infinity included), the arrow sits on the edge's loss: the nearest we know.
  const c = columnOf(input.current);
  if (c < 0) setCell(0, marks.left);
  else if (c >= columns) setCell(columns - 1, marks.right);
  else if (c >= 0) setCell(c, marks.current);
  return [...framed(grid, scale, width), axisLine(lo, hi, columns, width)];
}
