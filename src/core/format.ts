/**
 * Floats printed exactly as the lecture's Python prints them. The lecture shows numbers through
 * Python's `print`, which uses `repr(float)` under CPython's float_repr_style 'short': the shortest
 * digits that round-trip, fixed notation while the decimal exponent is in -4 <= exp < 16 (integral
 * values get ".0"), otherwise scientific with a signed, at least two-digit exponent ("1e-05").
 * `round(x, n)` likewise follows CPython: round the exact binary value half to even, then take the
 * nearest double to the decimal result. JS's own `toString`/`toFixed` differ on both counts.
 */

/** Python's `repr(x)` (and `print(x)`) for a float. */
export function formatPyFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  // toExponential() with no argument gives the shortest round-trip digits, as Python's repr does.
  const [mantissa = "0", expText = "0"] = Math.abs(x).toExponential().split("e");
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const expSign = exp < 0 ? "-" : "+";
    return `${sign}${mantissa}e${expSign}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const digits = mantissa.replace(".", "");
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
  const fracPart = digits.slice(exp + 1) || "0";
  return `${sign}${intPart}.${fracPart}`;
}

/** Python's repr of a list of floats, e.g. "[1.0, 2.0]". */
export function formatPyList(xs: readonly number[]): string {
  return `[${xs.map(formatPyFloat).join(", ")}]`;
}

/** A finite double as the exact integer pair (m, e) with |x| = m * 2^e. */
function decompose(x: number): { m: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const expField = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  // Subnormals have no implicit leading bit and the same scale as the smallest normal exponent.
  return expField === 0 ? { m: frac, e: -1074 } : { m: frac | (1n << 52n), e: expField - 1075 };
}

// CPython's bounds: beyond these, round() returns x itself or a signed zero.
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * CPython's `round(x, ndigits)` for a float and an integer `ndigits`. Where Python raises
 * OverflowError (e.g. `round(1.7976931348623157e308, -308)`) this returns an infinity.
 */
export function roundPy(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0 || ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x;
  const { m, e } = decompose(x);
  if (e >= 0 && ndigits >= 0) return x; // an integer already: nothing after the point to round
  // |x| * 10^ndigits as the exact fraction num / den.
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (ndigits >= 0) num *= 10n ** BigInt(ndigits);
  else den *= 10n ** BigInt(-ndigits);
  let q = num / den;
  const twice = 2n * (num % den);
  if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  // Number() parses decimal strings correctly rounded; "-0e-2" keeps the sign of zero.
  return Number(`${x < 0 ? "-" : ""}${q}e${-ndigits}`);
}

/**
 * What a display says for a value float64 cannot hold, in place of "Infinity" or "NaN": words a
 * student can read, and never a number that looks like one the engine used.
 */
export function pastRange(x: number): string {
  return Number.isNaN(x) ? "undefined" : "overflow";
}

/** Full precision, as Python prints it, for output read by programs; never `inf` or `nan`. */
export function formatFull(x: number): string {
  return Number.isFinite(x) ? formatPyFloat(x) : pastRange(x);
}

/**
 * A number for people rather than for Python: `digits` significant digits, trailing zeros dropped,
 * exponent form outside [1e-3, 1e6) (`1.2e-9`, `3.4e+12`). For labels, readouts and reasons: the
 * one formatter of the screen, so none of them can show Infinity or NaN.
 */
export function formatShort(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return pastRange(x);
  const short = Number(x.toPrecision(digits));
  if (x === 0 || (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6)) return String(short);
  // Near the largest double the rounded value overflows: keep the digits, drop trailing zeros.
  return Number.isFinite(short)
    ? short.toExponential()
    : x.toExponential(digits - 1).replace(/\.?0+e/, "e");
}

// Each part is entered one way only: `\d+\.?\d*` would backtrack over a long run of digits in
// quadratic time (a 40,000-digit cell took 2 s, a 50 MB one forever).
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A number written in plain decimal notation (`2`, `-0.5`, `.25`, `1e-3`), or NaN for anything
 * else (`0x10`, `1_000`, `Infinity`, `nan`, empty text) that JavaScript's Number() would also read.
 * Too large a number (`1e999`) comes back as an infinity.
 */
export function parseDecimal(text: string): number {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
}
