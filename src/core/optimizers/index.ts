import { formatShort } from "../format.js";
import { OPTIMIZER_CODE } from "../generated/kernels.js";
import { OPTIMIZER_DEFINITIONS } from "./definitions.js";
import {
  type Hyper,
  type HyperValue,
  hyperVector,
  type OptimizerDefinition,
  type OptimizerId,
} from "./optimizer.js";

export type { Hyper, HyperValue, OptimizerDefinition, OptimizerId } from "./optimizer.js";

/** The generated update: from `params` and `state` into `next*` (they may be the same arrays). */
export type Update = (
  params: Float64Array,
  state: Float64Array,
  grads: Float64Array,
  lr: number,
  hyper: Float64Array,
  nextParams: Float64Array,
  nextState: Float64Array,
) => void;

/** An optimizer with its generated code. */
export interface Optimizer extends OptimizerDefinition {
  /** How many floats of state it keeps for `p` parameters; a fresh state is all zeros. */
  stateSize(p: number): number;
  readonly update: Update;
}

/**
 * Which optimizer a run uses and its hyperparameters, every one resolved, by torch's names (the
 * learning rate apart: it is the run's `lr`). Plain data: JSON holds it as it is.
 */
export interface OptimizerSpec {
  readonly id: OptimizerId;
  readonly hyper: Hyper;
}

function withCode(o: OptimizerDefinition): Optimizer {
  const stateSize = (p: number) => o.scalars.length + o.slots.length * p;
  return { ...o, stateSize, update: OPTIMIZER_CODE[o.family] as Update };
}

export const OPTIMIZERS = Object.fromEntries(
  Object.entries(OPTIMIZER_DEFINITIONS).map(([id, o]) => [id, withCode(o)]),
) as Readonly<Record<OptimizerId, Optimizer>>;

/** In the order `o` cycles through them in the dashboard. */
export const OPTIMIZER_IDS = Object.keys(OPTIMIZERS) as readonly OptimizerId[];

export function isOptimizerId(name: string): name is OptimizerId {
  return Object.hasOwn(OPTIMIZERS, name);
}

/** An optimizer at torch's defaults. */
export function defaultSpec(id: OptimizerId): OptimizerSpec {
  return { id, hyper: OPTIMIZERS[id].defaults };
}

/** Whether two specs describe the same arithmetic. */
export function isSameSpec(a: OptimizerSpec, b: OptimizerSpec): boolean {
  if (a === b) return true;
  if (a.id !== b.id) return false;
  const va = hyperVector(OPTIMIZERS[a.id], a.hyper);
  const vb = hyperVector(OPTIMIZERS[b.id], b.hyper);
  return va.every((v, i) => Object.is(v, vb[i]));
}

/** The most state floats any optimizer keeps for `p` parameters: the engine's record size. */
export function maxStateSize(p: number): number {
  return Math.max(...OPTIMIZER_IDS.map((id) => OPTIMIZERS[id].stateSize(p)));
}

/** The pure form of one update: returns new parameters and state, leaving the inputs alone. */
export function optimizerStep(
  spec: OptimizerSpec,
  params: Float64Array,
  grads: Float64Array,
  state: Float64Array,
  lr: number,
): { readonly params: Float64Array; readonly state: Float64Array } {
  const optimizer = OPTIMIZERS[spec.id];
  const nextParams = new Float64Array(params.length);
  const nextState = new Float64Array(state.length);
  const hyper = hyperVector(optimizer, spec.hyper);
  optimizer.update(params, state, grads, lr, hyper, nextParams, nextState);
  return { params: nextParams, state: nextState };
}

function showValue(value: HyperValue): string {
  if (Array.isArray(value)) return value.map((v) => formatShort(v)).join("/");
  return typeof value === "boolean" ? String(value) : formatShort(value as number);
}

/** The hyperparameters that differ from the optimizer's defaults, as `key=value` text. */
export function changedHyper(spec: OptimizerSpec): string[] {
  const { defaults } = OPTIMIZERS[spec.id];
  return Object.entries(spec.hyper)
    .filter(([key, value]) => showValue(value) !== showValue(defaults[key] as HyperValue))
    .map(([key, value]) => `${key}=${showValue(value)}`);
}

/** The optimizer as a header shows it: `Adam` or `Adam betas=0.8/0.99`. */
export function specLabel(spec: OptimizerSpec): string {
  return [OPTIMIZERS[spec.id].label, ...changedHyper(spec)].join(" ");
}
