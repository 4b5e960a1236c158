/**
 * The graphic rendition (SGR) a cell is drawn with, reduced to a canonical key: the parameters
 * that set it from a reset ("" for the default). Two cells look the same exactly when their keys
 * are equal, whatever sequence of SGRs produced them.
 */
export interface Pen {
  /** Bit i set: FLAG_CODES[i] is on. */
  flags: number;
  /** "" (default), "31", "38;5;208", "38;2;1;2;3"... */
  fg: string;
  bg: string;
}

const FLAG_CODES = [1, 2, 3, 4, 5, 7, 8, 9, 53] as const;
/** The code that turns each flag off; 22 clears both bold and dim. */
const FLAG_OFF: Readonly<Record<number, readonly number[]>> = {
  22: [1, 2],
  23: [3],
  24: [4],
  25: [5],
  27: [7],
  28: [8],
  29: [9],
  55: [53],
};

export const defaultPen = (): Pen => ({ flags: 0, fg: "", bg: "" });

const bit = (code: number): number => 1 << FLAG_CODES.indexOf(code as (typeof FLAG_CODES)[number]);

/** An extended colour (38/48): `5;n` or `2;r;g;b` after it; returns the parameters it used. */
function extendedColour(params: readonly string[], at: number): [colour: string, used: number] {
  const kind = params[at + 1];
  if (kind === "5") return [`${params[at]};5;${params[at + 2] ?? "0"}`, 3];
  if (kind === "2") {
    const [r, g, b] = [params[at + 2], params[at + 3], params[at + 4]].map((p) => p ?? "0");
    return [`${params[at]};2;${r};${g};${b}`, 5];
  }
  return ["", 1];
}

/** Applies one SGR's parameters (the text between `ESC [` and `m`) to the pen, in place. */
export function applySgr(pen: Pen, text: string): void {
  const params = text === "" ? ["0"] : text.split(";");
  for (let i = 0; i < params.length; i++) {
    const raw = params[i] as string;
    // A colon form (38:2::r:g:b) is one parameter: kept whole as the colour.
    if (raw.includes(":")) {
      if (raw.startsWith("38")) pen.fg = raw;
      else if (raw.startsWith("48")) pen.bg = raw;
      continue;
    }
    const code = raw === "" ? 0 : Number(raw);
    if (code === 0) Object.assign(pen, defaultPen());
    else if ((FLAG_CODES as readonly number[]).includes(code)) pen.flags |= bit(code);
    else if (FLAG_OFF[code]) for (const off of FLAG_OFF[code]) pen.flags &= ~bit(off);
    else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) pen.fg = raw;
    else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) pen.bg = raw;
    else if (code === 39) pen.fg = "";
    else if (code === 49) pen.bg = "";
    else if (code === 38 || code === 48) {
      const [colour, used] = extendedColour(params, i);
      if (code === 38) pen.fg = colour;
      else pen.bg = colour;
      i += used - 1;
    }
  }
}

export function penKey(pen: Pen): string {
  const parts: string[] = [];
  FLAG_CODES.forEach((code, i) => {
    if (pen.flags & (1 << i)) parts.push(String(code));
  });
  if (pen.fg) parts.push(pen.fg);
  if (pen.bg) parts.push(pen.bg);
  return parts.join(";");
}

/** The key of what an erase leaves: blanks in the current background only (as xterm erases). */
export const eraseKey = (pen: Pen): string => pen.bg;

/** The SGR that sets a cell's key from any state. */
export const sgrFor = (key: string): string => (key === "" ? "\x1b[0m" : `\x1b[0;${key}m`);
