import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { NO_KEY, parseKey } from "../../src/ui/keypress.js";

const named = (flags: Partial<Key>): [string, Key] => ["", { ...NO_KEY, ...flags }];

// Each sequence is what xterm sends for the key (xterm's ctlseqs, "PC-Style Function Keys").
describe("parseKey", () => {
  it.each([
    ["text is passed on whole", "s0.5🔥", ["s0.5🔥", NO_KEY]],
    ["a control byte is text too (reduceKey reads it)", "\x03", ["\x03", NO_KEY]],
    ["Esc", "\x1b", named({ escape: true, meta: true })],
    ["Esc pressed with Alt", "\x1b\x1b", named({ escape: true, meta: true })],
    ["→", "\x1b[C", named({ rightArrow: true })],
    ["←", "\x1b[D", named({ leftArrow: true })],
    ["→ in application mode", "\x1bOC", named({ rightArrow: true })],
    ["Ctrl+→", "\x1b[1;5C", named({ rightArrow: true, ctrl: true })],
    ["Shift+←", "\x1b[1;2D", named({ leftArrow: true, shift: true })],
    ["Alt+→ as ESC ESC [C", "\x1b\x1b[C", named({ rightArrow: true, meta: true })],
    ["PageUp", "\x1b[5~", named({ pageUp: true })],
    ["PageDown", "\x1b[6~", named({ pageDown: true })],
    ["Delete", "\x1b[3~", named({ delete: true })],
    ["Home", "\x1b[H", named({ home: true })],
    ["End (rxvt)", "\x1b[8~", named({ end: true })],
    ["Shift+Tab", "\x1b[Z", named({ tab: true, shift: true })],
    ["Alt+s", "\x1bs", ["s", { ...NO_KEY, meta: true }]],
    ["Alt+🔥, one character of two code units", "\x1b🔥", ["🔥", { ...NO_KEY, meta: true }]],
  ] as const)("%s", (_, event, want) => {
    expect(parseKey(event)).toEqual(want);
  });

  // Ink's own parser throws on the first two (a modifier of 0 sets every modifier bit, Ctrl among
  // them, and Ctrl with no key name crashes its useInput) and types the third as `[0~`.
  it.each(["\x1b[0m", "\x1b[1;0Q", "\x1b[0~", "\x1b[99u", "\x1b[?1049h", "\x1bOm", "\x1bab"])(
    "%j names no key: nothing",
    (event) => {
      expect(parseKey(event)).toEqual(["", NO_KEY]);
    },
  );

  it("a modifier of 0 or out of range is no modifier", () => {
    expect(parseKey("\x1b[1;0A")).toEqual(named({ upArrow: true }));
    expect(parseKey("\x1b[1;99999999999999999999C")).toEqual(named({ rightArrow: true }));
  });
});
