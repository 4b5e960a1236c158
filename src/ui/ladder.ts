import { isLearningRateInRange } from "../core/config.js";

/**
 * The 1-2-5 ladder (…0.005, 0.01, 0.02, 0.05…) that `+` and `-` walk. Values are parsed from
 * decimal text, so 0.01 on the ladder is exactly the 0.01 the lecture uses.
 */
function rung(exponent: number, mantissa: 1 | 2 | 5): number {
  return Number(`${mantissa}e${exponent}`);
}

/**
 * The next value on the ladder above (`direction` 1) or below (-1) `value`; `value` itself at the
 * ends of the learning-rate range (LR_RANGE), which the ladder never leaves.
 */
export function nextOnLadder(value: number, direction: 1 | -1): number {
  const base = Math.floor(Math.log10(value));
  const candidates: number[] = [];
  for (let e = base - 1; e <= base + 1; e++) {
    for (const m of [1, 2, 5] as const) candidates.push(rung(e, m));
  }
  // A value a hair off a rung (typed as 0.0100000001) still counts as that rung.
  const isAbove = (c: number) => c > value * (1 + 1e-9);
  const isBelow = (c: number) => c < value * (1 - 1e-9);
  const next =
    direction === 1
      ? (candidates.find(isAbove) ?? value * 2)
      : (candidates.findLast(isBelow) ?? value / 2);
  return isLearningRateInRange(next) ? next : value;
}

/** Updates per second the runner can be asked for; the last is "as fast as the engine goes". */
export const SPEEDS = [
  1,
  2,
  5,
  10,
  20,
  50,
  100,
  200,
  500,
  1e3,
  2e3,
  5e3,
  1e4,
  2e4,
  5e4,
  1e5,
  2e5,
  5e5,
  1e6,
  Infinity,
] as const;

/** Ten a second: a student can read each update's line as it comes. */
export const DEFAULT_SPEED_INDEX = SPEEDS.indexOf(10);
