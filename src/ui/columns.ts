import stringWidth from "string-width";

/**
 * Terminal columns of text typed by a user, which unlike gd-tui's own text may hold characters two
 * columns wide (CJK, emoji) or none (combining marks, joiners). Measured by string-width, the
 * package Ink itself lays text out with, so a line cut here fits where Ink draws it.
 */
export function charColumns(ch: string): number {
  return stringWidth(ch);
}

export function columns(text: string): number {
  return stringWidth(text);
}

/** The end of `text` within `room` columns, `ellipsis` first when cut. */
export function tailWithin(text: string, room: number, ellipsis: string): string {
  if (columns(text) <= room) return text;
  const chars = Array.from(text);
  let used = columns(ellipsis);
  let start = chars.length;
  while (start > 0 && used + charColumns(chars[start - 1] as string) <= room) {
    start--;
    used += charColumns(chars[start] as string);
  }
  return ellipsis + chars.slice(start).join("");
}

/** The start of `text` within `room` columns, `ellipsis` last when cut (nothing when even it won't fit). */
export function headWithin(text: string, room: number, ellipsis: string): string {
  if (columns(text) <= room) return text;
  let used = columns(ellipsis);
  if (used > room) return "";
  let head = "";
  for (const ch of text) {
    const width = charColumns(ch);
    if (used + width > room) break;
    head += ch;
    used += width;
  }
  return head + ellipsis;
}
