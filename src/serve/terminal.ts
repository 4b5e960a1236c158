import { EventEmitter } from "node:events";
import { Readable } from "node:stream";

/** The largest terminal a viewer gets drawn: beyond it a frame costs more than it shows. */
export const MAX_COLUMNS = 500;
export const MAX_ROWS = 200;
/** Window changes are applied at most this often: a storm of them costs one redraw a period. */
export const RESIZE_MS = 100;
/** Bytes of keys a viewer may send a second, and at once: a key held down is ~30 a second. */
export const KEY_RATE = 256;
export const KEY_BURST = 1024;
/** Bytes waiting in the viewer's connection past which frames wait and coalesce. */
export const MAX_BACKLOG = 64 * 1024;

/** A pty size as a client gave it, within what the dashboard draws; 0 (unknown) reads as 80×24. */
export function clampSize(columns: number, rows: number): { columns: number; rows: number } {
  const within = (n: number, fallback: number, max: number) =>
    Number.isSafeInteger(n) && n > 0 ? Math.min(n, max) : fallback;
  return { columns: within(columns, 80, MAX_COLUMNS), rows: within(rows, 24, MAX_ROWS) };
}

/** Where a viewer's bytes go: their SSH channel. */
export interface ViewerSink {
  write(text: string): void;
  /** Bytes written but not yet taken by the viewer's connection. */
  backlog(): number;
}

/**
 * The screen side of a viewer's terminal, as the cell-diff writer (src/term) expects its output:
 * `columns`, `rows`, `isTTY`, `resize` events, and `writableNeedDrain` while the viewer's
 * connection holds MAX_BACKLOG bytes or more; the writer then holds back and, on `drain`, sends
 * one frame from what the viewer has to what the dashboard shows, so the memory held for a viewer
 * who lags or stops reading is one screen. `\n` goes out as `\r\n` (a pty would do that; an SSH
 * channel does not).
 */
export class ViewerOutput extends EventEmitter {
  readonly isTTY = true;
  columns: number;
  rows: number;
  private resizeTimer: NodeJS.Timeout | undefined;
  private next: { columns: number; rows: number } | undefined;
  private readonly windowListeners = new Set<() => void>();

  constructor(
    private readonly sink: ViewerSink,
    columns: number,
    rows: number,
  ) {
    super();
    const size = clampSize(columns, rows);
    this.columns = size.columns;
    this.rows = size.rows;
  }

  write(text: string): boolean {
    this.sink.write(text.replace(/\r?\n/g, "\r\n"));
    return !this.writableNeedDrain;
  }

  get writableNeedDrain(): boolean {
    return this.sink.backlog() >= MAX_BACKLOG;
  }

  /** Bytes held for the viewer: written but not yet taken by their connection. */
  get pending(): number {
    return this.sink.backlog();
  }

  /** Tells a writer waiting for the connection to drain that it has (called as it may have). */
  pump(): void {
    if (this.listenerCount("drain") > 0 && !this.writableNeedDrain) this.emit("drain");
  }

  /**
   * A window change: applied now, or at the end of the current period if one was just applied.
   * Each applied one reaches the `onWindowChange` listeners, even at the size the viewer had: in
   * between, their terminal may have been through others and cut what was drawn.
   */
  resize(columns: number, rows: number): void {
    this.next = clampSize(columns, rows);
    if (this.resizeTimer) return;
    this.apply();
    this.resizeTimer = setTimeout(() => {
      this.resizeTimer = undefined;
      if (this.next) this.apply();
    }, RESIZE_MS);
  }

  /** As DashboardIo's `onWindowChange`. */
  onWindowChange = (listener: () => void): (() => void) => {
    this.windowListeners.add(listener);
    return () => this.windowListeners.delete(listener);
  };

  private apply(): void {
    const next = this.next;
    this.next = undefined;
    if (!next) return;
    const isNewSize = next.columns !== this.columns || next.rows !== this.rows;
    this.columns = next.columns;
    this.rows = next.rows;
    if (isNewSize) this.emit("resize");
    for (const listener of this.windowListeners) listener();
  }

  destroy(): void {
    clearTimeout(this.resizeTimer);
    this.resizeTimer = undefined;
    this.windowListeners.clear();
    this.removeAllListeners();
  }
}

/**
 * The keyboard side as Ink expects a TTY's stdin: raw mode is the client's own terminal's business,
 * so setRawMode, ref and unref do nothing. Keys beyond KEY_RATE a second are dropped, and the
 * channel is paused meanwhile, so a client sending gigabytes is held back by SSH's own window
 * rather than buffered here.
 */
export class ViewerInput extends Readable {
  readonly isTTY = true;
  isRaw = false;
  private tokens = KEY_BURST;
  private last: number;
  /** Bytes of keys dropped over the rate: for tests. */
  dropped = 0;

  constructor(
    private readonly now: () => number,
    private readonly hold: (ms: number) => void,
  ) {
    super();
    this.last = now();
  }

  override _read(): void {}

  setRawMode(isRaw: boolean): this {
    this.isRaw = isRaw;
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  /** Keys from the client, as far as the rate allows. */
  receive(data: Buffer): void {
    const at = this.now();
    this.tokens = Math.min(KEY_BURST, this.tokens + ((at - this.last) * KEY_RATE) / 1000);
    this.last = at;
    const allowed = Math.min(data.length, Math.floor(this.tokens));
    this.tokens -= allowed;
    if (allowed < data.length) {
      this.dropped += data.length - allowed;
      this.hold(1000);
    }
    // Ink reads what arrives every time; should it stop, keys are not stacked up here either.
    if (allowed > 0 && this.readableLength < KEY_BURST) {
      this.push(data.subarray(0, allowed));
      // Said without reading them: they stay for whoever reads stdin (gd-tui serve's groups).
      this.emit("keys");
    }
  }
}
