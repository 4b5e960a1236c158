import { meanLoss } from "./evaluate.js";
import { EPOCH_FIELDS, type RunState } from "./run.js";
import { readTape } from "./tape.js";

/** The lecture's "loss graph": the mean loss along one parameter, the others held where they are. */
export interface LossSlice {
  readonly param: number;
  readonly xs: readonly number[];
  readonly losses: readonly number[];
  /** The parameter's current value, and where the slice is lowest. */
  readonly current: number;
  readonly minimum: number;
  /** The parameter at the end of the last epochs, oldest first: the path taken. */
  readonly path: readonly number[];
}

/**
 * Every model here is linear in its parameters, so the loss along one of them is a parabola
 * a·t² + b·t + c; three evaluations give its minimum exactly.
 */
function sliceMinimum(lossAt: (t: number) => number, current: number): number {
  const l0 = lossAt(current - 1);
  const l1 = lossAt(current);
  const l2 = lossAt(current + 1);
  const a = (l0 + l2 - 2 * l1) / 2;
  const b = (l2 - l0) / 2;
  const minimum = a > 0 ? current - b / (2 * a) : current;
  return Number.isFinite(minimum) ? minimum : current;
}

/**
 * `points` values of the loss along parameter `param`, over a range centred on the slice's minimum
 * that reaches the current value with room to spare; on the lecture's start (w = 1, minimum 2) it is
 * the slide's 0…4.
 */
export function lossSlice(
  state: RunState,
  param: number,
  points: number,
  pathLength = 12,
): LossSlice {
  const { model, data } = state.config;
  const probe = state.params.slice();
  const scratch = new Float64Array(probe.length);
  const lossAt = (t: number) => {
    probe[param] = t;
    return meanLoss(model, data.xs, data.ys, probe, scratch);
  };
  const current = state.params[param] as number;
  const minimum = sliceMinimum(lossAt, current);
  const half = Math.max(2, 1.5 * Math.abs(current - minimum));
  const xs: number[] = [];
  const losses: number[] = [];
  for (let i = 0; i < points; i++) {
    const t = minimum - half + (2 * half * i) / Math.max(1, points - 1);
    xs.push(t);
    losses.push(lossAt(t));
  }
  const path: number[] = [];
  const { epochTape } = state;
  for (
    let e = Math.max(epochTape.first, epochTape.length - pathLength);
    e < epochTape.length;
    e++
  ) {
    path.push(readTape(epochTape, e, EPOCH_FIELDS.params + param));
  }
  return { param, xs, losses, current, minimum, path };
}
