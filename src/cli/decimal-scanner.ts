const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
export const isBlank = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0d;

/** 10^0 … 10^22, each exact in a double; read from text, as `**` is not bound to be exact. */
const POWERS = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
// From 2^53 on, mantissa * 10 + digit may have been rounded while it was summed.
const EXACT_MAX = 2 ** 53;

/**
 * Reads a plain decimal number (the grammar of parseDecimal) in place, between blanks, without
 * cutting it out of its line: a million-row CSV would otherwise make two million short strings for
 * the garbage collector. The value is computed here when that is exact (Clinger's fast path: at
 * most 2^53 for the digits and a power of ten up to 22, one correctly rounded multiplication or
 * division, so the same double as Number()); otherwise `value` is NaN and the caller asks Number().
 */
export class DecimalScanner {
  /** After `scan`: the index past the number and its blanks, or -1 when there is no number. */
  end = -1;
  /** After `scan`: the number's value, or NaN when only Number() can say it exactly. */
  value = Number.NaN;

  scan(text: string, from: number, to: number): void {
    this.end = -1;
    this.value = Number.NaN;
    let i = from;
    while (i < to && isBlank(text.charCodeAt(i))) i++;
    let code = text.charCodeAt(i);
    const isNegative = code === 0x2d;
    if (isNegative || code === 0x2b) code = text.charCodeAt(++i);
    let digits = 0;
    let mantissa = 0;
    let scale = 0;
    for (; i < to && isDigit(code); code = text.charCodeAt(++i)) {
      digits++;
      mantissa = mantissa * 10 + (code - 0x30);
    }
    if (i < to && code === 0x2e) {
      for (code = text.charCodeAt(++i); i < to && isDigit(code); code = text.charCodeAt(++i)) {
        digits++;
        scale--;
        mantissa = mantissa * 10 + (code - 0x30);
      }
    }
    if (digits === 0) return;
    if (i < to && (code === 0x65 || code === 0x45)) {
      code = text.charCodeAt(++i);
      const isNegativeExponent = code === 0x2d;
      if (isNegativeExponent || code === 0x2b) code = text.charCodeAt(++i);
      if (i >= to || !isDigit(code)) return;
      let exponent = 0;
      for (; i < to && isDigit(code); code = text.charCodeAt(++i)) {
        exponent = Math.min(exponent * 10 + (code - 0x30), 1e6);
      }
      scale += isNegativeExponent ? -exponent : exponent;
    }
    while (i < to && isBlank(text.charCodeAt(i))) i++;
    this.end = i;
    if (mantissa >= EXACT_MAX || scale < -22 || scale > 22) return;
    const power = POWERS[Math.abs(scale)] as number;
    const magnitude = scale < 0 ? mantissa / power : mantissa * power;
    this.value = isNegative ? -magnitude : magnitude;
  }
}
