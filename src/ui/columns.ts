/**
 * Terminal columns of text typed by a user, which unlike gd-tui's own text may hold characters two
 * columns wide (CJK, emoji) or none (combining marks, joiners). The common ranges, not all of
 * Unicode's East Asian Width table: enough to keep a typed line within its width.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{1fa70}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const NONE = /\p{Mn}|\p{Me}|[\u200b-\u200d]|[\ufe00-\ufe0f]/u;

export function charColumns(ch: string): number {
  if (NONE.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}

export function columns(text: string): number {
  let total = 0;
  for (const ch of text) total += charColumns(ch);
  return total;
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
