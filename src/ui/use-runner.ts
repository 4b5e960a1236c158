import { useEffect, useRef } from "react";
import type { TimeBudget } from "../core/engine.js";
import type { SessionAction } from "./session.js";

/** One clock for every render: a new function each time would restart the timer every frame. */
const monotonicNow = () => performance.now();

/**
 * Share of a frame's time the engine may take. The rest is the frame's drawing and the keys, and,
 * with many dashboards in one process, the others' frames: one at top speed cannot starve them.
 */
export const ENGINE_SHARE = 0.5;

/** Updates asked of a frame at top speed: the time budget, not this, is what ends a frame's work. */
export const TOP_SPEED_UPDATES = 100_000_000;

/** The updates a frame asks for and the time it may spend on them, as the runner sends them. */
export function frameWork(
  speed: number,
  fps: number,
  carry: number,
  at: number,
  now: () => number,
): { updates: number; carry: number; budget: TimeBudget } {
  const budget = { now, until: at + (ENGINE_SHARE * 1000) / fps };
  if (!Number.isFinite(speed)) return { updates: TOP_SPEED_UPDATES, carry: 0, budget };
  // Fractions carry over, so 1 update/s at 12 frames/s is one update every 12th frame.
  const owed = carry + speed / fps;
  const updates = Math.floor(owed);
  return { updates, carry: owed - updates, budget };
}

/**
 * The one timer. While running it sends one `tick` a frame carrying the updates the speed asks
 * and a time budget (ENGINE_SHARE of the frame) that ends the engine's work early if it runs
 * long: at top speed it always does, so the engine runs as fast as the frames allow. The rate is
 * measured from `updatesDone`, the run's count, as the updates the budget let through. Paused
 * means no timer at all.
 */
export function useRunner(
  isRunning: boolean,
  speed: number,
  fps: number,
  updatesDone: number,
  dispatch: (action: SessionAction) => void,
  now: () => number = monotonicNow,
): void {
  const done = useRef(updatesDone);
  done.current = updatesDone;
  useEffect(() => {
    if (!isRunning) return;
    let carry = 0;
    let since = now();
    let sinceDone = done.current;
    const timer = setInterval(() => {
      const at = now();
      const rate = at > since ? (Math.max(0, done.current - sinceDone) * 1000) / (at - since) : 0;
      if (at - since > 2000) {
        since = at;
        sinceDone = done.current;
      }
      const work = frameWork(speed, fps, carry, at, now);
      carry = work.carry;
      if (work.updates > 0)
        dispatch({ type: "tick", updates: work.updates, rate, budget: work.budget });
    }, 1000 / fps);
    return () => clearInterval(timer);
  }, [isRunning, speed, fps, dispatch, now]);
}
