import type { FitData } from "../core/fit.js";
import type { AxisView } from "../core/view.js";
import { blankLines, shortNumber, size } from "./chart-grid.js";
import { columnTicks, rowTicks, tickLine } from "./ticks.js";

export const FIT_LABEL = 7;

export interface FitMarks {
  readonly point: string;
  readonly sample: string;
  readonly line: string;
  readonly residual: string;
  readonly forecast: string;
  readonly above: string;
  readonly below: string;
}

export const UNICODE_FIT: FitMarks = {
  point: "○",
  sample: "●",
  line: "·",
  residual: "┊",
  forecast: "◆",
  above: "▲",
  below: "▼",
};
export const ASCII_FIT: FitMarks = {
  point: "o",
  sample: "O",
  line: ".",
  residual: "|",
  forecast: "*",
  above: "^",
  below: "v",
};

export interface FitInput {
  readonly data: FitData;
  /** The current model's prediction at x. */
  readonly predict: (x: number) => number;
  /** The batch's samples (bounded), whose residuals are drawn. */
  readonly batch: readonly (readonly [number, number])[];
  /** Where the lecture's "4 hours" prediction is marked, if it is. */
  readonly forecastAt: number | undefined;
}

/**
 * The data as points, the model's prediction as a dotted line across the data's x range, the
 * residuals ŷ − y of the batch in use as bars from point to line, and the forecast at x = 4
 * (an arrow on the edge when the line is off the chart). Round ticks on both axes, the grid
 * followed by its x ticks: exactly `height` lines of `width`.
 */
export function fitLines(
  input: FitInput,
  width: number,
  height: number,
  marks: FitMarks,
): string[] {
  const w = size(width);
  const h = size(height);
  const columns = w - FIT_LABEL - 1;
  const rows = h - 1;
  if (columns < 4 || rows < 3) return blankLines(w, h);
  const x: AxisView = { lo: input.data.xRange[0], hi: input.data.xRange[1], zoom: 1 };
  const y: AxisView = { lo: input.data.yRange[0], hi: input.data.yRange[1], zoom: 1 };
  const column = (t: number) => ((t - x.lo) / (x.hi - x.lo)) * (columns - 1);
  const level = (v: number) => ((v - y.lo) / (y.hi - y.lo)) * (rows - 1);
  const cells = Array.from({ length: rows }, () => Array.from({ length: columns }, () => " "));
  const put = (c: number, l: number, mark: string) => {
    const r = rows - 1 - Math.round(l);
    const cc = Math.round(c);
    const row = cells[r];
    if (row && cc >= 0 && cc < columns) row[cc] = mark;
  };
  const inRows = (l: number) => Math.round(l) >= 0 && Math.round(l) <= rows - 1;
  // The line: each column's level, reaching half way to its neighbours' so a steep line is whole.
  const levels = Array.from({ length: columns }, (_, c) =>
    level(input.predict(x.lo + ((x.hi - x.lo) * c) / (columns - 1))),
  );
  levels.forEach((l, c) => {
    if (!Number.isFinite(l)) return;
    const near = [levels[c - 1], levels[c + 1]].filter(
      (n) => n !== undefined && Number.isFinite(n),
    );
    const ends = [l, ...near.map((n) => (l + (n as number)) / 2)];
    const a = Math.max(0, Math.round(Math.min(...ends)));
    const b = Math.min(rows - 1, Math.round(Math.max(...ends)));
    for (let k = a; k <= b; k++) put(c, k, marks.line);
  });
  for (const [px, py] of input.batch) {
    const l = level(input.predict(px));
    const p = level(py);
    if (!Number.isFinite(l)) continue;
    const [a, b] = [Math.min(l, p), Math.max(l, p)];
    for (let k = Math.max(0, Math.round(a)); k <= Math.min(rows - 1, Math.round(b)); k++) {
      put(column(px), k, marks.residual);
    }
  }
  for (let i = 0; i < input.data.xs.length; i++) {
    const l = level(input.data.ys[i] as number);
    if (inRows(l)) put(column(input.data.xs[i] as number), l, marks.point);
  }
  for (const [px, py] of input.batch)
    if (inRows(level(py))) put(column(px), level(py), marks.sample);
  if (input.forecastAt !== undefined) {
    const l = level(input.predict(input.forecastAt));
    const c = column(input.forecastAt);
    if (l > rows - 1) put(c, rows - 1, marks.above);
    else if (l < 0) put(c, 0, marks.below);
    else if (Number.isFinite(l)) put(c, l, marks.forecast);
  }
  const labels = Array.from({ length: rows }, () => "");
  for (const t of rowTicks(y.lo, y.hi, rows)) {
    const r = rows - 1 - Math.round(level(t));
    if (r >= 0 && r < rows && labels[r] === "") labels[r] = shortNumber(t, FIT_LABEL);
  }
  const ticks = tickLine(columnTicks(x.lo, x.hi, columns), column, columns);
  const pad = (line: string) => Array.from(line).slice(0, w).join("").padEnd(w);
  return [
    ...cells.map((row, r) => pad(`${(labels[r] ?? "").padStart(FIT_LABEL)} ${row.join("")}`)),
    pad(`${" ".repeat(FIT_LABEL + 1)}${ticks}`),
  ];
}
