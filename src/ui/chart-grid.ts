import { plot } from "asciichart";
import { formatShort } from "../core/format.js";

/**
 * What `plot.ts` and `landscape-plot.ts` share: the y scale, the label column, and the one call
 * into asciichart. asciichart throws on empty or non-finite input and sizes itself from the data,
 * so everything here hands it integer row levels it cannot misread.
 */

/** "-1.23e+15" is the widest three-digit label short of |exponent| ≥ 100; fixed so nothing jumps. */
export const LABEL_WIDTH = 9;
/** The label, one space, then the plot area (whose first column is the y axis). */
export const LABEL_COLUMN = LABEL_WIDTH + 1;
export const MIN_WIDTH = 12;
export const MIN_HEIGHT = 3;
export const NO_DATA = "no data yet";

// asciichart's order: ┼ ┤ ╶ ╴ ─ ╰ ╭ ╮ ╯ │
const ASCII_SYMBOLS: [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
] = ["+", "|", "-", "-", "-", "'", ".", ".", "'", "|"];

/** A width or height as a usable count: NaN, negative or infinite sizes draw nothing. */
export function size(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
}

/** `height` blank lines of `width`, with `note` centred on the middle one when it fits. */
export function blankLines(width: number, height: number, note = ""): string[] {
  const lines = Array.from({ length: height }, () => " ".repeat(width));
  if (note !== "" && note.length <= width && height > 0) {
    const left = Math.floor((width - note.length) / 2);
    lines[Math.floor((height - 1) / 2)] = `${" ".repeat(left)}${note}`.padEnd(width);
  }
  return lines;
}

/** A number in at most `width` characters: three significant digits, fewer if that is too long. */
export function shortNumber(x: number, width = LABEL_WIDTH): string {
  const text = formatShort(x);
  if (text.length <= width && Number.isFinite(Number(text))) return text;
  // Exponents past ±99 need room, and near ±1.8e308 rounding a number overflows to "Infinity":
  // round the digits as text instead.
  const one = x.toExponential(1).replace(".0e", "e");
  return one.length <= width ? one : x.toExponential(0).slice(0, width);
}

/** Whether `v` can be drawn: finite, and positive on a log scale. */
export function isPlottable(v: number, isLog: boolean): boolean {
  return Number.isFinite(v) && (!isLog || v > 0);
}

/** A range with room in it: a flat series sits mid-plot instead of dividing by zero. */
export function widen(lo: number, hi: number, isLog = false): [number, number] {
  if (hi > lo) return [lo, hi];
  const pad = isLog || lo === 0 ? 1 : Math.abs(lo) / 2;
  return [lo - pad, Math.min(hi + pad, Number.MAX_VALUE)];
}

export interface Scale {
  /** Bounds in plotting space: log10 of the values on a log scale. */
  readonly lo: number;
  readonly hi: number;
  readonly isLog: boolean;
  readonly rows: number;
}

/** The scale spanning `values` (all plottable, at least one) over `rows` rows. */
export function scaleOf(values: readonly number[], isLog: boolean, rows: number): Scale {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    const y = isLog ? Math.log10(v) : v;
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  }
  const [wideLo, wideHi] = widen(lo, hi, isLog);
  return { lo: wideLo, hi: wideHi, isLog, rows };
}

/** The row level of `v`, 0 at the bottom. Halving first keeps ±1e308 from overflowing. */
export function levelOf(scale: Scale, v: number): number {
  const y = scale.isLog ? Math.log10(v) : v;
  const t = (y / 2 - scale.lo / 2) / (scale.hi / 2 - scale.lo / 2);
  return Math.min(scale.rows - 1, Math.max(0, Math.round(t * (scale.rows - 1))));
}

/** The real (un-logged) value at the centre of a level, for its label. */
export function valueAt(scale: Scale, level: number): number {
  const t = level / (scale.rows - 1);
  const y = scale.lo * (1 - t) + scale.hi * t;
  if (scale.isLog) return 10 ** y;
  // Rounding noise such as 2.8e-17 where the axis crosses zero should read as 0.
  return Math.abs(y) < (scale.hi / 2 - scale.lo / 2) * 2e-9 ? 0 : y;
}

/**
 * One character cell per level: column 0 is the y axis carrying the first point, column c the
 * step from level c−1 to c. Levels are shifted up by one so that no row is level 0, which
 * asciichart would mark as a zero line (┼) although it is only the bottom of our range; with
 * min, max and height pinned its ratio is 1 and it draws exactly `rows` lines.
 */
export function drawCurve(levels: readonly number[], rows: number, isAscii: boolean): string[][] {
  const text = plot(
    levels.map((level) => level + 1),
    {
      min: 1,
      max: rows,
      height: rows - 1,
      // With offset 1 the label lands on the axis cell and is overwritten: our labels are our own.
      offset: 1,
      format: () => " ",
      ...(isAscii ? { symbols: ASCII_SYMBOLS } : {}),
    },
  );
  // asciichart leaves a blank cell after the last point; drop it.
  return text.split("\n").map((line) => Array.from(line).slice(0, levels.length));
}

/** Label each grid row with its value and pad it to exactly `width`. */
export function framed(
  grid: readonly (readonly string[])[],
  scale: Scale,
  width: number,
): string[] {
  return grid.map((cells, row) => {
    const label = shortNumber(valueAt(scale, scale.rows - 1 - row)).padStart(LABEL_WIDTH);
    return `${label} ${cells.join("")}`.padEnd(width);
  });
}

/**
 * A line of `columns` cells with each text centred on its column (kept inside the line), in the
 * order given; one that would touch a text already placed is left out.
 */
export function placeLabels(
  labels: readonly { readonly text: string; readonly column: number }[],
  columns: number,
): string {
  const cells = Array.from({ length: columns }, () => " ");
  for (const { text, column } of labels) {
    if (text.length > columns) continue;
    const from = Math.max(
      0,
      Math.min(columns - text.length, column - Math.floor((text.length - 1) / 2)),
    );
    const around = cells.slice(Math.max(0, from - 1), from + text.length + 1);
    if (around.some((cell) => cell !== " ")) continue;
    cells.splice(from, text.length, ...text);
  }
  return cells.join("");
}
