/** Numbers for the readouts: six significant digits, exponent form when tiny or huge. */
export function short(x: number, digits = 6): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs >= 1e-4 && abs < 1e7) return String(Number(x.toPrecision(digits)));
  return Number(x.toPrecision(Math.min(digits, 4))).toExponential();
}

/** With an explicit sign, for changes. */
export function signed(x: number, digits = 6): string {
  return x > 0 || Object.is(x, 0) ? `+${short(x, digits)}` : short(x, digits);
}

/** Updates per second, as people say them. */
export function rate(perSecond: number): string {
  if (perSecond >= 1e6) return `${short(perSecond / 1e6, 3)}M`;
  if (perSecond >= 1e3) return `${short(perSecond / 1e3, 3)}k`;
  return short(perSecond, 3);
}
