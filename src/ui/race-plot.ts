import {
  blankLines,
  drawCurve,
  isPlottable,
  LABEL_COLUMN,
  LABEL_WIDTH,
  MIN_HEIGHT,
  MIN_WIDTH,
  NO_DATA,
  size,
} from "./chart-grid.js";
import { type PlotOptions, type Series, xAxisLine, yAxis } from "./plot.js";

/**
 * Lines of a plot, and for every cell of them which run drew it (an index into the runs), or -1:
 * the view colours a run's cells with its colour. `owners[r]` has one entry a code point of
 * `lines[r]`.
 */
export interface Painted {
  readonly lines: readonly string[];
  readonly owners: readonly (readonly number[])[];
}

/** Lines with no cell owned by a run. */
export function unowned(lines: readonly string[]): Painted {
  return { lines, owners: lines.map((line) => Array.from(line, () => -1)) };
}

export interface RaceOptions extends PlotOptions {
  /** Each series' mark at its newest point, so curves read apart without colour. */
  readonly letters: readonly string[];
  /** The series drawn last, on top of the others: the one the panels follow. */
  readonly top: number;
  /** Where the learning rate or optimizer changed, in x units: dotted columns. */
  readonly marks: readonly number[];
  /**
   * Which series set the y scale (all when none would): a diverged run's blow-up would flatten
   * the others to one row, so its curve leaves through the top instead. @default all
   */
  readonly isScaled?: readonly boolean[];
}

/**
 * Each series' row level at every column it reaches, over one x axis from 0 to `xMax`: the last
 * value falling in a column, straight lines across columns no value falls in.
 */
function columnLevels(
  series: Series,
  columns: number,
  xMax: number,
  levelOf: (v: number) => number,
  isLog: boolean,
): number[] {
  const levels: number[] = [];
  series.values.forEach((v, i) => {
    const x = series.xs[i];
    const isDrawn = isPlottable(v, false) && (!isLog || v >= 0);
    if (!isDrawn || x === undefined || !Number.isFinite(x)) return;
    const column = Math.max(0, Math.min(columns - 1, Math.round((x / xMax) * (columns - 1))));
    levels[column] = levelOf(v);
  });
  let last = -1;
  for (let c = 0; c < levels.length; c++) {
    const level = levels[c];
    if (level === undefined) continue;
    const from = last < 0 ? level : (levels[last] as number);
    for (let k = last + 1; k < c; k++) {
      levels[k] = Math.round(from + ((level - from) * (k - last)) / (c - last));
    }
    last = c;
  }
  return levels;
}

/**
 * The column nearest `column` (itself first, then one left, one right, two left, …) of `columns`
 * that `isFree` accepts: where a letter goes when another run's letter is where it would go. Side
 * by side, not above: a letter moved up would read as a higher loss.
 */
export function nearestFree(
  column: number,
  columns: number,
  isFree: (column: number) => boolean,
): number | undefined {
  for (let d = 0; d < 2 * columns; d++) {
    const c = column + (d % 2 === 0 ? d / 2 : -(d + 1) / 2);
    if (c >= 0 && c < columns && isFree(c)) return c;
  }
  return undefined;
}

/**
 * Several runs' losses over one x axis and one y scale, in exactly `options.height` lines of
 * `options.width`: each run's curve, the one on `top` drawn last, and its letter at its newest
 * point; the y labels on the left, the x axis under. A run that stopped early ends early.
 */
export function plotRace(series: readonly Series[], options: RaceOptions): Painted {
  const width = size(options.width);
  const height = size(options.height);
  if (width < MIN_WIDTH || height < MIN_HEIGHT + 1) return unowned(blankLines(width, height));
  const finite = (s: Series) =>
    s.values.filter((v, i) => Number.isFinite(s.xs[i]) && isPlottable(v, false));
  const values = series.flatMap(finite);
  const drawn = values.filter((v) => !options.isLog || v >= 0);
  const scaled = series
    .filter((_, i) => options.isScaled?.[i] ?? true)
    .flatMap(finite)
    .filter((v) => !options.isLog || v >= 0);
  if (drawn.length === 0) return unowned(blankLines(width, height, NO_DATA));
  const rows = height - 1;
  const columns = width - LABEL_COLUMN;
  const axis = yAxis(scaled.length > 0 ? scaled : drawn, options.isLog, rows);
  const xMax = Math.max(1e-9, ...series.flatMap((s) => s.xs.filter(Number.isFinite)));
  const grid = Array.from({ length: rows }, () => Array.from({ length: columns }, () => " "));
  const owners = Array.from({ length: rows }, () => Array.from({ length: columns }, () => -1));
  const order = series.map((_, i) => i).filter((i) => i !== options.top);
  if (options.top >= 0 && options.top < series.length) order.push(options.top);
  const ends: { run: number; row: number; column: number }[] = [];
  for (const run of order) {
    const levels = columnLevels(series[run] as Series, columns, xMax, axis.levelOf, options.isLog);
    if (levels.length === 0) continue;
    const curve = drawCurve(levels, rows, options.isAscii);
    curve.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell === " " || (c === 0 && grid[r]?.[0] !== " ")) return;
        (grid[r] as string[])[c] = cell;
        if (c > 0) (owners[r] as number[])[c] = run;
      });
    });
    ends.push({ run, row: rows - 1 - (levels.at(-1) as number), column: levels.length - 1 });
  }
  // Letters last, so that no curve crosses out another's; the top run's first, where it ends.
  const taken = new Set<number>();
  for (const { run, row, column } of ends.reverse()) {
    const free = nearestFree(column, columns, (c) => c > 0 && !taken.has(row * columns + c));
    if (free === undefined) continue;
    taken.add(row * columns + free);
    (grid[row] as string[])[free] = options.letters[run] ?? "?";
    (owners[row] as number[])[free] = run;
  }
  const dot = options.isAscii ? ":" : "┊";
  for (const mark of options.marks) {
    const column = Math.round((mark / xMax) * (columns - 1));
    if (column <= 0 || column >= columns) continue;
    for (const cells of grid) if (cells[column] === " ") cells[column] = dot;
  }
  const labels = grid.map((_, row) => axis.label(rows - 1 - row).padStart(LABEL_WIDTH));
  const lines = grid.map((cells, row) => `${labels[row]} ${cells.join("")}`.padEnd(width));
  const unit = series[0]?.unit ?? "";
  const xLine = xAxisLine((c) => (c / Math.max(1, columns - 1)) * xMax, columns, unit);
  const none = () => Array.from({ length: LABEL_COLUMN }, () => -1);
  return {
    lines: [...lines, xLine.padEnd(width)],
    owners: [...owners.map((row) => [...none(), ...row]), Array.from({ length: width }, () => -1)],
  };
}
