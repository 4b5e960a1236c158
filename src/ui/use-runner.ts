import { useEffect, useRef } from "react";
import type { TimeBudget } from "../core/engine.js";
import { ENGINE_SHARE, type EngineShare } from "./engine-share.js";
import type { SessionAction } from "./session.js";
import { startTicker } from "./ticker.js";

/** One clock for every render: a new function each time would restart the timer every frame. */
const monotonicNow = () => performance.now();

/** Updates asked of a frame at top speed: the time budget, not this, is what ends a frame's work. */
export const TOP_SPEED_UPDATES = 100_000_000;

/** The updates a frame asks for and the time it may spend on them, as the runner sends them. */
export function frameWork(
  speed: number,
  fps: number,
  carry: number,
  at: number,
  now: () => number,
  budgetMs: number = (ENGINE_SHARE * 1000) / fps,
): { updates: number; carry: number; budget: TimeBudget } {
  const budget = { now, until: at + budgetMs };
  if (!Number.isFinite(speed)) return { updates: TOP_SPEED_UPDATES, carry: 0, budget };
  // Fractions carry over, so 1 update/s at 12 frames/s is one update every 12th frame.
  const owed = carry + speed / fps;
  const updates = Math.floor(owed);
  return { updates, carry: owed - updates, budget };
}

export interface RunnerOptions {
  /** @default performance.now */
  readonly now?: () => number;
  /** The engine time this runner divides with others (gd-tui serve: one for the process). */
  readonly share: EngineShare;
  /**
   * Called at the start of each frame, before its engine slice: keys waiting are applied. True if
   * it dispatched anything: the slice then waits for that to be drawn.
   */
  readonly beforeSlice?: () => boolean;
}

/**
 * The one timer. While running it sends one `tick` a frame carrying the updates the speed asks
 * and a time budget (this runner's part of the engine share) that ends the engine's work early if
 * it runs long: at top speed it always does, so the engine runs as fast as the frames allow. The
 * next frame is timed from the end of the last (see startTicker). The rate is measured from
 * `updatesDone`, the run's count, as the updates the budget let through. Paused means no timer.
 */
export function useRunner(
  isRunning: boolean,
  speed: number,
  fps: number,
  updatesDone: number,
  dispatch: (action: SessionAction) => void,
  { now = monotonicNow, share, beforeSlice }: RunnerOptions,
): void {
  const done = useRef(updatesDone);
  done.current = updatesDone;
  const before = useRef(beforeSlice);
  before.current = beforeSlice;
  useEffect(() => {
    if (!isRunning) return;
    const self = {};
    const frameMs = 1000 / fps;
    let carry = 0;
    let since = now();
    let sinceDone = done.current;
    const slice = (drawn: () => void) => {
      const at = now();
      const rate = at > since ? (Math.max(0, done.current - sinceDone) * 1000) / (at - since) : 0;
      if (at - since > 2000) {
        since = at;
        sinceDone = done.current;
      }
      const work = frameWork(speed, fps, carry, at, now, share.budgetMs(self, frameMs));
      carry = work.carry;
      if (work.updates === 0) return drawn();
      const from = done.current;
      dispatch({ type: "tick", updates: work.updates, rate, budget: work.budget });
      // React renders the tick in a microtask queued before this one; Ink draws it as it commits.
      queueMicrotask(() => {
        share.report(self, done.current - from < work.updates);
        drawn();
      });
    };
    const stop = startTicker({
      frameMs,
      now,
      // Keys waiting are drawn first, on their own: the slice follows their render.
      onTick: (drawn) => (before.current?.() ? queueMicrotask(() => slice(drawn)) : slice(drawn)),
      busyShare: () => share.busyShare(self),
      onStretched: (isStretched) => share.reportStretched(self, isStretched),
    });
    return () => {
      stop();
      share.leave(self);
    };
  }, [isRunning, speed, fps, dispatch, now, share]);
}
