import { Readable, Writable } from "node:stream";
import { type FrameSink, FrameWriter } from "./frame-writer.js";

/** The largest terminal a viewer gets drawn: beyond it a frame costs more than it shows. */
export const MAX_COLUMNS = 500;
export const MAX_ROWS = 200;
/** Window changes are applied at most this often: a storm of them costs one redraw a period. */
export const RESIZE_MS = 100;
/** Bytes of keys a viewer may send a second, and at once: a key held down is ~30 a second. */
export const KEY_RATE = 256;
export const KEY_BURST = 1024;

/** A pty size as a client gave it, within what the dashboard draws; 0 (unknown) reads as 80×24. */
export function clampSize(columns: number, rows: number): { columns: number; rows: number } {
  const within = (n: number, fallback: number, max: number) =>
    Number.isSafeInteger(n) && n > 0 ? Math.min(n, max) : fallback;
  return { columns: within(columns, 80, MAX_COLUMNS), rows: within(rows, 24, MAX_ROWS) };
}

/**
 * The screen side of a viewer's terminal as Ink expects a TTY's stdout: `columns`, `rows`,
 * `isTTY` and `resize` events; what Ink writes goes through a FrameWriter to the connection.
 */
export class ViewerOutput extends Writable {
  readonly isTTY = true;
  columns: number;
  rows: number;
  readonly frames: FrameWriter;
  private resizeTimer: NodeJS.Timeout | undefined;
  private next: { columns: number; rows: number } | undefined;

  constructor(sink: FrameSink, columns: number, rows: number) {
    super({ decodeStrings: false });
    const size = clampSize(columns, rows);
    this.columns = size.columns;
    this.rows = size.rows;
    this.frames = new FrameWriter(sink);
  }

  override _write(chunk: string | Buffer, _encoding: string, done: () => void): void {
    this.frames.push(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
    done();
  }

  /** A window change: applied now, or at the end of the current period if one was just applied. */
  resize(columns: number, rows: number): void {
    this.next = clampSize(columns, rows);
    if (this.resizeTimer) return;
    this.apply();
    this.resizeTimer = setTimeout(() => {
      this.resizeTimer = undefined;
      if (this.next) this.apply();
    }, RESIZE_MS);
  }

  private apply(): void {
    const next = this.next;
    this.next = undefined;
    if (!next || (next.columns === this.columns && next.rows === this.rows)) return;
    this.columns = next.columns;
    this.rows = next.rows;
    this.emit("resize");
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    clearTimeout(this.resizeTimer);
    done(error);
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
    if (allowed > 0 && this.readableLength < KEY_BURST) this.push(data.subarray(0, allowed));
  }
}
