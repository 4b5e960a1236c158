import type { Dataset } from "../core/data.js";
import { quote } from "../core/quote.js";
import { cell, splitQuoted } from "./csv-cells.js";
import { DecimalScanner } from "./decimal-scanner.js";
import { InputError } from "./input-error.js";
import { NumberColumn } from "./number-column.js";

const QUOTE = 0x22;
const COMMA = 0x2c;

/**
 * CSV with the header `x,y` (any case), read as it arrives: only the two columns of numbers are
 * kept, never the text, so memory follows the rows and not the file. Blank lines and spaces around
 * cells are ignored, CRLF is fine, and a field may be double-quoted (`"1.5"`, `""` for a quote).
 * csv-parse did this before, but its per-record bookkeeping made a million rows take seconds.
 */
export class CsvReader {
  private readonly scanner = new DecimalScanner();
  private readonly xs = new NumberColumn();
  private readonly ys = new NumberColumn();
  private hasHeader = false;
  /** The text of a record not yet ended by a newline, in pieces (joined once, when it ends). */
  private pending: string[] = [];
  /** Whether the pending text has an odd number of quotes: a newline there is inside a field. */
  private isInQuotes = false;
  /** Whether the quote left open in the pending record was found to open a field. */
  private isOpenChecked = false;
  /** The line the pending record starts on, and the line being read. */
  private recordLine = 1;
  private line = 1;

  constructor(
    /** The source as messages name it (already escaped). */
    private readonly name: string,
    private readonly maxRows: number,
  ) {}

  /** The next piece of the text, cut anywhere (in a line, a cell, between CR and LF). */
  push(text: string): void {
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      if (end >= 0 && this.pending.length === 0 && this.hasHeader && this.row(text, start, end)) {
        this.line++;
        this.recordLine = this.line;
        start = end + 1;
        continue;
      }
      const piece = end < 0 ? text.slice(start) : text.slice(start, end);
      if (piece.length > 0 && piece.includes('"')) this.countQuotes(piece);
      if (end < 0) {
        if (piece.length > 0) this.pending.push(piece);
        return;
      }
      this.line++;
      start = end + 1;
      if (this.isInQuotes) {
        // A quote that opens a field goes on to the next line; any other is wrong at once.
        if (!this.isOpenChecked) {
          this.pending.push(piece);
          this.pending = [this.pending.join("")];
          splitQuoted(this.pending[0] as string, `${this.name} line ${this.recordLine}`);
          this.isOpenChecked = true;
        } else {
          this.pending.push(piece);
        }
        this.pending.push("\n");
        continue;
      }
      const record = this.pending.length === 0 ? piece : this.pending.join("") + piece;
      this.pending = [];
      this.isOpenChecked = false;
      this.record(record, this.recordLine);
      this.recordLine = this.line;
    }
  }

  /** The data set, once the text has ended. */
  end(): Dataset {
    if (this.pending.length > 0) this.record(this.pending.join(""), this.recordLine);
    this.pending = [];
    if (!this.hasHeader) throw new InputError(`${this.name}: no header line x,y`);
    if (this.xs.length === 0) {
      throw new InputError(`${this.name}: no data rows after the header`);
    }
    return { name: this.name, xs: this.xs.toArray(), ys: this.ys.toArray() };
  }

  /**
   * The common line, two plain numbers and a comma, read in place without cutting the line out;
   * false for anything else, which `record` then reads (and explains, if it is wrong).
   */
  private row(text: string, start: number, end: number): boolean {
    const scan = this.scanner;
    scan.scan(text, start, end);
    const comma = scan.end;
    if (comma < 0 || comma >= end || text.charCodeAt(comma) !== COMMA) return false;
    const x = Number.isNaN(scan.value) ? Number(text.slice(start, comma)) : scan.value;
    scan.scan(text, comma + 1, end);
    if (scan.end !== end) return false;
    const y = Number.isNaN(scan.value) ? Number(text.slice(comma + 1, end)) : scan.value;
    if (!Number.isFinite(x) || !Number.isFinite(y) || this.xs.length === this.maxRows) return false;
    this.xs.push(x);
    this.ys.push(y);
    return true;
  }

  private countQuotes(piece: string): void {
    for (let i = piece.indexOf('"'); i >= 0; i = piece.indexOf('"', i + 1)) {
      this.isInQuotes = !this.isInQuotes;
    }
  }

  private record(text: string, line: number): void {
    const where = `${this.name} line ${line}`;
    let cells: readonly string[];
    if (text.charCodeAt(0) !== QUOTE && !text.includes('"')) {
      const comma = text.indexOf(",");
      if (comma >= 0 && text.indexOf(",", comma + 1) < 0) {
        cells = [text.slice(0, comma), text.slice(comma + 1)];
      } else {
        if (text.trim() === "") return;
        cells = text.split(",");
      }
    } else {
      const quoted = splitQuoted(text, where);
      if (quoted === undefined) {
        throw new InputError(`${where}: not valid CSV (a quoted field is never closed)`);
      }
      cells = quoted;
    }
    if (!this.hasHeader) {
      this.header(cells, where);
      return;
    }
    if (cells.length !== 2) {
      throw new InputError(`${where}: expected 2 columns (x,y), found ${cells.length}`);
    }
    if (this.xs.length === this.maxRows) {
      throw new InputError(
        `${where}: more than ${this.maxRows.toLocaleString("en-US")} rows, the cap (--max-rows)`,
      );
    }
    this.xs.push(cell(cells[0] as string, where, "x"));
    this.ys.push(cell(cells[1] as string, where, "y"));
  }

  private header(cells: readonly string[], where: string): void {
    const names = cells.map((name) => name.trim().toLowerCase());
    if (names.length !== 2 || names[0] !== "x" || names[1] !== "y") {
      const found = quote(cells.map((name) => name.trim()).join(","));
      throw new InputError(`${where}: the header must be 'x,y', found ${found}`);
    }
    this.hasHeader = true;
  }
}
