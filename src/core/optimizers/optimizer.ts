import {
  checkNames,
  compile,
  elements,
  locals,
  type OptimizerFormulas,
  optimizerStateSize,
  updateCode,
} from "../formulas.js";

/**
 * An optimizer in the optax style: its accumulated state is a plain float64 array that the caller
 * owns, and its hyperparameters (the learning rate) come in with every update, so changing the
 * learning rate between two updates is just a different argument. It is written once as formulas
 * (see formulas.ts), from which `update` and the engine's kernels are compiled. `update` reads one
 * pair of buffers and writes another (they may be the same), so the engine can keep the state
 * before an update without copying it; `optimizerStep` in index.ts is the pure form.
 */
export interface Optimizer {
  readonly id: OptimizerId;
  /** Short human name with the defaults it uses, e.g. `SGD + momentum 0.9`. */
  readonly label: string;
  readonly formulas: OptimizerFormulas;
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

/** The largest model's parameter count: `update` is compiled for each count up to it. */
const MAX_PARAMS = 3;

type Update = Optimizer["update"];

/** An optimizer from its formulas; `update` is compiled from them for each parameter count. */
export function defineOptimizer(
  spec: Pick<Optimizer, "id" | "label"> & OptimizerFormulas,
): Optimizer {
  const { id, label, scalars, slots, prepare, step } = spec;
  checkNames([...scalars, ...slots], `optimizer ${id}`);
  const formulas: OptimizerFormulas = { scalars, slots, prepare, step };
  const updates: Update[] = [];
  for (let p = 1; p <= MAX_PARAMS; p++) {
    const size = optimizerStateSize(formulas, p);
    const nextParams = locals("$q", p);
    const nextState = locals("$t", size);
    const body = `${[...nextParams, ...nextState].map((v) => `let ${v} = 0;`).join(" ")}
      ${updateCode(
        formulas,
        p,
        {
          params: elements("params", p),
          grads: elements("grads", p),
          state: elements("state", size),
        },
        { params: nextParams, state: nextState },
      )}
      ${nextParams.map((v, j) => `nextParams[${j}] = ${v};`).join(" ")}
      ${nextState.map((v, i) => `nextState[${i}] = ${v};`).join(" ")}`;
    updates.push(
      compile(
        `${id}Update${p}`,
        ["params", "state", "grads", "lr", "nextParams", "nextState"],
        body,
      ),
    );
  }
  return {
    id,
    label,
    formulas,
    stateSize: (p) => optimizerStateSize(formulas, p),
    update(params, state, grads, lr, nextParams, nextState) {
      (updates[params.length - 1] as Update)(params, state, grads, lr, nextParams, nextState);
    },
  };
}
