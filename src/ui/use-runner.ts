import { useEffect, useRef } from "react";
import type { SessionAction } from "./session.js";

/** One clock for every render: a new function each time would restart the timer every frame. */
const monotonicNow = () => performance.now();

/** Updates asked of one frame at top speed to begin with; it then follows what the frames allow. */
const FIRST_BURST = 1000;
const MAX_BURST = 5_000_000;

/**
 * The one timer. While running it sends one `tick` a frame carrying as many updates as the speed
 * asks (fractions carried over, so 1 update/s at 12 frames/s is one update every 12th frame); at top
 * speed it doubles the updates while frames keep time and halves them when they run late. Paused
 * means no timer at all.
 */
export function useRunner(
  isRunning: boolean,
  speed: number,
  fps: number,
  dispatch: (action: SessionAction) => void,
  now: () => number = monotonicNow,
): void {
  const burst = useRef(FIRST_BURST);
  useEffect(() => {
    if (!isRunning) return;
    const frame = 1000 / fps;
    let carry = 0;
    let last = now();
    let done = 0;
    let since = last;
    const timer = setInterval(() => {
      const at = now();
      const late = at - last > frame * 1.5;
      last = at;
      let updates: number;
      if (Number.isFinite(speed)) {
        carry += speed / fps;
        updates = Math.floor(carry);
        carry -= updates;
      } else {
        burst.current = late
          ? Math.max(1, burst.current / 2)
          : Math.min(MAX_BURST, burst.current * 2);
        updates = Math.round(burst.current);
      }
      done += updates;
      const rate = at > since ? (done * 1000) / (at - since) : 0;
      if (at - since > 2000) {
        since = at;
        done = 0;
      }
      if (updates > 0) dispatch({ type: "tick", updates, rate });
    }, frame);
    return () => clearInterval(timer);
  }, [isRunning, speed, fps, dispatch, now]);
}
