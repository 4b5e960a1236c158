/**
 * Layout of a checkpoint: the updates done when it was taken, the optimizer (its index in the
 * run's own `optimizers` list, so a checkpoint means the same in any process) and learning rate
 * used from there on, the schedule's state (SCHEDULE_STATE_SIZE floats), then the parameters and
 * optimizer state.
 */
export const CHECKPOINT_FIELDS = {
  updates: 0,
  optimizer: 1,
  lr: 2,
  schedule: 3,
  params: 6,
} as const;

/** Updates between two checkpoints: the most a step back replays. */
export const CHECKPOINT_EVERY = 64;

/** Layout of an epoch record; the parameters at the epoch's end follow from `params`. */
export const EPOCH_FIELDS = { progressLoss: 0, meanLoss: 1, gradNorm: 2, params: 3 } as const;

/** Updates kept for stepping back, at least. */
export const HISTORY_UPDATES = 1024;
/**
 * How far back from the newest update written what is kept reaches: twice HISTORY_UPDATES, so
 * that after stepping back as many and going on from there, a step back still goes that far (a
 * step back cuts the history; what went out of reach going forward does not come back).
 */
export const HISTORY_KEPT = 2 * HISTORY_UPDATES;
/**
 * Checkpoints kept at most: enough to reach HISTORY_KEPT back even when every update changed the
 * rate. They are kept by how far back they reach, not by count: at one every CHECKPOINT_EVERY
 * updates that is a chunk or two, so a run at top speed turns over a few small chunks a frame.
 */
export const CHECKPOINTS_KEPT = HISTORY_KEPT + 1;
export const CHECKPOINT_CHUNK = 32;

/** Updates a landscape's path joins: enough to see a few epochs of overshoot, few enough to read. */
export const PATH_UPDATES = 48;

/**
 * Epoch records kept with `batchesPerEpoch` updates an epoch: enough to reach HISTORY_KEPT back
 * (the last step back replays from the checkpoint before it, up to CHECKPOINT_EVERY further) and
 * for a landscape's path, which joins up to PATH_UPDATES epoch ends.
 */
export function epochsKept(batchesPerEpoch: number): number {
  const forStepBacks = Math.ceil((HISTORY_KEPT + CHECKPOINT_EVERY) / batchesPerEpoch) + 1;
  return Math.max(forStepBacks, PATH_UPDATES + 1);
}
export const EPOCH_CHUNK = 128;
