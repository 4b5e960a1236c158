import { type Changes, NO_CHANGES } from "./changes.js";
import { batchesPerEpoch, type RunConfig } from "./config.js";
import { type LossStats, lossStats } from "./loss-stats.js";
import type { Params } from "./models/index.js";
import { maxStateSize, OPTIMIZERS, type OptimizerId } from "./optimizers/index.js";
import { emptyOverview, type Overview } from "./overview.js";
import { emptyTape, type Tape } from "./tape.js";

export type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "paused" }
  | { readonly kind: "converged" | "diverged" | "done"; readonly reason: string };

export type StatusKind = Status["kind"];

/**
 * One run as a plain value. Nothing in it is ever mutated, so states can be kept, compared,
 * restored and raced side by side; the typed arrays are read-only by contract.
 */
export interface RunState {
  readonly config: RunConfig;
  readonly optimizer: OptimizerId;
  readonly lr: number;
  readonly status: Status;
  /** Current parameters, in the model's order. */
  readonly params: Params;
  /** The current optimizer's accumulated state. */
  readonly optState: Float64Array;
  /** Updates done since the start. */
  readonly updates: number;
  /**
   * Snapshots to replay from (see CHECKPOINT_FIELDS): one every CHECKPOINT_EVERY updates and one
   * wherever the learning rate or optimizer changed, so any recent state can be rebuilt exactly.
   */
  readonly checkpoints: Tape;
  /** Record e: the end of epoch e (see EPOCH_FIELDS). */
  readonly epochTape: Tape;
  /** Mean loss over the data at the end of every epoch, decimated to stay bounded. */
  readonly overview: Overview;
  /**
   * The data summed once for the config's model: the mean loss and its gradient anywhere in
   * O(p²), for what a frame draws (landscape, contour, fit, loss curve), whatever the data's size.
   */
  readonly stats: LossStats;
  /** Where the learning rate or optimizer changed: the loss chart marks them. */
  readonly changes: Changes;
  /** The learning rate in force before the last increase: what a reset after a divergence offers. */
  readonly saferLr: number | undefined;
}

/**
 * Layout of a checkpoint: the updates done when it was taken, the optimizer (its index in
 * OPTIMIZER_IDS) and learning rate used from there on, then the parameters and optimizer state.
 */
export const CHECKPOINT_FIELDS = { updates: 0, optimizer: 1, lr: 2, params: 3 } as const;

/** Updates between two checkpoints: the most a step back replays. */
export const CHECKPOINT_EVERY = 64;

/** Layout of an epoch record; the parameters at the epoch's end follow from `params`. */
export const EPOCH_FIELDS = { progressLoss: 0, meanLoss: 1, gradNorm: 2, params: 3 } as const;

/** Updates kept for stepping back, at least. */
export const HISTORY_UPDATES = 1024;
const CHECKPOINTS_KEPT = 2 * HISTORY_UPDATES;
/** Epoch records kept, at least: enough to step back HISTORY_UPDATES even at one update an epoch. */
export const HISTORY_EPOCHS = 2048;

/** A fresh run; `stats` can be passed in when the config's data were summed already (a reset). */
export function createRun(
  config: RunConfig,
  stats: LossStats = lossStats(config.model, config.data, config.init),
): RunState {
  const p = config.model.params.length;
  return {
    config,
    optimizer: config.optimizer,
    lr: config.lr,
    status: { kind: "idle" },
    params: Float64Array.from(config.init),
    optState: new Float64Array(OPTIMIZERS[config.optimizer].stateSize(p)),
    updates: 0,
    // Enough checkpoints to reach HISTORY_UPDATES back even when every update changed the rate.
    checkpoints: emptyTape(CHECKPOINT_FIELDS.params + p + maxStateSize(p), CHECKPOINTS_KEPT),
    epochTape: emptyTape(EPOCH_FIELDS.params + p, HISTORY_EPOCHS),
    overview: emptyOverview(),
    stats,
    changes: NO_CHANGES,
    saferLr: undefined,
  };
}

/** Epochs fully done. */
export function epochsDone(state: RunState): number {
  return Math.floor(state.updates / batchesPerEpoch(state.config));
}

export function isTerminal(status: Status): boolean {
  return status.kind === "converged" || status.kind === "diverged" || status.kind === "done";
}
