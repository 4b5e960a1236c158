import { describe, expect, it } from "vitest";
import { escapeControls, quote } from "../../src/core/quote.js";

describe("escapeControls", () => {
  it.each([
    ["\x1b[2J\x1b]0;pwned\x07", "\\e[2J\\e]0;pwned\\x07"],
    ["a\nb\rc\td", "a\\nb\\rc\\td"],
    ["\x00\x7f\x9b", "\\x00\\x7f\\x9b"],
    ["right\u202eleft", "right\\u202eleft"],
    ["\ud800alone", "\\ud800alone"],
    ["back\\slash", "back\\\\slash"],
  ])("writes %j as %j", (text, shown) => {
    expect(escapeControls(text)).toBe(shown);
  });

  it("leaves the backslashes of a message built from escaped values as they are", () => {
    expect(escapeControls("y is '\\e[2J' \x1b", true)).toBe("y is '\\e[2J' \\e");
  });

  it("keeps printable text, accents and characters outside the BMP as they are", () => {
    expect(escapeControls("ŷ = x·w 🔥 𝟘")).toBe("ŷ = x·w 🔥 𝟘");
  });
});

describe("quote", () => {
  it("quotes a short value whole", () => {
    expect(quote("1.5x")).toBe("'1.5x'");
  });

  it("cuts a long value and says how long it was", () => {
    expect(quote("a".repeat(3_000_000))).toBe(`'${"a".repeat(40)}…' (3,000,000 characters)`);
  });

  it("counts characters, not UTF-16 units, and never splits a surrogate pair", () => {
    expect(quote("🔥".repeat(41))).toBe(`'${"🔥".repeat(40)}…' (41 characters)`);
  });
});
