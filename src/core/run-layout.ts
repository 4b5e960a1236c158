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
export const CHECKPOINTS_KEPT = 2 * HISTORY_UPDATES;
/** Epoch records kept, at least: enough to step back HISTORY_UPDATES even at one update an epoch. */
export const HISTORY_EPOCHS = 2048;
