import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecimalScanner } from "../../src/cli/decimal-scanner.js";

/** What the scanner makes of `text` between its ends: [end, value]. */
function scan(text: string): [number, number] {
  const scanner = new DecimalScanner();
  scanner.scan(text, 0, text.length);
  return [scanner.end, scanner.value];
}

describe("DecimalScanner", () => {
  // Number() is the reference: the scanner must give its double, bit for bit, or leave it to it.
  it("gives Number()'s value whenever it gives one, and takes what parseDecimal takes", () => {
    const digits = fc.stringMatching(/^[0-9]{0,20}$/);
    const decimal = fc
      .record({
        sign: fc.constantFrom("", "+", "-"),
        whole: digits,
        fraction: fc.option(digits),
        exponent: fc.option(
          fc.tuple(
            fc.constantFrom("e", "E"),
            fc.constantFrom("", "+", "-"),
            fc.integer({ min: 0, max: 400 }),
          ),
        ),
      })
      .filter((d) => d.whole.length + (d.fraction?.length ?? 0) > 0)
      .map(
        (d) =>
          `${d.sign}${d.whole}${d.fraction === null ? "" : `.${d.fraction}`}${d.exponent === null ? "" : d.exponent.join("")}`,
      );
    fc.assert(
      fc.property(decimal, (text) => {
        const [end, value] = scan(` ${text}\t`);
        expect(end).toBe(text.length + 2);
        if (!Number.isNaN(value)) expect(Object.is(value, Number(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["0.1", 0.1],
    ["-0", -0],
    ["123.456e-2", 1.23456],
    ["9007199254740991", 9007199254740991],
  ])("computes %s itself", (text, want) => {
    expect(scan(text)).toEqual([text.length, want]);
  });

  it.each(["9007199254740993", "1e23", "0.1e-22"])("leaves %s to Number()", (text) => {
    expect(scan(text)).toEqual([text.length, Number.NaN]);
  });

  it.each(["", "+", ".", "1e", "1e+", "-.e1"])("finds no number in %j", (text) => {
    expect(scan(text)[0]).toBe(-1);
  });

  it("stops at the first character that is not part of the number", () => {
    expect(scan("1.5 ,2")[0]).toBe(4);
    expect(scan("0x10")[0]).toBe(1);
  });
});
