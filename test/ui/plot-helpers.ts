import type { PlotOptions } from "../../src/ui/plot.js";

// What the loss chart's and the landscape's tests share: the sizes they draw at, and the checks
// every drawing must pass.

/** Odd and even widths and heights across 20…100 × 3…15, the edges included. */
export const WIDTHS = [20, 21, 24, 31, 40, 47, 50, 63, 80, 99, 100];
export const HEIGHTS = [3, 4, 5, 6, 8, 9, 12, 15];
export const ASCII = /^[\x20-\x7e]*$/;

export const opts = (
  width: number,
  height: number,
  more: Partial<PlotOptions> = {},
): PlotOptions => ({ width, height, isLog: false, isAscii: false, ...more });

/** Width in terminal cells: every character drawn here is single-width, so code points. */
const cells = (line: string) => Array.from(line).length;

/** What is wrong with `lines` as a `width`×`height` plot, so one failure names every size. */
export function problems(
  lines: readonly string[],
  width: number,
  height: number,
  isAscii: boolean,
): string[] {
  const found = lines.length === height ? [] : [`${width}×${height}: ${lines.length} lines`];
  for (const line of lines) {
    if (cells(line) > width) found.push(`${width}×${height}: too wide: ${line}`);
    if (isAscii && !ASCII.test(line)) found.push(`${width}×${height}: not ASCII: ${line}`);
  }
  return found;
}
