/** Parameter vectors are plain float64 arrays, in the model's `params` order. */
export type Params = Float64Array;

/**
 * A regression model with the analytic gradient of its squared error.
 * Models are values: the engine calls them through this interface, and a run that uses one model
 * keeps each call site monomorphic, so V8 inlines them.
 */
export interface Model {
  readonly id: ModelId;
  /** The formula as the lecture writes it, e.g. `ŷ = x·w`. */
  readonly formula: string;
  /** The same in ASCII, for terminals without UTF-8. */
  readonly asciiFormula: string;
  /** Parameter names, in the order of every parameter vector. */
  readonly params: readonly string[];
  predict(p: Params, x: number): number;
  /**
   * The mean of (ŷ − y)² over samples [start, end) at `p`, with its gradient written to `grads`.
   * Sums start at −0, not 0, so that a lone −0 gradient stays −0 as Python prints it; a mean of one
   * sample divides by 1, which is exact, so per-sample numbers are the lecture's to the last digit.
   * Each model loops over its samples itself, keeping sums in locals: the engine's hot path.
   */
  evaluate(
    p: Params,
    xs: readonly number[],
    ys: readonly number[],
    start: number,
    end: number,
    grads: Float64Array,
  ): number;
}

export type ModelId = "linear" | "affine" | "quadratic";
