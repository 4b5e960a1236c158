import { niceCeil } from "../core/view.js";
import { shortNumber } from "./chart-grid.js";

/**
 * Round values in [lo, hi], at most `count` intervals apart (so up to count + 1 of them): the
 * multiples of a 1, 2 or 5 × 10^k step, as a slide's axis has (0, 5, 10, 15; 0, 1, 2, 3, 4).
 */
export function roundTicks(lo: number, hi: number, count: number): number[] {
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return Number.isFinite(lo) ? [lo] : [];
  let step = niceCeil((hi - lo) / (Math.max(1, count) + 1));
  let ticks: number[] = [];
  for (let tries = 0; tries < 4; tries++) {
    const first = Math.ceil(lo / step - 1e-9);
    const last = Math.floor(hi / step + 1e-9);
    ticks = [];
    // k·step, not a running sum: 3 × 0.1 prints as 0.3 whatever it rounds to.
    for (let k = first; k <= last; k++) ticks.push(k === 0 ? 0 : k * step);
    if (ticks.length <= Math.max(1, count) + 1) return ticks;
    step = niceCeil(step * 1.5);
  }
  return ticks;
}

/** Ticks for an axis across `columns` cells: room for each label, at most five, as a slide has. */
export function columnTicks(lo: number, hi: number, columns: number): number[] {
  return roundTicks(lo, hi, Math.min(5, Math.max(2, Math.floor(columns / 5))));
}

/** Ticks for an axis up `rows` rows: one every other row at most, and five at most. */
export function rowTicks(lo: number, hi: number, rows: number): number[] {
  return roundTicks(lo, hi, Math.min(4, Math.max(2, Math.floor((rows - 1) / 2))));
}

/**
 * A line `columns` wide with each tick's label centred on its column (`columnOf`), left to right,
 * a label dropped where it would touch the one before or leave the line.
 */
export function tickLine(
  ticks: readonly number[],
  columnOf: (t: number) => number,
  columns: number,
): string {
  const cells = Array.from({ length: columns }, () => " ");
  let free = 0;
  for (const t of ticks) {
    const text = shortNumber(t);
    const from = Math.round(columnOf(t) - (text.length - 1) / 2);
    const start = Math.max(0, Math.min(columns - text.length, from));
    if (start < free || Math.abs(start - from) > text.length) continue;
    cells.splice(start, text.length, ...text);
    free = start + text.length + 1;
  }
  return cells.join("");
}
