/**
 * An optimizer in the optax style: its accumulated state is a plain float64 array that the caller
 * owns, and its hyperparameters (the learning rate) come in with every update, so changing the
 * learning rate between two updates is just a different argument. `update` reads one pair of
 * buffers and writes another (they may be the same), so the engine can keep the state before an
 * update without copying it; `optimizerStep` in index.ts is the pure form.
 */
export interface Optimizer {
  readonly id: OptimizerId;
  /** Short human name with the defaults it uses, e.g. `SGD + momentum 0.9`. */
  readonly label: string;
  /** How many floats of state it keeps for `p` parameters; a fresh state is all zeros. */
  stateSize(p: number): number;
  /** One update from `params` and `state`, given the gradients at `params`, into `next*`. */
  update(
    params: Float64Array,
    state: Float64Array,
    grads: Float64Array,
    lr: number,
    nextParams: Float64Array,
    nextState: Float64Array,
  ): void;
}

export type OptimizerId = "sgd" | "momentum" | "nesterov" | "adagrad" | "rmsprop" | "adam";
