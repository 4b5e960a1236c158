import {
  bindParams,
  checkNames,
  compile,
  elements,
  evaluateCode,
  locals,
  type ModelFormulas,
} from "../formulas.js";

/** Parameter vectors are plain float64 arrays, in the model's `params` order. */
export type Params = Float64Array;

/** Where the data comes from: plain arrays, or the engine's float64 copies of them. */
export type Column = ArrayLike<number>;

/**
 * A regression model with the analytic gradient of its squared error, written once as formulas
 * (see formulas.ts) from which `predict`, `evaluate` and the engine's kernels are all compiled.
 */
export interface Model {
  readonly id: ModelId;
  /** The formula as the lecture writes it, e.g. `ŷ = x·w`. */
  readonly formula: string;
  /** The same in ASCII, for terminals without UTF-8. */
  readonly asciiFormula: string;
  /** Parameter names, in the order of every parameter vector. */
  readonly params: readonly string[];
  readonly formulas: ModelFormulas;
  predict(p: Params, x: number): number;
  /**
   * The mean of (ŷ − y)² over samples [start, end) at `p`, with its gradient written to `grads`.
   * Sums start at −0, not 0, so that a lone −0 gradient stays −0 as Python prints it; a mean of one
   * sample divides by 1, which is exact, so per-sample numbers are the lecture's to the last digit.
   */
  evaluate(
    p: Params,
    xs: Column,
    ys: Column,
    start: number,
    end: number,
    grads: Float64Array,
  ): number;
}

export type ModelId = "linear" | "affine" | "quadratic";

/** A model from its formulas: `predict` and `evaluate` are compiled from them. */
export function defineModel(
  spec: Omit<Model, "params" | "predict" | "evaluate" | "formulas"> & ModelFormulas,
): Model {
  const { id, formula, asciiFormula, params, prediction, gradients } = spec;
  checkNames(params, `model ${id}`);
  const formulas: ModelFormulas = { params, prediction, gradients };
  const at = elements("p", params.length);
  const grads = locals("$g", params.length);
  return {
    id,
    formula,
    asciiFormula,
    params,
    formulas,
    predict: compile(
      `${id}Predict`,
      ["p", "x"],
      `${bindParams(formulas, at)}\nreturn ${prediction};`,
    ),
    evaluate: compile(
      `${id}Evaluate`,
      ["p", "$xs", "$ys", "start", "end", "grads"],
      `let $loss = 0; ${grads.map((g) => `let ${g} = 0;`).join(" ")}
      ${evaluateCode(formulas, at, { start: "start", end: "end", isOneSample: false }, { loss: "$loss", grads })}
      ${grads.map((g, j) => `grads[${j}] = ${g};`).join(" ")}
      return $loss;`,
    ),
  };
}
