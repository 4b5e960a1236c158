/**
 * Share of the wall clock one dashboard's frames (its engine slice, its drawing, the keys drawn
 * with them) may keep busy. A frame that costs more than this of its slot lowers the frame rate:
 * the rest of the time stays free for the keys, the network and the other dashboards in the
 * process (gd-tui serve: a viewer at 500x200 draws far slower than one at 80x24).
 */
export const MAX_BUSY = 0.75;

/** Milliseconds from the end of a frame (`finished`) that began at `start` to the next one. */
export function nextTickDelay(start: number, finished: number, frameMs: number): number {
  const period = Math.max(frameMs, (finished - start) / MAX_BUSY);
  return Math.max(0, start + period - finished);
}

export interface TickerOptions {
  readonly frameMs: number;
  readonly now: () => number;
  /**
   * One frame's work; it calls `drawn` once the frame is on screen. React renders a dispatch in
   * a microtask after it, and Ink draws each render as it commits, so that is a microtask later.
   */
  readonly onTick: (drawn: () => void) => void;
}

/**
 * Calls `onTick` once a frame, each timeout set when the last frame is drawn: an interval would
 * fire again at once after a frame that overran its slot, so slow frames piled up back to back
 * and nothing else in the process got a turn. Returns a way to stop.
 */
export function startTicker({ frameMs, now, onTick }: TickerOptions): () => void {
  let isStopped = false;
  let timer: ReturnType<typeof setTimeout>;
  const tick = () => {
    const start = now();
    let isDrawn = false;
    onTick(() => {
      if (isStopped || isDrawn) return;
      isDrawn = true;
      timer = setTimeout(tick, nextTickDelay(start, now(), frameMs));
    });
  };
  timer = setTimeout(tick, frameMs);
  return () => {
    isStopped = true;
    clearTimeout(timer);
  };
}
