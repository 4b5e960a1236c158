import type { Dataset } from "./data.js";
import { meanLoss } from "./evaluate.js";
import { formatShort, parseDecimal } from "./format.js";
import { MODELS, type Model, type ModelId } from "./models/index.js";
import type { OptimizerSpec } from "./optimizers/index.js";
import { quote } from "./quote.js";
import type { ScheduleSpec } from "./schedules.js";

/**
 * What a run is set up with, every default resolved (run-spec.ts makes it from a RunSpec); fixed
 * for its life (the learning rate and optimizer can change). Plain data, as JSON holds it.
 */
export interface RunConfig {
  readonly data: Dataset;
  readonly model: ModelId;
  /** Samples per update; the data's length for full batch. */
  readonly batchSize: number;
  /** Parameter values at the start, in the model's order. */
  readonly init: readonly number[];
  readonly optimizer: OptimizerSpec;
  /** The rate the run starts from, before a schedule's first-epoch factor (torch's initial_lr). */
  readonly lr: number;
  /** Stepped at the end of every epoch. */
  readonly schedule: ScheduleSpec;
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
  batch: 1,
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
export function divergenceBound(data: Dataset, model: ModelId, init: readonly number[]): number {
  const start = meanLoss(MODELS[model], data.xs, data.ys, Float64Array.from(init));
  // Capped at the largest double: a bound of Infinity would let an overflowing loss through.
  return Number.isFinite(start)
    ? Math.min(Number.MAX_VALUE, Math.max(DEFAULTS.maxLoss, 1e6 * start))
    : DEFAULTS.maxLoss;
}

/**
 * The learning rates gd-tui takes, from --lr, the `l` prompt and the `+`/`-` ladder alike: down to
 * 1e-9 for data in large units (x in the thousands wants lr below 1e-7), up to 1000 for tiny ones;
 * past that a single step is a typo, not an experiment.
 */
export const LR_RANGE = { min: 1e-9, max: 1000 } as const;

/** The range as the messages and the help say it. */
export const LR_RANGE_TEXT = `${formatShort(LR_RANGE.min)} to ${formatShort(LR_RANGE.max)}`;

export function isLearningRateInRange(lr: number): boolean {
  return lr >= LR_RANGE.min && lr <= LR_RANGE.max;
}

/**
 * A learning rate written as text, or why it is not one: the same words for the flag and the
 * prompt. A value longer than `max` characters is shown cut, so the reason after it still shows.
 */
export function readLearningRate(text: string, max: number): number | string {
  const trimmed = text.trim();
  const value = parseDecimal(trimmed);
  if (Number.isNaN(value)) return `${quote(trimmed, max)} is not a number`;
  const shown = trimmed.length <= max ? trimmed : quote(trimmed, max);
  // 1e-400 is a positive number too small for a double, not a zero typed on purpose.
  const isZero = value === 0 && !/[1-9]/.test(trimmed.split(/e/i)[0] ?? "");
  if (value < 0 || Object.is(value, -0) || isZero) return `${shown} must be greater than 0`;
  if (!isLearningRateInRange(value)) return `${shown} is out of range (${LR_RANGE_TEXT})`;
  return value;
}

/** Updates in one epoch: one per batch, the last batch possibly smaller. */
export function batchesPerEpoch(config: RunConfig): number {
  return Math.ceil(config.data.xs.length / config.batchSize);
}

/** The config's model, with its code. */
export function modelOf(config: Pick<RunConfig, "model">): Model {
  return MODELS[config.model];
}
