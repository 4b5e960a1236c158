import { describe, expect, it } from "vitest";
import { fitSegments, fitText } from "../../src/ui/fit-text.js";

describe("fitText", () => {
  it.each([
    ["hello", 5, false, "hello"],
    ["hello", 10, false, "hello"],
    ["hello world", 8, false, "hello w…"],
    ["hello world", 8, true, "hello..."],
    ["", 0, false, ""],
    ["hello", 1, false, "h"],
    ["hello", 3, true, "hel"],
    ["hello", 4, true, "h..."],
    ["hello", 0, true, ""],
    ["hello", -1, false, ""],
    // Code points, not UTF-16 units: "ŷ" and "∇" are one column each.
    ["ŷ = x·w, ∇ last", 9, false, "ŷ = x·w,…"],
  ])("%j at %i (ASCII %s) is %j", (text, width, isAscii, want) => {
    expect(fitText(text, width, isAscii)).toBe(want);
  });

  it("is never wider than asked, for widths 0..20", () => {
    const text = "● diverged · update 9 not applied: mean loss would be";
    const tooWide = [false, true].flatMap((isAscii) =>
      Array.from({ length: 21 }, (_, width) => [width, isAscii] as const).filter(
        ([width]) => Array.from(fitText(text, width, isAscii)).length > width,
      ),
    );
    expect(tooWide).toEqual([]);
  });

  it("in ASCII never adds a non-ASCII character", () => {
    expect(fitText("a very long line", 10, true)).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe("fitSegments", () => {
  const segments = [
    { text: "gd-tui", color: "magenta", isBold: true },
    { text: " · lecture3" },
    { text: " · lr 0.01", isBold: true },
  ];

  it("returns the segments as they are when they fit", () => {
    expect(fitSegments(segments, 100, false)).toEqual(segments);
  });

  it("cuts the text where the whole line would be cut, keeping each segment's style", () => {
    expect(fitSegments(segments, 14, false)).toEqual([
      { text: "gd-tui", color: "magenta", isBold: true },
      { text: " · lect…" },
    ]);
  });

  it("the ellipsis takes the style of the segment it falls in", () => {
    expect(fitSegments(segments, 5, true)).toEqual([
      { text: "gd...", color: "magenta", isBold: true },
    ]);
  });

  it("together the pieces read as fitText would cut the line", () => {
    const whole = segments.map((s) => s.text).join("");
    for (const width of [0, 3, 6, 7, 17, 26, 27]) {
      const joined = fitSegments(segments, width, false)
        .map((s) => s.text)
        .join("");
      expect(joined).toBe(fitText(whole, width, false));
    }
  });
});
