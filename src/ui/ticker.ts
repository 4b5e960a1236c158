/**
 * Share of the wall clock one dashboard's frames (its engine slice, its drawing, the keys drawn
 * with them) may keep busy. A frame that costs more than this of its slot lowers the frame rate:
 * the rest of the time stays free for the keys, the network and the other dashboards in the
 * process (gd-tui serve: a viewer at 500x200 draws far slower than one at 80x24).
 */
export const MAX_BUSY = 0.75;

/**
 * Milliseconds from the end of a frame (`finished`) that began at `start` to the next one, for a
 * dashboard that may keep the process busy `maxBusy` of the time.
 */
export function nextTickDelay(
  start: number,
  finished: number,
  frameMs: number,
  maxBusy: number = MAX_BUSY,
): number {
  const period = Math.max(frameMs, (finished - start) / maxBusy);
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
  /** The share of the wall clock this dashboard's frames may take now. @default MAX_BUSY */
  readonly busyShare?: () => number;
  /** Told after each frame whether it took more than that share of its slot (and stretched it). */
  readonly onStretched?: (isStretched: boolean) => void;
}

/**
 * Calls `onTick` once a frame, each timeout set when the last frame is drawn: an interval would
 * fire again at once after a frame that overran its slot, so slow frames piled up back to back
 * and nothing else in the process got a turn. Returns a way to stop.
 */
export function startTicker({
  frameMs,
  now,
  onTick,
  busyShare = () => MAX_BUSY,
  onStretched,
}: TickerOptions): () => void {
  let isStopped = false;
  let timer: ReturnType<typeof setTimeout>;
  const tick = () => {
    const start = now();
    let isDrawn = false;
    onTick(() => {
      if (isStopped || isDrawn) return;
      isDrawn = true;
      const finished = now();
      const maxBusy = busyShare();
      onStretched?.(finished - start > maxBusy * frameMs);
      timer = setTimeout(tick, nextTickDelay(start, finished, frameMs, maxBusy));
    });
  };
  timer = setTimeout(tick, frameMs);
  return () => {
    isStopped = true;
    clearTimeout(timer);
  };
}
