import type { Model, Params } from "./models/index.js";

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
  return model.evaluate(params, xs, ys, 0, xs.length, new Float64Array(params.length));
}
