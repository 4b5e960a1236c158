import type { Dataset } from "./data.js";
import type { Model } from "./models/index.js";

/**
 * The mean squared error of a model that is linear in its parameters (all of gd-tui's are:
 * ŷ = φ(x)·θ) is a quadratic in θ. Around a centre θ0,
 *
 *   loss(θ0 + d) = loss(θ0) + g0·d + dᵀ·A·d,   A = mean φ(x)φ(x)ᵀ,   g0 = ∇loss(θ0),
 *
 * exactly. So once A, loss(θ0) and g0 are summed over the data (O(n·p²), once), the loss anywhere
 * costs O(p²), whatever the data's size: what a frame's landscape, contour or loss curve needs.
 * loss(θ0) and g0 are direct sums at the centre, so the form loses no precision near it; the
 * centre is the least-squares minimum where it exists, where losses are smallest and precision
 * matters most.
 */
export interface LossStats {
  readonly size: number;
  /** θ0, loss(θ0), g0 and A (row-major, p×p). */
  readonly centre: Float64Array;
  readonly centreLoss: number;
  readonly centreGrad: Float64Array;
  readonly second: Float64Array;
}

/** φ(x): the prediction with one parameter at 1 and the others at 0, since ŷ is linear in θ. */
export function features(model: Model, x: number, unit: Float64Array, out: Float64Array): void {
  for (let j = 0; j < out.length; j++) {
    unit.fill(0);
    unit[j] = 1;
    out[j] = model.predict(unit, x);
  }
}

/** Solves A·θ = b by Gaussian elimination with partial pivoting; undefined when A is singular. */
function solve(a: Float64Array, b: Float64Array): Float64Array | undefined {
  const p = b.length;
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  let largest = 0;
  for (let j = 0; j < p; j++) largest = Math.max(largest, Math.abs(a[j * p + j] as number));
  // A pivot this small against A's diagonal is rounding noise: the data do not pin θ down.
  const tiny = 1e-12 * largest;
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) {
      if (Math.abs(m[r * p + col] as number) > Math.abs(m[pivot * p + col] as number)) pivot = r;
    }
    if (!(Math.abs(m[pivot * p + col] as number) > tiny)) return undefined;
    for (let k = 0; k < p; k++) {
      const t = m[col * p + k] as number;
      m[col * p + k] = m[pivot * p + k] as number;
      m[pivot * p + k] = t;
    }
    const t = x[col] as number;
    x[col] = x[pivot] as number;
    x[pivot] = t;
    for (let r = col + 1; r < p; r++) {
      const f = (m[r * p + col] as number) / (m[col * p + col] as number);
      for (let k = col; k < p; k++)
        m[r * p + k] = (m[r * p + k] as number) - f * (m[col * p + k] as number);
      x[r] = (x[r] as number) - f * (x[col] as number);
    }
  }
  for (let r = p - 1; r >= 0; r--) {
    let sum = x[r] as number;
    for (let k = r + 1; k < p; k++) sum -= (m[r * p + k] as number) * (x[k] as number);
    x[r] = sum / (m[r * p + r] as number);
  }
  return x.every(Number.isFinite) ? x : undefined;
}

/** The statistics of `data` under `model`, centred at the minimum (or at `fallback` without one). */
export function lossStats(model: Model, data: Dataset, fallback: ArrayLike<number>): LossStats {
  const p = model.params.length;
  const n = data.xs.length;
  const unit = new Float64Array(p);
  const phi = new Float64Array(p);
  const second = new Float64Array(p * p);
  const moment = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    features(model, data.xs[i] as number, unit, phi);
    const y = data.ys[i] as number;
    for (let j = 0; j < p; j++) {
      moment[j] = (moment[j] as number) + ((phi[j] as number) * y) / n;
      for (let k = 0; k < p; k++) {
        second[j * p + k] =
          (second[j * p + k] as number) + ((phi[j] as number) * (phi[k] as number)) / n;
      }
    }
  }
  const centre = solve(second, moment) ?? Float64Array.from(fallback);
  const centreGrad = new Float64Array(p);
  const centreLoss = model.evaluate(centre, data.xs, data.ys, 0, n, centreGrad);
  return { size: p, centre, centreLoss, centreGrad, second };
}

/** The mean loss at `params` in O(p²); `gradOut`, if given, receives its gradient. */
export function lossFromStats(
  stats: LossStats,
  params: ArrayLike<number>,
  gradOut?: Float64Array,
): number {
  const { size: p, centre, centreLoss, centreGrad, second } = stats;
  let loss = centreLoss;
  for (let j = 0; j < p; j++) {
    const dj = (params[j] as number) - (centre[j] as number);
    let row = 0;
    for (let k = 0; k < p; k++)
      row += (second[j * p + k] as number) * ((params[k] as number) - (centre[k] as number));
    loss += (centreGrad[j] as number) * dj + dj * row;
    if (gradOut) gradOut[j] = (centreGrad[j] as number) + 2 * row;
  }
  // The quadratic form can only round below the true minimum's loss, never truly below zero.
  return Math.max(loss, 0);
}
