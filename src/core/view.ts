/**
 * What part of a parameter axis a landscape or contour shows. A view is held, not recomputed each
 * frame: a picture that re-centres on every update makes w = 1.3 and w = −149,000 look the same.
 * It widens (by doubling, so its ends stay round) only when the point leaves it, and goes back to
 * a fit only when asked.
 */
export interface AxisView {
  readonly lo: number;
  readonly hi: number;
  /** How many times wider than when it was last fitted: the title's `zoomed out ×4`. */
  readonly zoom: number;
}

/** The smallest of 1, 2, 5 × 10^k at least `x` (> 0): a half-width whose ticks are round. */
export function niceCeil(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * power >= x * (1 - 1e-12)) return m * power;
  return 10 * power;
}

/**
 * The view centred on `centre` (the minimum) that holds every one of `points` with a quarter to
 * spare, its half-width a round number: on the lecture's start (minimum 2, w = 1) it is 0…4.
 */
export function fitView(centre: number, points: readonly number[]): AxisView {
  const finite = points.filter(Number.isFinite);
  const middle = Number.isFinite(centre) ? centre : (finite[0] ?? 0);
  let reach = 0;
  for (const t of finite) reach = Math.max(reach, Math.abs(t - middle));
  // At the minimum itself there is no reach to fit: show a unit either side (or half its size).
  const half = niceCeil(reach > 0 ? 1.25 * reach : Math.max(1, Math.abs(middle) / 2));
  // The centre on a grid of 1/50 of the half-width: the ends come out round when the minimum is a
  // rounding error off a round number (the lecture's 2), and it moves by under half a column.
  const snapped = (Math.round((middle * 50) / half) * half) / 50;
  if (!Number.isFinite(snapped - half) || !Number.isFinite(snapped + half)) {
    return { lo: -Number.MAX_VALUE / 2, hi: Number.MAX_VALUE / 2, zoom: 1 };
  }
  return { lo: snapped - half, hi: snapped + half, zoom: 1 };
}

/** Whether `t` is inside the view. */
export function isInView(view: AxisView, t: number): boolean {
  return t >= view.lo && t <= view.hi;
}

/**
 * The view doubled about its centre until `t` is well inside (within 90% of the half-width), or
 * the same object when `t` is in view already (or not a number to follow).
 */
export function widenTo(view: AxisView, t: number): AxisView {
  if (!Number.isFinite(t) || isInView(view, t)) return view;
  const centre = view.lo / 2 + view.hi / 2;
  let half = view.hi / 2 - view.lo / 2;
  let zoom = view.zoom;
  while (Math.abs(t - centre) > 0.9 * half && half < Number.MAX_VALUE / 8) {
    half *= 2;
    zoom *= 2;
  }
  return { lo: centre - half, hi: centre + half, zoom };
}

/** `count` evenly spaced values from the view's low end to its high end. */
export function spread(view: AxisView, count: number): number[] {
  return Array.from({ length: count }, (_, i) =>
    count === 1 ? view.lo / 2 + view.hi / 2 : view.lo + ((view.hi - view.lo) * i) / (count - 1),
  );
}
