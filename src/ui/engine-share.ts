import { MAX_BUSY } from "./ticker.js";

/**
 * Share of the wall clock the engines of one process may take between them. The rest is the
 * frames' drawing and the keys, and, with many dashboards in one process (gd-tui serve), the
 * server itself: a viewer at top speed cannot starve the others or the presenter.
 */
export const ENGINE_SHARE = 0.5;

/**
 * One share of engine time, divided among the dashboards that want more of it than they get.
 * gd-tui serve makes one for the whole process and hands it to every dashboard; a dashboard on
 * its own gets one of its own. A runner asks for its frame's budget before each engine slice and
 * says afterwards whether the budget cut the slice short ("bound": it would have done more). Only
 * bound runners divide the share, so one at 10 updates a second costs a runner at top speed
 * nothing, and a runner that stops or leaves gives its part back at the others' next frame.
 */
export class EngineShare {
  private readonly bound = new Set<object>();
  private readonly stretched = new Set<object>();

  /**
   * @param share of each frame the engines may take together. @default ENGINE_SHARE
   * @param busy share of the wall clock the dashboards' frames (engine and drawing) may keep the
   * process busy, divided the same way among those whose frames it stretched. @default MAX_BUSY
   */
  constructor(
    readonly share: number = ENGINE_SHARE,
    readonly busy: number = MAX_BUSY,
  ) {}

  /** Milliseconds `runner`'s engine may take in a frame of `frameMs`. */
  budgetMs(runner: object, frameMs: number): number {
    const others = this.bound.size - (this.bound.has(runner) ? 1 : 0);
    return (this.share * frameMs) / (others + 1);
  }

  /** After a slice: whether its budget ended it before the updates it asked for were done. */
  report(runner: object, isBound: boolean): void {
    if (isBound) this.bound.add(runner);
    else this.bound.delete(runner);
  }

  /**
   * Share of the wall clock `runner`'s frames may take: two viewers at 500x200, whose frames each
   * take far longer than a slot to draw, get 3/8 each, and the rest of the process a quarter.
   */
  busyShare(runner: object): number {
    const others = this.stretched.size - (this.stretched.has(runner) ? 1 : 0);
    return this.busy / (others + 1);
  }

  /** After a frame: whether it took more than its busy share of its slot. */
  reportStretched(runner: object, isStretched: boolean): void {
    if (isStretched) this.stretched.add(runner);
    else this.stretched.delete(runner);
  }

  /** The runner stopped (paused, ended, unmounted): it no longer divides the shares. */
  leave(runner: object): void {
    this.bound.delete(runner);
    this.stretched.delete(runner);
  }

  /** Runners currently dividing the share. */
  get boundCount(): number {
    return this.bound.size;
  }
}
