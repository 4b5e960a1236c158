import { fitPairView, followPairView, type PairView, pairsOf } from "../core/contour.js";
import { fitSliceView, followSliceView } from "../core/landscape.js";
import { followedRun, type RaceState } from "../core/race-state.js";
import type { RunState } from "../core/run.js";
import type { AxisView } from "../core/view.js";

/**
 * What the landscape and the contour show, as part of the session value: a view is held while
 * the point stays in it, widened when it leaves, and fitted again only by `z`, a new parameter or
 * pair, or a reset of the run.
 */
export interface Views {
  readonly landscapeView: AxisView;
  /** Index into pairsOf(the model's parameter count). */
  readonly contourPair: number;
  /** Undefined for a one-parameter model, which has no pair. */
  readonly contourView: PairView | undefined;
}

interface Watched extends Views, RaceState {
  readonly landscapeParam: number;
}

function pairAt(run: RunState, index: number) {
  return pairsOf(run.params.length)[index];
}

/** Both views fitted afresh to the run as it stands. */
export function fittedViews(run: RunState, landscapeParam: number, contourPair: number): Views {
  const pair = pairAt(run, contourPair);
  return {
    landscapeView: fitSliceView(run, landscapeParam),
    contourPair,
    contourView: pair && fitPairView(run, pair),
  };
}

/** The next pair of the contour, its view fitted; the same object with fewer than three. */
export function nextPair<S extends Watched>(session: S): S {
  const run = followedRun(session);
  const count = pairsOf(run.params.length).length;
  const contourPair = (session.contourPair + 1) % Math.max(1, count);
  if (contourPair === session.contourPair) return session;
  const pair = pairAt(run, contourPair);
  return { ...session, contourPair, contourView: pair && fitPairView(run, pair) };
}

const isSameAxis = (a: AxisView | undefined, b: AxisView | undefined) =>
  a === b ||
  (a !== undefined && b !== undefined && a.lo === b.lo && a.hi === b.hi && a.zoom === b.zoom);

/**
 * Both views fitted to the minimum and the followed run's path, widened to hold every racer that
 * has not diverged (the `z` key); the same object if they were.
 */
export function resetViews<S extends Watched>(session: S): S {
  const fitted = widenedToRacers(
    session.runs,
    fittedViews(followedRun(session), session.landscapeParam, session.contourPair),
    session.landscapeParam,
  );
  const isSame =
    isSameAxis(fitted.landscapeView, session.landscapeView) &&
    isSameAxis(fitted.contourView?.x, session.contourView?.x) &&
    isSameAxis(fitted.contourView?.y, session.contourView?.y);
  return isSame ? session : { ...session, ...fitted };
}

/**
 * The views after `before` became `after`: fitted again for another parameter or a followed run
 * back at its start, widened when a run's point left them (a diverged run's is left off the
 * edge: widening to it would flatten the others' valley), else kept (the same object when nothing
 * changed).
 */
export function followViews<S extends Watched>(before: S, after: S): S {
  const run = followedRun(after);
  const was = followedRun(before);
  const isRestart = run !== was && run.updates === 0 && was.updates !== 0;
  const isOtherRun = after.followed !== before.followed || after.runs.length !== before.runs.length;
  if (isRestart || (run.config !== was.config && !isOtherRun)) return resetViews(after);
  let next = after;
  if (after.landscapeParam !== before.landscapeParam) {
    next = { ...next, landscapeView: fitSliceView(run, after.landscapeParam) };
  }
  if (after.runs === before.runs) return next;
  // A racer that just diverged took the views out with it: fitted again to those left.
  const diverged = (runs: RaceState["runs"]) =>
    runs.filter((r) => r.status.kind === "diverged").length;
  if (after.runs.length > 1 && diverged(after.runs) > diverged(before.runs))
    return resetViews(after);
  const widened = widenedToRacers(after.runs, next, next.landscapeParam);
  return widened.landscapeView === next.landscapeView && widened.contourView === next.contourView
    ? next
    : { ...next, ...widened };
}

/** The views widened, where need be, to hold every racer's point that has not diverged. */
function widenedToRacers(runs: RaceState["runs"], views: Views, landscapeParam: number): Views {
  let { landscapeView, contourView } = views;
  for (const racer of runs) {
    if (racer.status.kind === "diverged") continue;
    landscapeView = followSliceView(landscapeView, racer, landscapeParam);
    const pair = pairAt(racer, views.contourPair);
    if (pair && contourView) contourView = followPairView(contourView, racer, pair);
  }
  return landscapeView === views.landscapeView && contourView === views.contourView
    ? views
    : { ...views, landscapeView, contourView };
}
