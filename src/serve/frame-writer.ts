/** Ink's synchronized-output markers (DEC mode 2026), which it puts around every frame. */
export const BEGIN_FRAME = "\x1b[?2026h";
export const END_FRAME = "\x1b[?2026l";
/** Cursor home and erase the screen: a frame after skipped ones starts from a blank screen. */
export const CLEAR = "\x1b[H\x1b[2J";

/** Bytes waiting in the viewer's connection past which frames wait and coalesce. */
export const MAX_BACKLOG = 64 * 1024;
/** A frame at the largest size a viewer gets (500×200, coloured) is well under this. */
const MAX_FRAME = 4 * 1024 * 1024;
/** Writes outside frames held while waiting, past which they are dropped and the screen repainted. */
const MAX_QUEUED = 64 * 1024;

export interface FrameSink {
  write(text: string): void;
  /** Bytes written but not yet taken by the viewer's connection. */
  backlog(): number;
}

interface Unit {
  readonly isFrame: boolean;
  readonly text: string;
}

/**
 * Between Ink and one viewer's connection. While the viewer keeps up, every write goes straight
 * through, `\n` as `\r\n` (a pty would do that; an SSH channel does not). When the viewer falls
 * behind (a slow link, or a client that stopped reading), frames wait here and each new one
 * replaces the one waiting, so the memory held for a viewer is one frame however long it lags;
 * the first frame sent after a replaced one clears the screen, since Ink's erasing counts lines of
 * a frame the viewer never saw.
 */
export class FrameWriter {
  private readonly queue: Unit[] = [];
  private queued = 0;
  private partial: string | undefined;
  private hasSkipped = false;
  /** Frames replaced unsent since the start: for tests and the benchmark. */
  skipped = 0;

  constructor(private readonly sink: FrameSink) {}

  push(text: string): void {
    let rest = text;
    while (rest !== "") {
      if (this.partial === undefined) {
        const at = rest.indexOf(BEGIN_FRAME);
        if (at < 0) {
          this.enqueue({ isFrame: false, text: rest });
          break;
        }
        if (at > 0) this.enqueue({ isFrame: false, text: rest.slice(0, at) });
        this.partial = "";
        rest = rest.slice(at);
      } else {
        const end = rest.indexOf(END_FRAME);
        if (end < 0) {
          this.partial += rest;
          // Ink always ends its frames; should one never end, it is not held without bound.
          if (this.partial.length > MAX_FRAME) {
            this.enqueue({ isFrame: false, text: this.partial });
            this.partial = undefined;
          }
          break;
        }
        this.enqueue({ isFrame: true, text: this.partial + rest.slice(0, end + END_FRAME.length) });
        this.partial = undefined;
        rest = rest.slice(end + END_FRAME.length);
      }
    }
    this.pump();
  }

  private enqueue(unit: Unit): void {
    if (unit.isFrame) {
      const older = this.queue.findIndex((queued) => queued.isFrame);
      if (older >= 0) {
        this.queued -= (this.queue[older] as Unit).text.length;
        this.queue.splice(older, 1);
        this.hasSkipped = true;
        this.skipped++;
      }
    }
    this.queue.push(unit);
    this.queued += unit.text.length;
    if (this.queued > MAX_QUEUED + unit.text.length) {
      // Only a flood of writes outside frames gets here; the next frame repaints everything.
      this.queue.length = 0;
      this.queued = 0;
      this.hasSkipped = true;
    }
  }

  /** Sends what waits, as far as the viewer's connection takes it. */
  pump(): void {
    while (this.queue.length > 0 && this.sink.backlog() < MAX_BACKLOG) {
      const unit = this.queue.shift() as Unit;
      this.queued -= unit.text.length;
      let { text } = unit;
      if (unit.isFrame && this.hasSkipped) {
        text = BEGIN_FRAME + CLEAR + text.slice(BEGIN_FRAME.length);
        this.hasSkipped = false;
      }
      this.sink.write(text.replace(/\r?\n/g, "\r\n"));
    }
  }

  /** Bytes held for the viewer: waiting here, and written but not yet taken by the connection. */
  get pending(): number {
    return this.queued + (this.partial?.length ?? 0) + this.sink.backlog();
  }
}
