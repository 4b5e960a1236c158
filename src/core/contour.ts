import { lossFromStats } from "./loss-stats.js";
import { recentPath } from "./path.js";
import type { RunState } from "./run.js";
import { type AxisView, fitView, widenTo } from "./view.js";

/** Two parameters of a contour, by index: `x` across, `y` up. */
export interface Pair {
  readonly x: number;
  readonly y: number;
}

/** Every pair of `count` parameters in the model's order: (w, b); (w2, w1), (w2, b), (w1, b). */
export function pairsOf(count: number): Pair[] {
  const pairs: Pair[] = [];
  for (let x = 0; x < count; x++) for (let y = x + 1; y < count; y++) pairs.push({ x, y });
  return pairs;
}

export interface PairView {
  readonly x: AxisView;
  readonly y: AxisView;
}

/**
 * Where the loss over the pair is lowest with the other parameters held at the current values, or
 * undefined when that slice has no single minimum (a valley with a flat floor). The slice is the
 * quadratic loss + g·d + dᵀ·A·d, so its minimum solves A·d = −g/2 for the 2×2 block of A.
 */
export function pairMinimum(state: RunState, pair: Pair): [number, number] | undefined {
  const { stats, params } = state;
  const p = stats.size;
  const grad = new Float64Array(p);
  lossFromStats(stats, params, grad);
  const a = stats.second[pair.x * p + pair.x] as number;
  const b = stats.second[pair.x * p + pair.y] as number;
  const d = stats.second[pair.y * p + pair.y] as number;
  const det = a * d - b * b;
  if (!(det > 1e-12 * a * d)) return undefined;
  const gx = -(grad[pair.x] as number) / 2;
  const gy = -(grad[pair.y] as number) / 2;
  const min: [number, number] = [
    (params[pair.x] as number) + (d * gx - b * gy) / det,
    (params[pair.y] as number) + (a * gy - b * gx) / det,
  ];
  return min.every(Number.isFinite) ? min : undefined;
}

/** The pair's view fitted to its minimum, the current point and the recent path. */
export function fitPairView(state: RunState, pair: Pair): PairView {
  const path = recentPath(state);
  const min = pairMinimum(state, pair);
  const axis = (param: number, centre: number | undefined) =>
    fitView(centre ?? (state.params[param] as number), [
      ...path.map((point) => point[param] as number),
      state.params[param] as number,
    ]);
  return { x: axis(pair.x, min?.[0]), y: axis(pair.y, min?.[1]) };
}

/** The view widened on either axis, if need be, to hold the current point; else the same object. */
export function followPairView(view: PairView, state: RunState, pair: Pair): PairView {
  const x = widenTo(view.x, state.params[pair.x] as number);
  const y = widenTo(view.y, state.params[pair.y] as number);
  return x === view.x && y === view.y ? view : { x, y };
}

export interface ContourGrid {
  readonly pair: Pair;
  readonly view: PairView;
  readonly columns: number;
  readonly rows: number;
  /** Row-major, the top row (highest y) first: the mean loss at each cell's centre. */
  readonly losses: Float64Array;
  readonly minimum: readonly [number, number] | undefined;
  /** The least loss of the slice: at its minimum, or the grid's least without one. */
  readonly floor: number;
  readonly current: readonly [number, number];
  /** The pair after each recent update, oldest first, the current point last. */
  readonly path: readonly (readonly [number, number])[];
}

/** The loss over `columns`×`rows` cells of the pair's view, O(p²) a cell whatever the data. */
export function contourGrid(
  state: RunState,
  pair: Pair,
  view: PairView,
  columns: number,
  rows: number,
  path: readonly Float64Array[] = recentPath(state),
): ContourGrid {
  const probe = Float64Array.from(state.params);
  const cells = Math.max(0, columns) * Math.max(0, rows);
  const losses = new Float64Array(cells);
  // Cell centres, so that the view's ends sit on the grid's outer edges.
  const step = (axis: AxisView, n: number) => (axis.hi - axis.lo) / Math.max(1, n);
  const xs = Array.from(
    { length: columns },
    (_, c) => view.x.lo + (c + 0.5) * step(view.x, columns),
  );
  const ys = Array.from({ length: rows }, (_, r) => view.y.hi - (r + 0.5) * step(view.y, rows));
  let least = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rows; r++) {
    probe[pair.y] = ys[r] as number;
    for (let c = 0; c < columns; c++) {
      probe[pair.x] = xs[c] as number;
      const loss = lossFromStats(state.stats, probe);
      losses[r * columns + c] = loss;
      least = Math.min(least, loss);
    }
  }
  const minimum = pairMinimum(state, pair);
  if (minimum) {
    probe[pair.x] = minimum[0];
    probe[pair.y] = minimum[1];
    least = Math.min(least, lossFromStats(state.stats, probe));
  }
  return {
    pair,
    view,
    columns,
    rows,
    losses,
    minimum,
    floor: least,
    current: [state.params[pair.x] as number, state.params[pair.y] as number],
    path: path.map((point) => [point[pair.x] as number, point[pair.y] as number] as const),
  };
}
