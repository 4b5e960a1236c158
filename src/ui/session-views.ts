import { fitPairView, followPairView, type PairView, pairsOf } from "../core/contour.js";
import { fitSliceView, followSliceView } from "../core/landscape.js";
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

interface Watched extends Views {
  readonly run: RunState;
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
  const count = pairsOf(session.run.params.length).length;
  const contourPair = (session.contourPair + 1) % Math.max(1, count);
  if (contourPair === session.contourPair) return session;
  const pair = pairAt(session.run, contourPair);
  return { ...session, contourPair, contourView: pair && fitPairView(session.run, pair) };
}

const isSameAxis = (a: AxisView | undefined, b: AxisView | undefined) =>
  a === b ||
  (a !== undefined && b !== undefined && a.lo === b.lo && a.hi === b.hi && a.zoom === b.zoom);

/** Both views fitted to the minimum and the path (the `z` key); the same object if they were. */
export function resetViews<S extends Watched>(session: S): S {
  const fitted = fittedViews(session.run, session.landscapeParam, session.contourPair);
  const isSame =
    isSameAxis(fitted.landscapeView, session.landscapeView) &&
    isSameAxis(fitted.contourView?.x, session.contourView?.x) &&
    isSameAxis(fitted.contourView?.y, session.contourView?.y);
  return isSame ? session : { ...session, ...fitted };
}

/**
 * The views after `before` became `after`: fitted again for another parameter or a run back at
 * its start, widened when the point left them, else kept (the same object when nothing changed).
 */
export function followViews<S extends Watched>(before: S, after: S): S {
  const { run } = after;
  const isRestart = run !== before.run && run.updates === 0 && before.run.updates !== 0;
  if (isRestart || run.config !== before.run.config) return resetViews(after);
  let next = after;
  if (after.landscapeParam !== before.landscapeParam) {
    next = { ...next, landscapeView: fitSliceView(run, after.landscapeParam) };
  }
  if (run === before.run) return next;
  const landscapeView = followSliceView(next.landscapeView, run, next.landscapeParam);
  const pair = pairAt(run, next.contourPair);
  const contourView =
    pair && next.contourView ? followPairView(next.contourView, run, pair) : next.contourView;
  return landscapeView === next.landscapeView && contourView === next.contourView
    ? next
    : { ...next, landscapeView, contourView };
}
