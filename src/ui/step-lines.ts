import type { WorkedStep, WorkLine } from "../core/worked-step.js";

/** Between the pieces of a line that fits whole. */
const GAP = "   ";
/** Before the rest of a piece too long for one line. */
const INDENT = "    ";

/** A piece cut before its ` = ` signs where it is too wide, so each step of the sum stays whole. */
function breakPiece(piece: string, width: number): string[] {
  if (piece.length <= width) return [piece];
  const [head = "", ...rest] = piece.split(" = ");
  const out = [head];
  for (const part of rest) {
    const last = out.length - 1;
    const joined = `${out[last]} = ${part}`;
    if (joined.length <= width) out[last] = joined;
    else out.push(`${INDENT}= ${part}`);
  }
  return out;
}

/**
 * The worked lines at a width: a line's pieces side by side as far as they fit, the rest under
 * them, a piece still too wide cut before its ` = ` signs. Numbers never change with the width.
 */
export function stepLines(lines: readonly WorkLine[], width: number): string[] {
  return lines.flatMap((pieces) => {
    const out: string[] = [];
    for (const piece of pieces) {
      const last = out.length - 1;
      const joined = last >= 0 ? `${out[last]}${GAP}${piece}` : piece;
      if (last >= 0 && joined.length <= width) out[last] = joined;
      else out.push(...breakPiece(piece, width));
    }
    return out;
  });
}

/** The panel's title: which update, and where it falls in the epoch. */
export function stepTitle(work: WorkedStep, isBatched: boolean): string {
  const place = `${isBatched ? "batch" : "sample"} ${work.batch + 1} of ${work.batches}`;
  const which = work.isNext ? `next update, ${work.update}` : `update ${work.update}`;
  return `Step: ${which} (epoch ${work.epoch}, ${place})`;
}
