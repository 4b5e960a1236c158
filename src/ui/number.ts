import { formatShort } from "../core/format.js";

/** Numbers for the readouts: six significant digits unless asked otherwise. */
export function short(x: number, digits = 6): string {
  return formatShort(x, digits);
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
