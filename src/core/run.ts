import { type Changes, NO_CHANGES } from "./changes.js";
import { batchesPerEpoch, type RunConfig } from "./config.js";
import { type LossStats, lossStats } from "./loss-stats.js";
import { MODELS, type Params } from "./models/index.js";
import { maxStateSize, OPTIMIZERS, type OptimizerSpec } from "./optimizers/index.js";
import { emptyOverview, type Overview } from "./overview.js";
import {
  CHECKPOINT_CHUNK,
  CHECKPOINT_FIELDS,
  CHECKPOINTS_KEPT,
  EPOCH_CHUNK,
  EPOCH_FIELDS,
  epochsKept,
  HISTORY_KEPT,
} from "./run-layout.js";
import { freshScheduleState, startRate } from "./schedules.js";
import { emptyTape, type Tape } from "./tape.js";

export {
  CHECKPOINT_EVERY,
  CHECKPOINT_FIELDS,
  EPOCH_FIELDS,
  HISTORY_UPDATES,
} from "./run-layout.js";

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
  readonly optimizer: OptimizerSpec;
  /** The rate the next update uses: the schedule's, or one set by hand since. */
  readonly lr: number;
  /** The schedule's own bookkeeping (schedules.ts), as of now. */
  readonly scheduleState: Float64Array;
  /**
   * Every optimizer this run has used, oldest first: checkpoints name theirs by its index here,
   * so they mean the same in any process and after any change to the list of optimizers.
   */
  readonly optimizers: readonly OptimizerSpec[];
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

/** A fresh run; `stats` can be passed in when the config's data were summed already (a reset). */
export function createRun(
  config: RunConfig,
  stats: LossStats = lossStats(MODELS[config.model], config.data, config.init),
): RunState {
  const p = MODELS[config.model].params.length;
  return {
    config,
    optimizer: config.optimizer,
    lr: startRate(config.schedule, config.lr),
    scheduleState: freshScheduleState(),
    optimizers: [config.optimizer],
    status: { kind: "idle" },
    params: Float64Array.from(config.init),
    optState: freshOptState(config.optimizer, p),
    updates: 0,
    // A checkpoint's first float is its update count: they reach HISTORY_KEPT back.
    checkpoints: emptyTape(
      CHECKPOINT_FIELDS.params + p + maxStateSize(p),
      CHECKPOINTS_KEPT,
      CHECKPOINT_CHUNK,
      HISTORY_KEPT,
    ),
    epochTape: emptyTape(EPOCH_FIELDS.params + p, epochsKept(batchesPerEpoch(config)), EPOCH_CHUNK),
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

/** An optimizer's state before its first step: all zeros. */
export function freshOptState(spec: OptimizerSpec, p: number): Float64Array {
  return new Float64Array(OPTIMIZERS[spec.id].stateSize(p));
}
