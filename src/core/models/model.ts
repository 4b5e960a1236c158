import type { ModelFormulas } from "../formulas.js";

/** Parameter vectors are plain float64 arrays, in the model's `params` order. */
export type Params = Float64Array;

/** Where the data comes from: plain arrays, or the engine's float64 copies of them. */
export type Column = ArrayLike<number>;

export type ModelId = "linear" | "affine" | "quadratic" | "cubic";

/**
 * A regression model as data: its prediction and each parameter's gradient of the squared error,
 * written once as formulas (formulas.ts), from which `npm run gen` writes `predict`, `evaluate`
 * and the engine's kernels into src/core/generated/kernels.ts.
 */
export interface ModelDefinition extends ModelFormulas {
  readonly id: ModelId;
  /** The formula as the lecture writes it, e.g. `ŷ = x·w`. */
  readonly formula: string;
  /** The same in ASCII, for terminals without UTF-8. */
  readonly asciiFormula: string;
}

/** A model with its generated code. */
export interface Model extends ModelDefinition {
  predict(p: ArrayLike<number>, x: number): number;
  /**
   * The mean of (ŷ − y)² over samples [start, end) at `p`, with its gradient written to `grads`.
   * Sums start at −0, not 0, so that a lone −0 gradient stays −0 as Python prints it; a mean of one
   * sample divides by 1, which is exact, so per-sample numbers are the lecture's to the last digit.
   */
  evaluate(
    p: ArrayLike<number>,
    xs: Column,
    ys: Column,
    start: number,
    end: number,
    grads: Float64Array,
  ): number;
}
