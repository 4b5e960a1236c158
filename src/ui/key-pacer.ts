/**
 * Keys between the terminal and the reducer, so that each is drawn soon and a flood of them is
 * not drawn one frame per key. Ink draws every render at once (its own frame limit is off: a
 * debounce, it held a key's frame back until after the next engine slice), so the pacing is
 * here: the keys read in one turn of the event loop (a chunk of input) are applied together, at
 * once if the last batch was `gapMs` ago or more, else when that much time has passed or at the
 * runner's next frame, which flushes them before its engine slice, whichever comes first.
 */
export class KeyPacer<T> {
  private queue: T[] = [];
  private lastFlush = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private isDue = false;
  private isDisposed = false;

  constructor(
    private readonly apply: (items: readonly T[]) => void,
    private readonly gapMs: number,
    private readonly now: () => number,
  ) {}

  push(item: T): void {
    if (this.isDisposed) return;
    this.queue.push(item);
    if (this.isDue || this.timer !== undefined) return;
    const wait = this.lastFlush + this.gapMs - this.now();
    if (wait > 0) {
      this.timer = setTimeout(() => this.flush(), wait);
      return;
    }
    // After the rest of this turn: every key of the chunk being read is in the batch.
    this.isDue = true;
    queueMicrotask(() => {
      this.isDue = false;
      this.flush();
    });
  }

  /** Applies the keys waiting, if any, in one go; says whether there were any. */
  flush(): boolean {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.isDisposed || this.queue.length === 0) return false;
    const items = this.queue;
    this.queue = [];
    this.lastFlush = this.now();
    this.apply(items);
    return true;
  }

  /** Drops what waits and takes no more (the app is unmounting). */
  dispose(): void {
    this.isDisposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queue = [];
  }
}
