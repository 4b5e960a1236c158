import { DEFAULTS, divergenceBound, type RunConfig } from "./config.js";
import type { Dataset } from "./data.js";
import { MODELS, type ModelId } from "./models/index.js";
import { type Hyper, OPTIMIZERS, type OptimizerId } from "./optimizers/index.js";
import { createRun, type RunState } from "./run.js";
import {
  CONSTANT,
  SCHEDULE_DEFAULTS,
  type ScheduleId,
  type ScheduleSpec,
  type ScheduleValue,
} from "./schedules.js";

/**
 * A run described by data: what the CLI parses its flags into, what a session keeps for each of
 * its runs, and what a saved or shared run is. Everything left out takes the default here (the
 * lecture's setup), so `JSON.parse(JSON.stringify(spec))` builds the identical run.
 */
export interface RunSpec {
  readonly data: Dataset;
  readonly model: ModelId;
  /** Starting parameters, in the model's order: each 1.0 when left out. */
  readonly init?: readonly number[];
  /** Samples per update: 1 (the lecture) when left out. */
  readonly batch?: number | "full";
  /**
   * By torch's keyword names, `lr` among them; what is left out takes torch's default, the lr
   * that optimizer's own (the SGD family: the lecture's 0.01). SGD when left out.
   */
  readonly optimizer?: { readonly id: OptimizerId; readonly hyper?: Hyper };
  /** Constant when left out; parameters left out take torch's defaults. */
  readonly schedule?: {
    readonly id: ScheduleId;
    readonly params?: Readonly<Record<string, ScheduleValue>>;
  };
  readonly maxEpochs?: number;
  readonly tolLoss?: number;
  readonly tolGrad?: number;
  /** Where a loss counts as diverged: by default decided from the data (divergenceBound). */
  readonly maxLoss?: number;
}

function resolveSchedule(spec: RunSpec["schedule"]): ScheduleSpec {
  if (!spec || spec.id === "constant") return CONSTANT;
  const params = { ...SCHEDULE_DEFAULTS[spec.id], ...spec.params };
  return { id: spec.id, params: params as Record<string, ScheduleValue> };
}

/** Every default resolved. The spec is taken as valid: spec-text.ts judges text from outside. */
export function runConfig(spec: RunSpec): RunConfig {
  const model = MODELS[spec.model];
  const init = spec.init ?? model.params.map(() => DEFAULTS.initValue);
  const id = spec.optimizer?.id ?? DEFAULTS.optimizer;
  const optimizer = OPTIMIZERS[id];
  const { lr = optimizer.lr, ...given } = spec.optimizer?.hyper ?? {};
  const batch = spec.batch ?? DEFAULTS.batch;
  return {
    data: spec.data,
    model: spec.model,
    batchSize: batch === "full" ? spec.data.xs.length : batch,
    init,
    optimizer: { id, hyper: { ...optimizer.defaults, ...given } },
    lr: lr as number,
    schedule: resolveSchedule(spec.schedule),
    maxEpochs: spec.maxEpochs ?? DEFAULTS.maxEpochs,
    tolLoss: spec.tolLoss ?? DEFAULTS.tolLoss,
    tolGrad: spec.tolGrad ?? DEFAULTS.tolGrad,
    maxLoss: spec.maxLoss ?? divergenceBound(spec.data, spec.model, init),
  };
}

/** The run a spec describes, before its first update. */
export function buildRun(spec: RunSpec): RunState {
  return createRun(runConfig(spec));
}
