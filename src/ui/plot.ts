import {
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
  size,
} from "./chart-grid.js";

export interface PlotOptions {
  /** Columns available, labels included. */
  readonly width: number;
  /** Rows available; the result has exactly this many lines. */
  readonly height: number;
  /** Log10 scale of the y axis (values ≤ 0 are dropped on a log scale). */
  readonly isLog: boolean;
  /** ASCII only: `- | + ' .` instead of asciichart's box-drawing characters. */
  readonly isAscii: boolean;
}

/**
 * At most `count` of `values`, evenly spaced and always including the first and the last. Picking
 * real points rather than bucket means keeps the starting loss and the latest loss exact, the two
 * a learner reads off a loss curve, and a divergence stays as steep as it really was.
 */
export function sample(values: readonly number[], count: number): number[] {
  if (values.length <= count) return [...values];
  return Array.from(
    { length: count },
    (_, k) => values[Math.round((k * (values.length - 1)) / (count - 1))] as number,
  );
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
  const kept = values.filter((v) => isPlottable(v, options.isLog));
  if (kept.length === 0) return blankLines(width, height, NO_DATA);
  const points = sample(kept, width - LABEL_COLUMN);
  const scale = scaleOf(points, options.isLog, height);
  const levels = points.map((v) => levelOf(scale, v));
  return framed(drawCurve(levels, height, options.isAscii), scale, width);
}
