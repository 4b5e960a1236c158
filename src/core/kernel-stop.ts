/** Why a kernel stopped before its count. */
export const STOP = {
  none: 0,
  /** The next update was not applied: a loss, parameter or state would be out of bounds. */
  diverged: 1,
  convergedLoss: 2,
  convergedGrad: 3,
  epochLimit: 4,
  /** The next update ends an epoch and `records` has no room for it: make room, call again. */
  needsRoom: 5,
} as const;
