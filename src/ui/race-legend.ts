import { formatShort } from "../core/format.js";
import { specLabel } from "../core/optimizers/index.js";
import type { RunState, Status } from "../core/run.js";
import type { Segment } from "./fit-text.js";
import { RACER_COLORS, racerLetter } from "./theme.js";

export const STATUS_COLOR: Readonly<Record<Status["kind"], string>> = {
  idle: "gray",
  running: "green",
  paused: "yellow",
  converged: "cyan",
  diverged: "red",
  done: "blue",
};

/** Lines the legend may take under the header: two hold eight runs at 80 columns. */
export const LEGEND_LINES = 2;

const GAP = "  ";

/**
 * One run's entry at a level of detail: 0 everything; 1 without the rate; 2 the status only where
 * it differs from the followed run's (the header's second line says that one); 3 letter and status.
 */
function entry(
  run: RunState,
  index: number,
  followed: RunState,
  isFollowed: boolean,
  level: number,
  isAscii: boolean,
): Segment[] {
  const marker = isFollowed ? (isAscii ? ">" : "▶") : " ";
  const label =
    level === 0
      ? `${specLabel(run.optimizer)} lr ${formatShort(run.lr, 6)}`
      : specLabel(run.optimizer);
  const status = run.status.kind;
  const isStatusShown = level !== 2 || status !== followed.status.kind;
  return [
    { text: marker, isBold: true },
    { text: racerLetter(index), color: RACER_COLORS[index], isBold: true },
    ...(level < 3 ? [{ text: ` ${label}` }] : []),
    ...(isStatusShown ? [{ text: ` ${status}`, color: STATUS_COLOR[status] }] : []),
  ];
}

const widthOf = (segments: readonly Segment[]) =>
  segments.reduce((sum, s) => sum + Array.from(s.text).length, 0);

/** Entries packed into lines of `width`, or undefined when they take more than LEGEND_LINES. */
function packed(entries: readonly Segment[][], width: number): Segment[][] | undefined {
  const lines: Segment[][] = [];
  let line: Segment[] = [];
  for (const item of entries) {
    const next = line.length === 0 ? item : [...line, { text: GAP }, ...item];
    if (widthOf(next) <= width || line.length === 0) line = next;
    else {
      lines.push(line);
      line = item;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines.length <= LEGEND_LINES ? lines : undefined;
}

/**
 * The legend of a race: a line or two naming each run by its letter (in its colour), its optimizer
 * and rate, and its status, the followed run marked; less said of each when all would not fit.
 * None for a race of one: the header says all of it.
 */
export function legendLines(
  runs: readonly RunState[],
  followed: number,
  width: number,
  isAscii: boolean,
): Segment[][] {
  if (runs.length < 2) return [];
  const them = runs[followed] ?? (runs[0] as RunState);
  const at = (level: number) =>
    runs.map((run, i) => entry(run, i, them, i === followed, level, isAscii));
  for (const level of [0, 1, 2, 3]) {
    const lines = packed(at(level), width);
    if (lines) return lines;
  }
  return [at(3).flatMap((item, i) => (i === 0 ? item : [{ text: " " }, ...item]))];
}
