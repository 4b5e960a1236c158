import type { Dataset } from "./data.js";
import { meanLoss } from "./evaluate.js";
import type { Model } from "./models/index.js";
import type { OptimizerId } from "./optimizers/index.js";

/** What a run is set up with; fixed for its life (the learning rate and optimizer can change). */
export interface RunConfig {
  readonly data: Dataset;
  readonly model: Model;
  /** Samples per update; the data's length for full batch. */
  readonly batchSize: number;
  /** Parameter values at the start, in the model's order. */
  readonly init: readonly number[];
  readonly optimizer: OptimizerId;
  readonly lr: number;
  /** The run is `done` after this many epochs. */
  readonly maxEpochs: number;
  /** Converged when the mean loss over the data falls to this at an epoch's end (0: never). */
  readonly tolLoss: number;
  /** Converged when the gradient norm over the data falls to this at an epoch's end (0: never). */
  readonly tolGrad: number;
  /** Diverged when a loss exceeds this (or any value stops being finite). */
  readonly maxLoss: number;
}

/** Lecture 3's script: 10 epochs of per-sample SGD at lr 0.01 from w = 1.0. */
export const DEFAULTS = {
  optimizer: "sgd",
  lr: 0.01,
  maxEpochs: 10,
  initValue: 1.0,
  // A teacher's "it has converged": predictions within about 1e-4 of the targets, or a gradient
  // so small that no learning rate in reach would move the weights visibly.
  tolLoss: 1e-8,
  tolGrad: 1e-6,
  maxLoss: 1e10,
} as const;

/**
 * Where a loss counts as diverged: DEFAULTS.maxLoss, or a million times the loss at the start for
 * data in large units, whichever is larger.
 */
export function divergenceBound(data: Dataset, model: Model, init: readonly number[]): number {
  const start = meanLoss(model, data.xs, data.ys, Float64Array.from(init));
  return Number.isFinite(start) ? Math.max(DEFAULTS.maxLoss, 1e6 * start) : DEFAULTS.maxLoss;
}

/** Updates in one epoch: one per batch, the last batch possibly smaller. */
export function batchesPerEpoch(config: RunConfig): number {
  return Math.ceil(config.data.xs.length / config.batchSize);
}
