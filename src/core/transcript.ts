import { modelOf, type RunConfig } from "./config.js";
import { formatPyFloat, formatPyList, roundPy } from "./format.js";
import type { Params } from "./models/index.js";

/**
 * The lines of Lecture 3's script (02_manual_gradient.py), as its Python `print` calls write them:
 *   print("predict (before training)", 4, forward(4))
 *   print("\tgrad: ", x_val, y_val, round(grad, 2))
 *   print("progress:", epoch, "w=", round(w, 2), "loss=", round(los_val, 2))
 *   print("predict (after training)", "4 hours", forward(4))
 * Beyond the lecture's setup the shape stays: one gradient per parameter, `name= value` per
 * parameter, and a batch's x and y printed as Python lists.
 */

/** The lecture's "4 hours": the input the script predicts at, before and after training. */
export const PREDICT_AT = 4;

const r2 = (x: number): string => formatPyFloat(roundPy(x, 2));

export function beforeLine(config: RunConfig, params: Params): string {
  return `predict (before training) ${PREDICT_AT} ${formatPyFloat(modelOf(config).predict(params, PREDICT_AT))}`;
}

export function gradLine(
  config: RunConfig,
  start: number,
  end: number,
  grads: ArrayLike<number>,
): string {
  const { xs, ys } = config.data;
  const sample =
    config.batchSize === 1
      ? `${formatPyFloat(xs[start] as number)} ${formatPyFloat(ys[start] as number)}`
      : `${formatPyList(xs.slice(start, end))} ${formatPyList(ys.slice(start, end))}`;
  return `\tgrad:  ${sample} ${Array.from(grads, r2).join(" ")}`;
}

export function progressLine(
  config: RunConfig,
  epoch: number,
  params: ArrayLike<number>,
  progressLoss: number,
): string {
  const named = modelOf(config).params.map((name, j) => `${name}= ${r2(params[j] as number)}`);
  return `progress: ${epoch} ${named.join(" ")} loss= ${r2(progressLoss)}`;
}

export function afterLine(config: RunConfig, params: Params): string {
  return `predict (after training) ${PREDICT_AT} hours ${formatPyFloat(modelOf(config).predict(params, PREDICT_AT))}`;
}
