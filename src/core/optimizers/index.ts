import { adagrad } from "./adagrad.js";
import { adam } from "./adam.js";
import { momentum, nesterov } from "./momentum.js";
import type { Optimizer, OptimizerId } from "./optimizer.js";
import { rmsprop } from "./rmsprop.js";
import { sgd } from "./sgd.js";

export type { Optimizer, OptimizerId } from "./optimizer.js";

export const OPTIMIZERS: Readonly<Record<OptimizerId, Optimizer>> = {
  sgd,
  momentum,
  nesterov,
  adagrad,
  rmsprop,
  adam,
};

/** In the order `o` cycles through them in the dashboard. */
export const OPTIMIZER_IDS = Object.keys(OPTIMIZERS) as readonly OptimizerId[];

export function isOptimizerId(name: string): name is OptimizerId {
  return Object.hasOwn(OPTIMIZERS, name);
}

/** The most state floats any optimizer keeps for `p` parameters: the engine's record size. */
export function maxStateSize(p: number): number {
  return Math.max(...OPTIMIZER_IDS.map((id) => OPTIMIZERS[id].stateSize(p)));
}

/** The pure form of one update: returns new parameters and state, leaving the inputs alone. */
export function optimizerStep(
  optimizer: Optimizer,
  params: Float64Array,
  grads: Float64Array,
  state: Float64Array,
  lr: number,
): { readonly params: Float64Array; readonly state: Float64Array } {
  const nextParams = new Float64Array(params.length);
  const nextState = new Float64Array(state.length);
  optimizer.update(params, state, grads, lr, nextParams, nextState);
  return { params: nextParams, state: nextState };
}
