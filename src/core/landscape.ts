import { lossFromStats } from "./loss-stats.js";
import { recentPath } from "./path.js";
import type { RunState } from "./run.js";
import { type AxisView, fitView, spread, widenTo } from "./view.js";

/** The lecture's "loss graph": the mean loss along one parameter, the others held where they are. */
export interface LossSlice {
  readonly param: number;
  readonly view: AxisView;
  /** Evenly spaced across the view, and the mean loss at each. */
  readonly xs: readonly number[];
  readonly losses: readonly number[];
  /** The parameter's current value, and where the slice is lowest. */
  readonly current: number;
  readonly minimum: number;
  /** The parameter after each recent update, oldest first (see recentPath). */
  readonly path: readonly number[];
}

/**
 * Where the loss along parameter `param` is lowest, the others held at `params`: every model here
 * is linear in its parameters, so the slice is the parabola loss + g·t + A_jj·t² with g and A from
 * the run's statistics. The current value when the slice is flat (the data do not pin it down).
 */
export function sliceMinimum(state: RunState, param: number, params = state.params): number {
  const { stats } = state;
  const grad = new Float64Array(stats.size);
  lossFromStats(stats, params, grad);
  const curvature = stats.second[param * stats.size + param] as number;
  const current = params[param] as number;
  const minimum = current - (grad[param] as number) / (2 * curvature);
  return curvature > 0 && Number.isFinite(minimum) ? minimum : current;
}

/** The view of `param` fitted to its slice's minimum, the current value and the recent path. */
export function fitSliceView(state: RunState, param: number): AxisView {
  const path = recentPath(state).map((point) => point[param] as number);
  return fitView(sliceMinimum(state, param), [...path, state.params[param] as number]);
}

/** The view widened, if need be, to hold the current value of `param`. */
export function followSliceView(view: AxisView, state: RunState, param: number): AxisView {
  return widenTo(view, state.params[param] as number);
}

/** `points` values of the mean loss along `param` across `view`, O(p²) each whatever the data. */
export function lossSlice(
  state: RunState,
  param: number,
  view: AxisView,
  points: number,
  path: readonly Float64Array[] = recentPath(state),
): LossSlice {
  const probe = Float64Array.from(state.params);
  const xs = spread(view, Math.max(2, points));
  const losses = xs.map((t) => {
    probe[param] = t;
    return lossFromStats(state.stats, probe);
  });
  return {
    param,
    view,
    xs,
    losses,
    current: state.params[param] as number,
    minimum: sliceMinimum(state, param),
    path: path.map((point) => point[param] as number),
  };
}
