/**
 * Text cut to a width with an ellipsis we choose, `…` or, in ASCII, `...`. Ink's own truncation
 * always adds `…`, so every line is cut here first and Ink never has to. Characters used on screen
 * are all one column wide, so a code point is a column.
 */
export function fitText(text: string, width: number, isAscii: boolean): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  const ellipsis = isAscii ? "..." : "…";
  if (width <= ellipsis.length) return chars.slice(0, Math.max(0, width)).join("");
  return chars.slice(0, width - ellipsis.length).join("") + ellipsis;
}

/** A run of text with its own style, as part of a line. */
export interface Segment {
  readonly text: string;
  readonly color?: string | undefined;
  readonly isBold?: boolean;
}

/** Segments cut so that together they fit `width`; the ellipsis takes the style of where it falls. */
export function fitSegments(
  segments: readonly Segment[],
  width: number,
  isAscii: boolean,
): Segment[] {
  const whole = segments.map((s) => s.text).join("");
  const cut = fitText(whole, width, isAscii);
  if (cut === whole) return [...segments];
  const fitted: Segment[] = [];
  let at = 0;
  const chars = Array.from(cut);
  for (const segment of segments) {
    const length = Array.from(segment.text).length;
    const text = chars.slice(at, at + length).join("");
    at += length;
    if (text === "") break;
    fitted.push({ ...segment, text });
  }
  return fitted;
}
