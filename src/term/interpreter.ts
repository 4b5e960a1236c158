import stringWidth from "string-width";
import { blankScreen, eraseCells, resizedScreen, type Screen, scrollUp } from "./screen.js";
import { applySgr, defaultPen, eraseKey, type Pen, penKey } from "./sgr.js";

/** What the interpreter does not draw itself, in the order it met it. */
export interface InterpreterSink {
  /** A sequence with no effect on cells (cursor visibility, modes, titles): sent on as it is. */
  passthrough(sequence: string): void;
  /** `ESC [ ? 2026 h` / `l`: a frame begins or ends. */
  synchronized(isStart: boolean): void;
  /** `ESC [ ? 1049 h` / `l` (or 47, 1047): the alternate screen entered or left. */
  alternateScreen(isEnter: boolean): void;
}

/** Cursor and pen: where the next character goes and how it looks. */
interface Cursor {
  row: number;
  column: number;
  /** Written into the last column: the next character goes to the next line first. */
  isWrapPending: boolean;
}

// ESC [ params intermediates final; ESC ] ... (BEL | ESC \); ESC and one character.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const SEQUENCE = /\x1b(?:\[([0-?]*)([ -/]*)([@-~])|\][^\x07\x1b]*(?:\x07|\x1b\\)|[^[\]])/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const INCOMPLETE = /\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*\x1b?)?$/;
const segmenter = new Intl.Segmenter();
/** A sequence cut off at the end of a write waits for the next; one this long is never ending. */
const MAX_CARRY = 4096;

/**
 * A character that is a grapheme by itself whatever follows, too common in a frame to cut with
 * Intl.Segmenter: Latin-1 to Latin Extended-B, Greek, dashes, arrows, mathematical operators, box
 * drawing, blocks and most geometric shapes (not U+25FD-25FF, emoji-like). A combining mark after
 * one is met on its own and joins it (Interpreter.put).
 */
const isAlone = (code: number): boolean =>
  (code >= 0xa0 && code <= 0x24f) ||
  (code >= 0x370 && code <= 0x3ff) ||
  (code >= 0x2010 && code <= 0x2027) ||
  (code >= 0x2190 && code <= 0x22ff) ||
  (code >= 0x2500 && code <= 0x25fc);

/**
 * Interprets a program's output as a terminal would (the subset Ink writes: text, SGR, cursor
 * moves, erases), onto a Screen. "\n" moves to the start of the next line, as a tty's onlcr makes
 * it: Ink writes for one.
 */
export class Interpreter {
  screen: Screen;
  readonly cursor: Cursor = { row: 0, column: 0, isWrapPending: false };
  private readonly pen: Pen = defaultPen();
  private penStyle = "";
  private saved: Cursor = { row: 0, column: 0, isWrapPending: false };
  private carry = "";
  private readonly widths = new Map<string, number>();

  constructor(columns: number, rows: number) {
    this.screen = blankScreen(columns, rows);
  }

  resize(columns: number, rows: number): void {
    this.screen = resizedScreen(this.screen, columns, rows);
    this.moveTo(this.cursor.row, this.cursor.column);
  }

  /** Blank screen, cursor home (entering the alternate screen, or a reset). */
  clear(): void {
    this.screen = blankScreen(this.screen.columns, this.screen.rows);
    this.moveTo(0, 0);
  }

  feed(text: string, sink: InterpreterSink): void {
    let input = this.carry + text;
    this.carry = "";
    const incomplete = INCOMPLETE.exec(input);
    if (incomplete && incomplete[0] !== "" && incomplete[0].length <= MAX_CARRY) {
      this.carry = incomplete[0];
      input = input.slice(0, incomplete.index);
    }
    let at = 0;
    while (at < input.length) {
      const escapeAt = input.indexOf("\x1b", at);
      const end = escapeAt === -1 ? input.length : escapeAt;
      if (end > at) this.text(input.slice(at, end), sink);
      if (escapeAt === -1) break;
      SEQUENCE.lastIndex = escapeAt;
      const match = SEQUENCE.exec(input);
      if (!match) {
        at = escapeAt + 1;
        continue;
      }
      at = SEQUENCE.lastIndex;
      if (match[3] !== undefined) this.csi(match[1] as string, match[2] as string, match[3], sink);
      else this.escape(match[0], sink);
    }
  }

  private text(text: string, sink: InterpreterSink): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x20 && code < 0x7f) {
        this.put(text[i] as string, 1);
        continue;
      }
      if (code < 0x20 || code === 0x7f) {
        this.control(code, sink);
        continue;
      }
      if (isAlone(code)) {
        this.put(text[i] as string, this.widthOf(text[i] as string));
        continue;
      }
      // A run of other non-ASCII text, cut into graphemes, each with its width.
      let stop = i + 1;
      while (
        stop < text.length &&
        text.charCodeAt(stop) > 0x7f &&
        !isAlone(text.charCodeAt(stop))
      ) {
        stop++;
      }
      for (const { segment } of segmenter.segment(text.slice(i, stop))) {
        this.put(segment, this.widthOf(segment));
      }
      i = stop - 1;
    }
  }

  /** Graphemes met once are met again (borders, plot marks): their widths are kept. */
  private widthOf(grapheme: string): number {
    let width = this.widths.get(grapheme);
    if (width === undefined) {
      width = stringWidth(grapheme);
      if (this.widths.size < 4096) this.widths.set(grapheme, width);
    }
    return width;
  }

  private control(code: number, sink: InterpreterSink): void {
    const { cursor } = this;
    if (code === 0x0a) {
      this.lineFeed();
      cursor.column = 0;
    } else if (code === 0x0d) this.moveTo(cursor.row, 0);
    else if (code === 0x08) this.moveTo(cursor.row, cursor.column - 1);
    else if (code === 0x09) this.moveTo(cursor.row, (Math.floor(cursor.column / 8) + 1) * 8);
    else if (code === 0x07) sink.passthrough("\x07");
  }

  private lineFeed(): void {
    this.cursor.isWrapPending = false;
    if (this.cursor.row === this.screen.rows - 1) scrollUp(this.screen, eraseKey(this.pen));
    else this.cursor.row++;
  }

  private put(char: string, width: number): void {
    const { screen, cursor } = this;
    if (width === 0) {
      // A combining mark joins the character before it.
      const column = cursor.isWrapPending ? cursor.column : cursor.column - 1;
      const at = cursor.row * screen.columns + Math.max(0, column);
      if (column >= 0 && screen.chars[at] !== "") screen.chars[at] += char;
      return;
    }
    if (cursor.isWrapPending || cursor.column + width > screen.columns) {
      if (width > screen.columns) return;
      // A wide character that does not fit leaves the last cell blank, as xterm does.
      if (!cursor.isWrapPending) this.eraseAt(cursor.column, screen.columns);
      this.lineFeed();
      cursor.column = 0;
    }
    const at = cursor.row * screen.columns + cursor.column;
    eraseCells(screen, at, at + width, this.penStyle);
    screen.chars[at] = char;
    if (width === 2) screen.chars[at + 1] = "";
    if (cursor.column + width >= screen.columns) {
      cursor.column = screen.columns - 1;
      cursor.isWrapPending = true;
    } else cursor.column += width;
  }

  private eraseAt(from: number, to: number): void {
    const start = this.cursor.row * this.screen.columns;
    eraseCells(this.screen, start + from, start + to, eraseKey(this.pen));
  }

  private moveTo(row: number, column: number): void {
    this.cursor.row = Math.max(0, Math.min(this.screen.rows - 1, row));
    this.cursor.column = Math.max(0, Math.min(this.screen.columns - 1, column));
    this.cursor.isWrapPending = false;
  }

  private escape(sequence: string, sink: InterpreterSink): void {
    if (sequence === "\x1b7") this.saved = { ...this.cursor };
    else if (sequence === "\x1b8") Object.assign(this.cursor, this.saved);
    else sink.passthrough(sequence);
  }

  private csi(params: string, intermediates: string, final: string, sink: InterpreterSink): void {
    const raw = `\x1b[${params}${intermediates}${final}`;
    if (params.startsWith("?") && (final === "h" || final === "l") && intermediates === "") {
      this.privateMode(params.slice(1), final === "h", raw, sink);
      return;
    }
    if (intermediates !== "" || /^[<=>?]/.test(params)) {
      sink.passthrough(raw);
      return;
    }
    const args = params.split(";").map((p) => (p === "" ? 0 : Number(p)));
    const n = Math.max(1, args[0] ?? 0);
    const { cursor } = this;
    const { row, column } = cursor;
    switch (final) {
      case "m":
        applySgr(this.pen, params);
        this.penStyle = penKey(this.pen);
        return;
      case "A":
        this.moveTo(row - n, column);
        return;
      case "B":
        this.moveTo(row + n, column);
        return;
      case "C":
        this.moveTo(row, column + n);
        return;
      case "D":
        this.moveTo(row, column - n);
        return;
      case "E":
        this.moveTo(row + n, 0);
        return;
      case "F":
        this.moveTo(row - n, 0);
        return;
      case "G":
      case "`":
        this.moveTo(row, n - 1);
        return;
      case "d":
        this.moveTo(n - 1, column);
        return;
      case "H":
      case "f":
        this.moveTo(n - 1, Math.max(1, args[1] ?? 0) - 1);
        return;
      case "K":
        this.eraseLine(args[0] ?? 0);
        return;
      case "J":
        this.eraseDisplay(args[0] ?? 0);
        return;
      case "s":
        this.saved = { ...cursor };
        return;
      case "u":
        Object.assign(cursor, this.saved);
        return;
      default:
        // Anything else that draws (insert/delete lines, scroll regions) Ink does not write.
        sink.passthrough(raw);
    }
  }

  private eraseLine(mode: number): void {
    const { column } = this.cursor;
    if (mode === 0) this.eraseAt(column, this.screen.columns);
    else if (mode === 1) this.eraseAt(0, column + 1);
    else this.eraseAt(0, this.screen.columns);
    this.cursor.isWrapPending = false;
  }

  private eraseDisplay(mode: number): void {
    const at = this.cursor.row * this.screen.columns + this.cursor.column;
    const style = eraseKey(this.pen);
    if (mode === 0) eraseCells(this.screen, at, this.screen.chars.length, style);
    else if (mode === 1) eraseCells(this.screen, 0, at + 1, style);
    else eraseCells(this.screen, 0, this.screen.chars.length, style);
  }

  private privateMode(modes: string, isSet: boolean, raw: string, sink: InterpreterSink): void {
    if (modes === "2026") sink.synchronized(isSet);
    else if (modes === "1049" || modes === "1047" || modes === "47") sink.alternateScreen(isSet);
    else sink.passthrough(raw);
  }
}
