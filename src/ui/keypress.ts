import type { Key } from "ink";

/** A Key with nothing pressed. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

type Named = "upArrow" | "downArrow" | "rightArrow" | "leftArrow" | "home" | "end" | "tab";
type Tilde = "home" | "end" | "delete" | "pageUp" | "pageDown";

/** The last byte of a CSI or SS3 sequence (`\e[A`, `\eOA`, `\e[1;5C`) and the key it ends. */
const FINAL: Readonly<Record<string, Named>> = {
  A: "upArrow",
  B: "downArrow",
  C: "rightArrow",
  D: "leftArrow",
  H: "home",
  F: "end",
  Z: "tab",
};

/** `\e[N~`: the key of each N (VT220 and xterm numbering; rxvt's 7 and 8 for Home and End). */
const TILDE: Readonly<Record<string, Tilde>> = {
  "1": "home",
  "3": "delete",
  "4": "end",
  "5": "pageUp",
  "6": "pageDown",
  "7": "home",
  "8": "end",
};

/** Esc (Alt: a second Esc), then `[`, parameters and a final byte, or `O` and a final byte. */
const ESC = "\x1b";
const SEQUENCE = new RegExp(`^${ESC}(${ESC}?)(?:\\[([0-9;]*)([A-Z~])|O([A-Z]))$`);

/**
 * The key of one input event as Ink's input parser splits stdin: either a run of text with no
 * Esc in it, which is passed on whole (reduceKey reads it character by character), or one escape
 * sequence. Ink's own keypress parser is not used: it throws on some sequences a paste or a
 * hostile writer can send (`\e[0m`: a modifier of 0 makes it "Ctrl" with no key name) and turns
 * others into typed text (`\e[0~` types `[0~`). Here a sequence that names no key is no key.
 */
export function parseKey(event: string): [string, Key] {
  if (!event.startsWith(ESC)) return [event, NO_KEY];
  if (event === ESC || event === ESC + ESC) return ["", { ...NO_KEY, escape: true, meta: true }];
  const match = SEQUENCE.exec(event);
  if (!match) {
    // Esc and one character: Alt (Meta) and that key, as terminals send Alt+s.
    const rest = event.slice(1);
    return Array.from(rest).length === 1 ? [rest, { ...NO_KEY, meta: true }] : ["", NO_KEY];
  }
  const [, alt, params = "", csiFinal, ss3Final] = match;
  const [first = "", modifier = ""] = params.split(";");
  const name = csiFinal === "~" ? TILDE[first] : FINAL[csiFinal ?? ss3Final ?? ""];
  if (!name) return ["", NO_KEY];
  // xterm's modifier parameter is 1 + a bit set: 1 Shift, 2 Alt, 4 Ctrl, 8 Meta (up to 16 bits).
  const value = Number(modifier);
  const bits = value >= 1 && value <= 0x10000 ? value - 1 : 0;
  return [
    "",
    {
      ...NO_KEY,
      [name]: true,
      shift: (bits & 1) !== 0 || csiFinal === "Z",
      meta: alt !== "" || (bits & 10) !== 0,
      ctrl: (bits & 4) !== 0,
    },
  ];
}
