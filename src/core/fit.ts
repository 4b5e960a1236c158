import { batchesPerEpoch } from "./config.js";
import type { Dataset } from "./data.js";
import type { RunState } from "./run.js";

/** Points of a data set the fit view draws at most (about the cells of its largest panel): a frame's cost must not grow with the data. */
export const FIT_POINTS = 1000;
/** Samples of the current batch whose residuals are drawn at most. */
export const FIT_RESIDUALS = 32;

/** What the fit view draws of a data set, worked out once per data set. */
export interface FitData {
  /** Every row when there are few, else FIT_POINTS evenly spaced rows (the first and last kept). */
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly rows: number;
  readonly xRange: readonly [number, number];
  readonly yRange: readonly [number, number];
  /** Lecture 3's own data, where x = 4 is its "4 hours". */
  readonly isLecture: boolean;
}

/** A range with room in it: a single value gets a unit either side. */
function spanOf(values: readonly number[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!(hi > lo)) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

function isLectureData(data: Dataset): boolean {
  const same = (a: readonly number[], b: readonly number[]) =>
    a.length === b.length && a.every((v, i) => v === b[i]);
  return same(data.xs, [1, 2, 3]) && same(data.ys, [2, 4, 6]);
}

/** The data's ranges and a bounded sample of its rows: O(rows) once, never a frame. */
export function fitData(data: Dataset, max = FIT_POINTS): FitData {
  const rows = data.xs.length;
  const pick = (values: readonly number[]) =>
    rows <= max
      ? values
      : Array.from(
          { length: max },
          (_, k) => values[Math.round((k * (rows - 1)) / (max - 1))] as number,
        );
  const isLecture = isLectureData(data);
  return {
    xs: pick(data.xs),
    ys: pick(data.ys),
    rows,
    // The lecture's slide: 0 to 4 hours, so that x = 4 and the line through the origin show.
    xRange: isLecture ? [0, 4] : spanOf(data.xs),
    yRange: isLecture ? [0, 8] : spanOf(data.ys),
    isLecture,
  };
}

/**
 * Rows [start, end) of the batch the last update used, or the first batch before any update:
 * the samples whose residuals the step was computed from.
 */
export function currentBatch(state: RunState): { start: number; end: number } {
  const { batchSize, data } = state.config;
  const batch = state.updates === 0 ? 0 : (state.updates - 1) % batchesPerEpoch(state.config);
  const start = batch * batchSize;
  return { start, end: Math.min(start + batchSize, data.xs.length) };
}
