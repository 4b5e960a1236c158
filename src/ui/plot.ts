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
  placeLabels,
  type Scale,
  scaleOf,
  shortNumber,
  size,
  valueAt,
} from "./chart-grid.js";

export interface PlotOptions {
  /** Columns available, labels included. */
  readonly width: number;
  /** Rows available; the result has exactly this many lines. */
  readonly height: number;
  /** Log10 scale of the y axis; a loss of exactly 0 gets a bottom row of its own, labelled 0. */
  readonly isLog: boolean;
  /** ASCII only: `- | + ' .` instead of asciichart's box-drawing characters. */
  readonly isAscii: boolean;
}

/** A series along an x axis: the loss chart's input. */
export interface Series {
  readonly values: readonly number[];
  /** Where each value sits, ascending. */
  readonly xs: readonly number[];
  /** x positions where something changed: a dotted line from the first point at or after each. */
  readonly marks: readonly number[];
  /** The x axis's name, under the y labels ("updates", "epochs"). */
  readonly unit: string;
}

/**
 * Indices of at most `count` of `values`: the first, the last, and between them, for each of
 * equal spans, the lowest and the highest in the order they came. A spike survives however many
 * values share a column (evenly spaced picks would miss it), and the starting and latest values,
 * the two a learner reads off a loss curve, are always there.
 */
export function decimate(values: readonly number[], count: number): number[] {
  const n = values.length;
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  if (count < 2) return count === 1 ? [n - 1] : [];
  const spans = Math.floor((count - 2) / 2);
  const inner = n - 2;
  const picked = [0];
  for (let k = 0; k < spans; k++) {
    const from = 1 + Math.floor((k * inner) / spans);
    const to = 1 + Math.floor(((k + 1) * inner) / spans);
    let lo = from;
    let hi = from;
    for (let i = from; i < to; i++) {
      if ((values[i] as number) < (values[lo] as number)) lo = i;
      if ((values[i] as number) > (values[hi] as number)) hi = i;
    }
    // A flat span still takes its two columns, so that columns stay evenly spread over x.
    if (lo === hi) picked.push(from, to - 1);
    else picked.push(Math.min(lo, hi), Math.max(lo, hi));
  }
  picked.push(n - 1);
  return picked;
}

/** Whether `v` is drawn: finite, and on a log scale positive or exactly zero (the zero row). */
function isDrawn(v: number, isLog: boolean): boolean {
  return isPlottable(v, false) && (!isLog || v >= 0);
}

/**
 * Rows, levels and labels for `values`. A loss is never below zero: a flat zero spans 0 … 1 on a
 * linear scale; on a log scale, zeros sit on a bottom row labelled 0 under the positive values.
 */
export function yAxis(values: readonly number[], isLog: boolean, rows: number) {
  if (!isLog) {
    const scale = values.every((v) => v === 0)
      ? { lo: 0, hi: 1, isLog, rows }
      : scaleOf(values, false, rows);
    return {
      levelOf: (v: number) => levelOf(scale, v),
      label: (level: number) => shortNumber(valueAt(scale, level)),
    };
  }
  const positive = values.filter((v) => v > 0);
  const shift = positive.length < values.length ? 1 : 0;
  let scale: Scale | undefined;
  if (positive.length > 0) {
    scale = scaleOf(positive, true, rows - shift);
    // A lone positive value above zeros is where the run started: on the top row, not mid-way.
    const isFlat = positive.every((v) => v === positive[0]);
    if (shift === 1 && isFlat) scale = { ...scale, lo: scale.lo - 1, hi: scale.hi - 1 };
  }
  return {
    levelOf: (v: number) => (scale && v > 0 ? levelOf(scale, v) + shift : 0),
    label: (level: number) => {
      if (shift === 1 && level === 0) return "0";
      return scale ? shortNumber(valueAt(scale, level - shift)) : "";
    },
  };
}

/** The curve of `values` (all drawn), one column each, in `rows` lines, and each row's y label. */
function curve(values: readonly number[], rows: number, options: PlotOptions) {
  const axis = yAxis(values, options.isLog, rows);
  const grid = drawCurve(
    values.map((v) => axis.levelOf(v)),
    rows,
    options.isAscii,
  );
  const labels = grid.map((_, row) => axis.label(rows - 1 - row).padStart(LABEL_WIDTH));
  return { grid, labels };
}

function joined(plot: { grid: string[][]; labels: string[] }, width: number): string[] {
  return plot.grid.map((cells, row) => `${plot.labels[row]} ${cells.join("")}`.padEnd(width));
}

/**
 * A line chart of `values` (e.g. the loss per update) in exactly `options.height` lines of exactly
 * `options.width` characters, y labels on the left. Never throws: too little room or nothing
 * plottable gives blank lines.
 */
export function plotLines(values: readonly number[], options: PlotOptions): string[] {
  const width = size(options.width);
  const height = size(options.height);
  if (width < MIN_WIDTH || height < MIN_HEIGHT) return blankLines(width, height);
  const kept = values.filter((v) => isDrawn(v, options.isLog));
  if (kept.length === 0) return blankLines(width, height, NO_DATA);
  const picked = decimate(kept, width - LABEL_COLUMN).map((i) => kept[i] as number);
  return joined(curve(picked, height, options), width);
}

/** An x value as a tick label: whole updates or epochs ended, short past a million. */
function xLabel(x: number): string {
  const whole = Math.floor(x);
  return whole < 1e6 ? String(whole) : shortNumber(whole, 7);
}

/**
 * `series` as a line chart over its x axis: the curve, then a line naming the axis with ticks at
 * the first and last points and between where they fit; a change mark is a dotted column (`┊`,
 * `:` in ASCII) in the blank cells above the first point after it.
 */
export function plotSeries(series: Series, options: PlotOptions): string[] {
  const width = size(options.width);
  const height = size(options.height);
  if (width < MIN_WIDTH || height < MIN_HEIGHT + 1) return plotLines(series.values, options);
  const kept: number[] = [];
  const keptXs: number[] = [];
  series.values.forEach((v, i) => {
    const x = series.xs[i];
    if (isDrawn(v, options.isLog) && x !== undefined && Number.isFinite(x)) {
      kept.push(v);
      keptXs.push(x);
    }
  });
  if (kept.length === 0) return blankLines(width, height, NO_DATA);
  const picked = decimate(kept, width - LABEL_COLUMN);
  const xs = picked.map((i) => keptXs[i] as number);
  const plot = curve(
    picked.map((i) => kept[i] as number),
    height - 1,
    options,
  );
  const dot = options.isAscii ? ":" : "┊";
  for (const mark of series.marks) {
    const column = xs.findIndex((x) => x > mark);
    if (column <= 0) continue;
    for (const cells of plot.grid) if (cells[column] === " ") cells[column] = dot;
  }
  const axis = xAxisLine((column) => xs[column] as number, xs.length, series.unit);
  return [...joined(plot, width), axis.padEnd(width)];
}

/**
 * The line under a chart naming its x axis (`unit`) with ticks at the first and last of `columns`
 * and between where they fit, about every 14 columns; `xAt` is the x value at a column.
 */
export function xAxisLine(xAt: (column: number) => number, columns: number, unit: string): string {
  // The first and last are placed first: a label between gives way to them.
  const ticks = [
    { text: xLabel(xAt(0)), column: 0 },
    { text: xLabel(xAt(columns - 1)), column: columns - 1 },
  ];
  const between = Math.floor((columns - 1) / 14);
  for (let k = 1; k <= between; k++) {
    const column = Math.round((k * (columns - 1)) / (between + 1));
    const text = xLabel(xAt(column));
    // Over a few updates the columns share whole numbers: each number is named once.
    if (ticks.every((tick) => tick.text !== text)) ticks.push({ text, column });
  }
  return `${unit.slice(0, LABEL_WIDTH).padStart(LABEL_WIDTH)} ${placeLabels(ticks, columns)}`;
}
