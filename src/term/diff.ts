import type { Screen } from "./screen.js";
import { sgrFor } from "./sgr.js";

/** Up to this many unchanged cells between two changes are rewritten rather than jumped over. */
const MAX_GAP = 4;

/**
 * The bytes that turn a terminal showing `shown` into one showing `target` (same size), cell by
 * cell: each run of changed cells is reached with a cursor move and written with the SGR it needs;
 * a changed row's blank tail is one erase. `shown` becomes `target`. The terminal's pen is
 * expected reset and left reset; where its cursor ends is unspecified (the caller places it).
 */
export function drawChanges(shown: Screen, target: Screen): string {
  const { columns, rows } = target;
  let out = "";
  let style = "";
  const setStyle = (key: string) => {
    if (key === style) return;
    out += sgrFor(key);
    style = key;
  };
  for (let row = 0; row < rows; row++) {
    const start = row * columns;
    const differs = (column: number) =>
      shown.chars[start + column] !== target.chars[start + column] ||
      shown.styles[start + column] !== target.styles[start + column];
    // Where the target row is blank (default style) to its end: past it, one erase does.
    let tail = columns;
    while (
      tail > 0 &&
      target.chars[start + tail - 1] === " " &&
      target.styles[start + tail - 1] === ""
    ) {
      tail--;
    }
    let cursor = -1;
    for (let column = 0; column < columns; column++) {
      if (!differs(column)) continue;
      // The left half of a wide character draws both halves.
      let from = target.chars[start + column] === "" && column > 0 ? column - 1 : column;
      if (from >= tail) {
        out += `\x1b[${row + 1};${tail + 1}H`;
        setStyle("");
        out += "\x1b[K";
        for (let i = start + tail; i < start + columns; i++) {
          shown.chars[i] = " ";
          shown.styles[i] = "";
        }
        break;
      }
      if (cursor === -1 || from < cursor || from - cursor > MAX_GAP) {
        out += `\x1b[${row + 1};${from + 1}H`;
      } else from = cursor;
      // Write up to the last changed cell within reach.
      let to = column + 1;
      for (let next = to; next < Math.min(tail, to + MAX_GAP + 1); next++) {
        if (differs(next)) to = next + 1;
      }
      if (to < columns && target.chars[start + to] === "") to++;
      to = Math.min(to, tail);
      for (let i = start + from; i < start + to; i++) {
        const char = target.chars[i] as string;
        shown.chars[i] = char;
        shown.styles[i] = target.styles[i] as string;
        if (char === "") continue;
        setStyle(target.styles[i] as string);
        out += char;
      }
      // After the last column the cursor waits to wrap: its position is not worth trusting.
      cursor = to >= columns ? -1 : to;
      column = to - 1;
    }
  }
  if (style !== "") out += sgrFor("");
  return out;
}
