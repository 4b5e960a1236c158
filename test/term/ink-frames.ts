import fc from "fast-check";
import { CellDiffWriter, type TerminalOutput } from "../../src/term/cell-diff-writer.js";
import { cells, terminal, written } from "./xterm-screen.js";

// Frames written as Ink 6.8's log-update writes them: erase the lines it wrote last (ansi-escapes'
// eraseLines: erase line, cursor up, ..., column 1), then the frame and a newline, inside
// synchronized-output markers; and random such frames for property tests.

export const BEGIN = "\x1b[?2026h";
export const END = "\x1b[?2026l";

function eraseLines(count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += `\x1b[2K${i < count - 1 ? "\x1b[1A" : ""}`;
  return count > 0 ? `${out}\x1b[G` : "";
}

/**
 * Ink's writes for a run of frames, and the writer's output (to `output`, else kept in `out`);
 * entering the alternate screen first.
 */
export class InkLike {
  readonly out: string[] = [];
  readonly writer: CellDiffWriter;
  private lineCount = 0;
  constructor(columns: number, rows: number, output?: TerminalOutput) {
    this.writer = new CellDiffWriter({
      output: output ?? { write: (chunk) => this.out.push(chunk) > 0 },
      columns,
      rows,
    });
    this.writer.write("\x1b[?1049h\x1b[?25l");
  }
  frame(lines: readonly string[]): void {
    const text = `${lines.join("\n")}\n`;
    this.writer.write(BEGIN);
    this.writer.write(eraseLines(this.lineCount) + text);
    this.writer.write(END);
    this.lineCount = lines.length + 1;
  }
  /** Written since the last call. */
  take(): string {
    return this.out.splice(0).join("");
  }
}

/** A fresh terminal's cells after one frame drawn whole, from the top. */
export async function freshRender(columns: number, rows: number, lines: readonly string[]) {
  const term = terminal(columns, rows, true);
  await written(term, lines.join("\n"));
  return cells(term);
}

const STYLES = [
  "",
  "\x1b[1m",
  "\x1b[31m",
  "\x1b[2;44m",
  "\x1b[38;5;208m",
  "\x1b[7m",
  "\x1b[38;2;1;2;3m",
];
const GLYPHS = ["a", "b", " ", "─", "│", "●", "界", "9", "é", "e\u0301", "Δ", "∇", "·"];
const width = (glyph: string) => (glyph === "界" ? 2 : 1);

/** One line at most `columns` wide: styled pieces, each closed with a reset, as chalk does. */
export const line = (columns: number) =>
  fc
    .array(
      fc.record({
        style: fc.constantFrom(...STYLES),
        text: fc.array(fc.constantFrom(...GLYPHS), { maxLength: 12 }),
      }),
      { maxLength: 8 },
    )
    .map((pieces) => {
      let used = 0;
      let out = "";
      for (const { style, text } of pieces) {
        let run = "";
        for (const glyph of text) {
          if (used + width(glyph) > columns) break;
          used += width(glyph);
          run += glyph;
        }
        if (run) out += style ? `${style}${run}\x1b[0m` : run;
      }
      return out;
    });

export const frames = (columns: number, rows: number) =>
  fc.array(fc.array(line(columns), { minLength: 1, maxLength: rows - 1 }), {
    minLength: 1,
    maxLength: 6,
  });

export const sized = fc
  .tuple(fc.integer({ min: 4, max: 30 }), fc.integer({ min: 2, max: 10 }))
  .chain(([columns, rows]) =>
    fc.tuple(fc.constant(columns), fc.constant(rows), frames(columns, rows)),
  );
