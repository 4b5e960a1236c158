import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatPyFloat, formatPyList, parseDecimal, roundPy } from "../../src/core/format.js";

/** Written by fixtures/gen/format_cases.py from CPython's own repr() and round(). */
interface Case {
  x: string;
  repr: string;
  round2: string;
  round0: string;
  round4: string;
}

const cases: Case[] = JSON.parse(
  readFileSync(new URL("../../fixtures/format/cases.json", import.meta.url), "utf8"),
);

/** Python's repr spells the specials "inf"/"-inf"/"nan"; everything else Number() parses exactly. */
function parsePy(text: string): number {
  if (text === "inf") return Number.POSITIVE_INFINITY;
  if (text === "-inf") return Number.NEGATIVE_INFINITY;
  if (text === "nan") return Number.NaN;
  return Number(text);
}

/** The cases where `actual(x)` differs from Python's string, for a readable failure. */
function mismatches(actual: (x: number) => string, key: keyof Case) {
  return cases
    .map((c) => ({ x: c.x, want: c[key], got: actual(parsePy(c.x)) }))
    .filter((r) => r.got !== r.want);
}

describe("formatPyFloat / roundPy against CPython", () => {
  it("has a few thousand cases", () => {
    expect(cases.length).toBeGreaterThan(2000);
  });

  it("formatPyFloat(x) matches repr(x)", () => {
    expect(mismatches(formatPyFloat, "repr")).toEqual([]);
  });

  it("roundPy(x, 0) matches round(x, 0)", () => {
    expect(mismatches((x) => formatPyFloat(roundPy(x, 0)), "round0")).toEqual([]);
  });

  it("roundPy(x, 2) matches round(x, 2)", () => {
    expect(mismatches((x) => formatPyFloat(roundPy(x, 2)), "round2")).toEqual([]);
  });

  it("roundPy(x, 4) matches round(x, 4)", () => {
    expect(mismatches((x) => formatPyFloat(roundPy(x, 4)), "round4")).toEqual([]);
  });
});

describe("formatPyFloat", () => {
  it("prints the readable cases like Python", () => {
    expect(formatPyFloat(-0)).toBe("-0.0");
    expect(formatPyFloat(4)).toBe("4.0");
    expect(formatPyFloat(-7.84)).toBe("-7.84");
    expect(formatPyFloat(1e-5)).toBe("1e-05");
    expect(formatPyFloat(1e-4)).toBe("0.0001");
    expect(formatPyFloat(1e16)).toBe("1e+16");
    expect(formatPyFloat(123456789012345)).toBe("123456789012345.0");
    expect(formatPyFloat(-2.5e-7)).toBe("-2.5e-07");
    expect(formatPyFloat(Number.POSITIVE_INFINITY)).toBe("inf");
    expect(formatPyFloat(Number.NaN)).toBe("nan");
  });
});

describe("roundPy", () => {
  it("rounds the exact binary value, ties to even", () => {
    expect(roundPy(2.675, 2)).toBe(2.67); // 2.675 is really 2.67499999...
    expect(roundPy(0.125, 2)).toBe(0.12);
    expect(roundPy(0.375, 2)).toBe(0.38);
    expect(roundPy(2.5, 0)).toBe(2);
    expect(roundPy(1234.5, -1)).toBe(1230);
  });

  it("keeps the sign of zero and passes specials through", () => {
    expect(Object.is(roundPy(-0.001, 2), -0)).toBe(true);
    expect(Object.is(roundPy(-0, 2), -0)).toBe(true);
    expect(roundPy(Number.NEGATIVE_INFINITY, 2)).toBe(Number.NEGATIVE_INFINITY);
    expect(roundPy(Number.NaN, 2)).toBeNaN();
    expect(roundPy(1e300, 2)).toBe(1e300);
  });
});

describe("formatPyList", () => {
  it("prints a list like Python", () => {
    expect(formatPyList([1, 2])).toBe("[1.0, 2.0]");
    expect(formatPyList([])).toBe("[]");
    expect(formatPyList([-0.5, 1e-5])).toBe("[-0.5, 1e-05]");
  });
});

describe("parseDecimal", () => {
  it.each([
    ["2", 2],
    [" -0.5 ", -0.5],
    [".25", 0.25],
    ["1e-3", 0.001],
    ["+3.", 3],
    ["1e999", Number.POSITIVE_INFINITY],
    ["0x10", Number.NaN],
    ["1_000", Number.NaN],
    ["Infinity", Number.NaN],
    ["nan", Number.NaN],
    ["", Number.NaN],
    ["1e", Number.NaN],
  ])("reads %j as %d", (text, want) => {
    expect(parseDecimal(text)).toBe(want);
  });

  // The old pattern backtracked over a run of digits in quadratic time: 40,000 digits took 2 s,
  // these a day. Each finishes at once now.
  it.each([
    ["digits then a letter", `${"1".repeat(1_000_000)}x`, Number.NaN],
    ["a fraction then a letter", `1.${"1".repeat(1_000_000)}x`, Number.NaN],
    ["a million digits", "1".repeat(1_000_000), Number.POSITIVE_INFINITY],
  ])("reads %s without backtracking", (_what, text, want) => {
    expect(parseDecimal(text)).toBe(want);
  });
});
