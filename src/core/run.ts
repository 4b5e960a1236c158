import { batchesPerEpoch, type RunConfig } from "./config.js";
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
  /** Record u: what stood before update u + 1 (see UPDATE_FIELDS). */
  readonly updateTape: Tape;
  /** Record e: the end of epoch e (see EPOCH_FIELDS). */
  readonly epochTape: Tape;
  /** Mean loss over the data at the end of every epoch, decimated to stay bounded. */
  readonly overview: Overview;
}

/** Layout of an update record: the optimizer's index, then the parameters and its state before. */
export const UPDATE_FIELDS = { optimizer: 0, params: 1 } as const;

/** Layout of an epoch record; the parameters at the epoch's end follow from `params`. */
export const EPOCH_FIELDS = { progressLoss: 0, meanLoss: 1, gradNorm: 2, params: 3 } as const;

/** Updates kept for stepping back, at least. */
export const HISTORY_UPDATES = 1024;
/** Epoch records kept for the log, at least. */
export const HISTORY_EPOCHS = 1024;

export function createRun(config: RunConfig): RunState {
  const p = config.model.params.length;
  return {
    config,
    optimizer: config.optimizer,
    lr: config.lr,
    status: { kind: "idle" },
    params: Float64Array.from(config.init),
    optState: new Float64Array(OPTIMIZERS[config.optimizer].stateSize(p)),
    updates: 0,
    updateTape: emptyTape(1 + p + maxStateSize(p), HISTORY_UPDATES),
    epochTape: emptyTape(EPOCH_FIELDS.params + p, HISTORY_EPOCHS),
    overview: emptyOverview(),
  };
}

/** Epochs fully done. */
export function epochsDone(state: RunState): number {
  return Math.floor(state.updates / batchesPerEpoch(state.config));
}

/** The epoch the next update belongs to (0-based), and that update's batch within it. */
export function position(state: RunState): { epoch: number; batch: number } {
  const bpe = batchesPerEpoch(state.config);
  return { epoch: Math.floor(state.updates / bpe), batch: state.updates % bpe };
}

/** The samples [start, end) of batch `batch` of an epoch. */
export function batchRange(config: RunConfig, batch: number): { start: number; end: number } {
  const start = batch * config.batchSize;
  return { start, end: Math.min(start + config.batchSize, config.data.xs.length) };
}

export function isTerminal(status: Status): boolean {
  return status.kind === "converged" || status.kind === "diverged" || status.kind === "done";
}
