import { OPTIMIZERS, type OptimizerSpec } from "./optimizers/index.js";

/** One per-parameter quantity an optimizer keeps, named for a reader. */
export interface StateRow {
  readonly label: string;
  readonly values: readonly number[];
}

/**
 * Names a reader knows the optimizer's state by, per family and the formulas' slot name (the
 * formulas' names are single letters: `b`, `s`, `u` mean different things in different files).
 */
const LABELS: Readonly<Record<string, string>> = {
  "sgd.b": "buffer",
  "adam.m": "m",
  "adam.v": "v",
  "adam.vmax": "v max",
  "nadam.m": "m",
  "nadam.v": "v",
  "radam.m": "m",
  "radam.v": "v",
  "adamax.m": "m",
  "adamax.u": "u (max)",
  "adadelta.v": "E[g²]",
  "adadelta.u": "E[Δ²]",
  "adagrad.s": "sum g²",
  "rmsprop.v": "E[g²]",
  "rmsprop.gavg": "E[g]",
  "rmsprop.b": "buffer",
  "rprop.size": "step size",
  "rprop.prev": "prev g",
};

/** A slot the settings leave unused (always 0): not worth a line. */
function isUnused(spec: OptimizerSpec, key: string): boolean {
  const { hyper } = spec;
  switch (key) {
    case "adam.vmax":
      return hyper.amsgrad !== true;
    case "rmsprop.gavg":
      return hyper.centered !== true;
    case "rmsprop.b":
    case "sgd.b":
      return hyper.momentum === 0;
    default:
      return false;
  }
}

/**
 * The optimizer's state per parameter, as the weights panel lists it: the momentum buffer, Adam's
 * m and v, the accumulators, Rprop's step sizes. Read from the layout every optimizer shares: its
 * scalars first, then each slot's p values.
 */
export function stateRows(spec: OptimizerSpec, optState: ArrayLike<number>, p: number): StateRow[] {
  const optimizer = OPTIMIZERS[spec.id];
  const rows: StateRow[] = [];
  optimizer.slots.forEach((slot, k) => {
    const key = `${optimizer.family}.${slot}`;
    if (isUnused(spec, key)) return;
    const from = optimizer.scalars.length + k * p;
    rows.push({
      label: LABELS[key] ?? slot,
      values: Array.from({ length: p }, (_, j) => optState[from + j] as number),
    });
  });
  return rows;
}

/**
 * The rate plain SGD would have needed for the last update's move, −Δθ / g per parameter: what the
 * optimizer's machinery made of the learning rate. undefined where the gradient was 0.
 */
export function effectiveRates(
  delta: readonly number[],
  grads: readonly number[],
): (number | undefined)[] {
  return delta.map((d, j) => {
    const g = grads[j] as number;
    const rate = g === 0 ? undefined : -d / g;
    return rate !== undefined && Number.isFinite(rate) ? rate : undefined;
  });
}
