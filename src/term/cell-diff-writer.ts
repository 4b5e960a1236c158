import { Writable } from "node:stream";
import { drawChanges } from "./diff.js";
import { Interpreter, type InterpreterSink } from "./interpreter.js";
import { blankScreen, copyScreen, type Screen } from "./screen.js";

const BEGIN_FRAME = "\x1b[?2026h";
const END_FRAME = "\x1b[?2026l";
const CLEAR = "\x1b[0m\x1b[H\x1b[2J";
/** Bytes outside cells held while the output waits to drain. */
const MAX_HELD = 4096;

/** Where the cell-diff writer sends its bytes: a tty, an SSH channel, a test's sink. */
export interface TerminalOutput {
  write(chunk: string): boolean;
  /** Set while the output's buffer is full (a Writable's): frames wait and coalesce meanwhile. */
  readonly writableNeedDrain?: boolean;
  once?(event: "drain", listener: () => void): unknown;
  off?(event: "drain", listener: () => void): unknown;
}

export interface CellDiffOptions {
  readonly output: TerminalOutput;
  readonly columns: number;
  readonly rows: number;
  /**
   * The terminal is already on the alternate screen, showing `shown` (undefined: something not
   * known): entering it again sends nothing and the first frame draws from there.
   */
  readonly continues?: { readonly shown: Screen | undefined };
  /**
   * Asked when the dashboard leaves the alternate screen: true when what it shows stays for what
   * comes next (gd-tui serve hands a viewer back to their group, which draws over it whole), and
   * nothing more is sent, the leaving included.
   */
  readonly keepsScreen?: () => boolean;
}

/**
 * A stream to give Ink as its stdout that writes to the real terminal only the cells that changed.
 * It interprets what Ink writes onto a model of the screen Ink means (Interpreter), and at the end
 * of each of Ink's frames (its synchronized-output markers, or a turn of the event loop for
 * writes outside one) sends the difference from what the terminal shows, itself inside
 * synchronized-output markers. Ink rewrites its whole frame each time; most of it is the same.
 *
 * It has the `columns`, `rows` and `isTTY` Ink reads; `resize` sets a new size and emits the
 * `resize` event Ink and the dashboard listen for. After a resize the terminal's cells are unknown
 * (it reflowed or cut them), so the next frame starts with one clear. After leaving the alternate
 * screen every byte goes through untouched: what follows is for the normal screen.
 */
export class CellDiffWriter extends Writable {
  readonly isTTY = true;
  columns: number;
  rows: number;
  private readonly output: TerminalOutput;
  private readonly interpreter: Interpreter;
  /** What the terminal shows; undefined: unknown (before a clear). */
  private shown: Screen | undefined;
  /** Nothing drawn yet: the terminal is not ours to clear until there is something to draw. */
  private isUntouched = true;
  private pending = "";
  private frameDepth = 0;
  private isScheduled = false;
  private isWaitingForDrain = false;
  private isPassthrough = false;
  /** The dashboard has ended: what it writes from now on is dropped. */
  private isClosed = false;
  /** Its screen is handed over (keepsScreen): nothing more goes out, not even what is pending. */
  private isHandedOver = false;
  private readonly onDrain = () => {
    this.isWaitingForDrain = false;
    this.flush();
  };
  private readonly sink: InterpreterSink;

  constructor({ output, columns, rows, continues, keepsScreen }: CellDiffOptions) {
    super({ decodeStrings: false });
    this.output = output;
    this.columns = columns;
    this.rows = rows;
    this.interpreter = new Interpreter(columns, rows);
    this.sink = {
      passthrough: (sequence) => {
        this.drawPending();
        // Modes and titles held for a reader that stopped: past a bound they are dropped (a
        // program writes few; one that floods them gets no memory for it).
        if (!this.isWaitingForDrain || this.pending.length < MAX_HELD) this.pending += sequence;
      },
      synchronized: (isStart) => {
        if (isStart) this.frameDepth++;
        else if (this.frameDepth > 0 && --this.frameDepth === 0) this.flush();
      },
      alternateScreen: (isEnter) => {
        this.drawPending();
        // Entering, the alternate screen is blank; the pen is reset and the cursor put home, so
        // frames start from a known state.
        if (!isEnter) {
          if (keepsScreen?.()) this.handOver();
          else {
            this.pending += "\x1b[?1049l";
            this.isPassthrough = true;
          }
          return;
        }
        this.isUntouched = false;
        this.interpreter.clear();
        const shown = continues?.shown;
        if (!continues) this.pending += "\x1b[?1049h\x1b[0m\x1b[H";
        this.shown = continues
          ? shown && shown.columns === this.columns && shown.rows === this.rows
            ? copyScreen(shown)
            : undefined
          : blankScreen(this.columns, this.rows);
      },
    };
  }

  /**
   * The terminal is now `columns` × `rows`: the model follows, then Ink hears of it. The same size
   * as before is still news: in a storm of resizes the terminal may have been through others,
   * cutting what was drawn, before this one was read; the screen is drawn again whole, once.
   */
  resize(columns: number, rows: number): void {
    if (columns === this.columns && rows === this.rows) {
      this.shown = undefined;
      if (!this.isPassthrough && this.frameDepth === 0) this.schedule();
      return;
    }
    this.columns = columns;
    this.rows = rows;
    this.interpreter.resize(columns, rows);
    this.shown = undefined;
    this.emit("resize");
  }

  /**
   * The dashboard has ended: later writes are dropped. What it wrote last (the leaving of the
   * alternate screen, the cursor shown) still goes out, once the output drains if it must.
   */
  close(): void {
    this.isClosed = true;
  }

  /** Nothing more is sent, pending or not, and a wait for the output to drain ends. */
  private handOver(): void {
    this.isHandedOver = true;
    this.pending = "";
    if (this.isWaitingForDrain) this.output.off?.("drain", this.onDrain);
    this.isWaitingForDrain = false;
  }

  override _write(chunk: unknown, _encoding: BufferEncoding, done: (error?: Error) => void): void {
    const text = typeof chunk === "string" ? chunk : String(chunk);
    if (this.isClosed || this.isHandedOver) {
      done();
      return;
    }
    if (this.isPassthrough) this.output.write(text);
    else {
      this.interpreter.feed(text, this.sink);
      if (this.isPassthrough) this.flush();
      else if (this.frameDepth === 0) this.schedule();
    }
    done();
  }

  /** Writes outside a frame are gathered until the event loop turns, then drawn as one. */
  private schedule(): void {
    if (this.isScheduled) return;
    this.isScheduled = true;
    setImmediate(() => {
      this.isScheduled = false;
      if (this.frameDepth === 0) this.flush();
    });
  }

  /** Appends the cells changed so far to what goes out next. */
  private drawPending(): void {
    // Off the alternate screen, its cells are not the terminal's to draw.
    if (this.isWaitingForDrain || this.isPassthrough) return;
    const target = this.interpreter.screen;
    if (this.isUntouched && target.chars.every((char) => char === " ")) return;
    this.isUntouched = false;
    if (!this.shown || this.shown.columns !== target.columns || this.shown.rows !== target.rows) {
      this.pending += CLEAR;
      this.shown = blankScreen(target.columns, target.rows);
    }
    this.pending += drawChanges(this.shown, target);
  }

  private flush(): void {
    if (this.isWaitingForDrain || this.isHandedOver) return;
    if (this.output.writableNeedDrain && this.output.once) {
      // A reader that has stopped: nothing more is queued for it; when it drains, one frame
      // brings it from what it last got to the current screen.
      this.isWaitingForDrain = true;
      this.output.once("drain", this.onDrain);
      return;
    }
    this.drawPending();
    if (this.pending === "") return;
    const { row, column } = this.interpreter.cursor;
    const out = `${BEGIN_FRAME}${this.pending}\x1b[${row + 1};${column + 1}H${END_FRAME}`;
    this.pending = "";
    this.output.write(out);
  }

  /** A copy of the screen the terminal shows (undefined before the first frame): for tests. */
  shownScreen(): Screen | undefined {
    return this.shown && copyScreen(this.shown);
  }
}
