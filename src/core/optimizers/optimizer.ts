/**
 * An optimizer in the optax style: its accumulated state is a plain float64 array that the caller
 * owns, and its hyperparameters (the learning rate) come in with every update, so changing the
 * learning rate between two updates is just a different argument. `apply` works in place on the
 * engine's working buffers; `optimizerStep` in index.ts is the pure form.
 */
export interface Optimizer {
  readonly id: OptimizerId;
  /** Short human name with the defaults it uses, e.g. `SGD + momentum 0.9`. */
  readonly label: string;
  /** How many floats of state it keeps for `p` parameters; a fresh state is all zeros. */
  stateSize(p: number): number;
  /** One update: moves `params` and `state` in place, given the gradients at `params`. */
  apply(params: Float64Array, grads: Float64Array, state: Float64Array, lr: number): void;
}

export type OptimizerId = "sgd" | "momentum" | "nesterov" | "adagrad" | "rmsprop" | "adam";
