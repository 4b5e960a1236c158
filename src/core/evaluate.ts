import type { Model, Params } from "./models/index.js";

/** Euclidean norm; squares of huge gradients overflow, so those take Math.hypot's careful way. */
export function norm(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i] as number) * (values[i] as number);
  return Number.isFinite(sum) ? Math.sqrt(sum) : Math.hypot(...Array.from(values));
}

/**
 * Mean squared error over all the data at `params`. Callers that ask many times (a frame's
 * landscape) pass `scratch` for the gradient it also computes, instead of a new array each time.
 */
export function meanLoss(
  model: Model,
  xs: readonly number[],
  ys: readonly number[],
  params: Params,
  scratch: Float64Array = new Float64Array(params.length),
): number {
  return model.evaluate(params, xs, ys, 0, xs.length, scratch);
}
