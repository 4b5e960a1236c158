import type { Dataset } from "./data.js";
import { features } from "./loss-stats.js";
import type { Model } from "./models/index.js";
import { PREDICT_AT } from "./transcript.js";

/**
 * Why a run cannot start within float64's range (about ±1.8e308), found before it starts: what
 * overflows first, so the CLI can name the flag or the data row to blame.
 */
export type StartProblem =
  /** The row's own values overflow under the model (x² for ŷ = x·w, x⁴ for the quadratic). */
  | { readonly kind: "data-row"; readonly row: number; readonly column: "x" | "y" }
  /** The loss or its gradient at the starting parameters overflows on this row. */
  | { readonly kind: "start-row"; readonly row: number }
  /** Each row is fine, but the mean loss or gradient summed over the data overflows. */
  | { readonly kind: "sums" }
  /** The prediction at the lecture's x = 4 overflows. */
  | { readonly kind: "prediction" };

/**
 * The first reason the run of `model` on `data` from `init` would show an overflow before its
 * first update, or undefined when everything at the start is finite. O(n·p), once.
 */
export function startProblem(
  data: Dataset,
  model: Model,
  init: readonly number[],
): StartProblem | undefined {
  const p = model.params.length;
  const params = Float64Array.from(init);
  const unit = new Float64Array(p);
  const phi = new Float64Array(p);
  const n = data.xs.length;
  // Plain loops, no closures: this runs once per row of data sets of a million rows.
  for (let row = 0; row < n; row++) {
    const x = data.xs[row] as number;
    const y = data.ys[row] as number;
    features(model, x, unit, phi);
    // Every product the loss statistics sum is bounded by these squares: |φj·φk| <= max(φj², φk²).
    let largest = y * y;
    for (let j = 0; j < p; j++)
      largest = Math.max(largest, (phi[j] as number) * (phi[j] as number));
    if (!Number.isFinite(largest)) return rowProblem(phi, row);
    let r = -y;
    for (let j = 0; j < p; j++) r += (phi[j] as number) * (params[j] as number);
    largest = r * r;
    for (let j = 0; j < p; j++) largest = Math.max(largest, Math.abs(2 * (phi[j] as number) * r));
    if (!Number.isFinite(largest)) return { kind: "start-row", row };
  }
  const grads = new Float64Array(p);
  const loss = model.evaluate(params, data.xs, data.ys, 0, n, grads);
  if (!Number.isFinite(loss) || !grads.every(Number.isFinite)) return { kind: "sums" };
  if (!Number.isFinite(model.predict(params, PREDICT_AT))) return { kind: "prediction" };
  return undefined;
}

/** Which of a row's values overflowed when squared: x (through its features) or y. */
function rowProblem(phi: Float64Array, row: number): StartProblem {
  const isX = phi.some((f) => !Number.isFinite(f * f));
  return { kind: "data-row", row, column: isX ? "x" : "y" };
}
