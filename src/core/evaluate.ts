import type { Model, Params } from "./models/index.js";

/**
 * Mean squared error of `model` at `params` over samples [start, end), writing the gradient of that
 * mean into `grads`. The one place losses and gradients are computed, for updates, epoch ends and
 * views alike, so every number shown is the number the engine used.
 */
export function evaluate(
  model: Model,
  xs: readonly number[],
  ys: readonly number[],
  start: number,
  end: number,
  params: Params,
  grads: Float64Array,
): number {
  // −0 so that a lone −0 gradient survives the sum, as Python's per-sample script prints it.
  grads.fill(-0);
  let sum = -0;
  for (let i = start; i < end; i++) {
    sum += model.accumulate(params, xs[i] as number, ys[i] as number, grads);
  }
  const count = end - start;
  for (let j = 0; j < grads.length; j++) grads[j] = (grads[j] as number) / count;
  return sum / count;
}

/** Euclidean norm. */
export function norm(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i] as number) * (values[i] as number);
  return Math.sqrt(sum);
}

/** Mean squared error over all the data at `params`. */
export function meanLoss(
  model: Model,
  xs: readonly number[],
  ys: readonly number[],
  params: Params,
): number {
  return evaluate(model, xs, ys, 0, xs.length, params, new Float64Array(params.length));
}
