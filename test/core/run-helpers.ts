import { expect } from "vitest";
import { DEFAULTS, type RunConfig } from "../../src/core/config.js";
import { LECTURE_DATA } from "../../src/core/data.js";
import { advance, type EpochEvent, type UpdateEvent } from "../../src/core/engine.js";
import type { Model, ModelId } from "../../src/core/models/index.js";
import {
  defaultSpec,
  type OptimizerId,
  type OptimizerSpec,
} from "../../src/core/optimizers/index.js";
import { overviewBuckets } from "../../src/core/overview.js";
import { createRun, type RunState } from "../../src/core/run.js";
import { CONSTANT } from "../../src/core/schedules.js";
import { readTape, type Tape } from "../../src/core/tape.js";
import { gradLine, progressLine } from "../../src/core/transcript.js";

/** Config overrides, where an optimizer may be named by id alone (at torch's defaults). */
export type ConfigOverrides = Partial<Omit<RunConfig, "optimizer" | "model">> & {
  readonly optimizer?: OptimizerId | OptimizerSpec;
  readonly model?: ModelId | Model;
};

/** Lecture 3's setup (y = 2x, ŷ = x·w, per-sample SGD at lr 0.01 from w = 1), with overrides. */
export function lectureConfig(overrides: ConfigOverrides = {}): RunConfig {
  const { optimizer = DEFAULTS.optimizer, model = "linear", ...rest } = overrides;
  return {
    data: LECTURE_DATA,
    batchSize: 1,
    init: [DEFAULTS.initValue],
    lr: DEFAULTS.lr,
    schedule: CONSTANT,
    maxEpochs: DEFAULTS.maxEpochs,
    tolLoss: DEFAULTS.tolLoss,
    tolGrad: DEFAULTS.tolGrad,
    maxLoss: DEFAULTS.maxLoss,
    ...rest,
    model: typeof model === "string" ? model : model.id,
    optimizer: typeof optimizer === "string" ? defaultSpec(optimizer) : optimizer,
  };
}

export function lectureRun(overrides: ConfigOverrides = {}): RunState {
  return createRun(lectureConfig(overrides));
}

/** An update as the sink saw it, with the scratch arrays copied out. */
export interface UpdateRecord {
  readonly epoch: number;
  readonly update: number;
  readonly start: number;
  readonly end: number;
  readonly lr: number;
  readonly loss: number;
  readonly grads: number[];
  readonly params: number[];
}

export interface EpochRecord extends Omit<EpochEvent, "params"> {
  readonly params: number[];
}

function updateRecord(u: UpdateEvent): UpdateRecord {
  const { epoch, update, start, end, lr, loss } = u;
  return {
    epoch,
    update,
    start,
    end,
    lr,
    loss,
    grads: Array.from(u.grads),
    params: Array.from(u.params),
  };
}

/** Runs `advance(state, n)` with a sink that copies every event. */
export function collect(
  state: RunState,
  n: number,
): { state: RunState; updates: UpdateRecord[]; epochs: EpochRecord[] } {
  const updates: UpdateRecord[] = [];
  const epochs: EpochRecord[] = [];
  const next = advance(state, n, {
    update: (u) => updates.push(updateRecord(u)),
    epoch: (e) => epochs.push({ ...e, params: Array.from(e.params) }),
  });
  return { state: next, updates, epochs };
}

/** Runs `advance(state, n)`, printing each update and epoch end as the transcript does. */
export function printed(state: RunState, n: number): { state: RunState; lines: string[] } {
  const { config } = state;
  const lines: string[] = [];
  const next = advance(state, n, {
    update: (u) => lines.push(gradLine(config, u.start, u.end, u.grads)),
    epoch: (e) => lines.push(progressLine(config, e.epoch, e.params, e.progressLoss)),
  });
  return { state: next, lines };
}

/** |a − b| within `rel` of the larger magnitude, or within `abs` near zero. */
export function isClose(a: number, b: number, rel = 1e-12, abs = 1e-15): boolean {
  return Math.abs(a - b) <= Math.max(rel * Math.max(Math.abs(a), Math.abs(b)), abs);
}

/** `got` equals `want` within the tolerance; a failure shows the values that are off. */
export function expectClose(
  got: readonly number[],
  want: readonly number[],
  rel = 1e-12,
  abs = 1e-15,
): void {
  const near = got.map((g, j) => {
    const w = want[j];
    return w !== undefined && isClose(g, w, rel, abs) ? w : g;
  });
  expect(near).toEqual(want);
}

/** Every record a tape still keeps, oldest first, as plain arrays. */
export function keptRecords(tape: Tape): number[][] {
  const records: number[][] = [];
  for (let i = tape.first; i < tape.length; i++) {
    records.push(Array.from({ length: tape.stride }, (_, f) => readTape(tape, i, f)));
  }
  return records;
}

function isTape(value: unknown): value is Tape {
  return typeof value === "object" && value !== null && "chunks" in value && "stride" in value;
}

/** Every tape a state holds, by field name, whatever the engine keeps in them. */
export function tapesOf(state: RunState): Record<string, Tape> {
  return Object.fromEntries(Object.entries(state).filter(([, v]) => isTape(v)));
}

/** What a view can read of a state: its values, epoch log and overview. */
export function observable(state: RunState) {
  return {
    status: state.status,
    lr: state.lr,
    optimizer: state.optimizer,
    updates: state.updates,
    params: Array.from(state.params),
    optState: Array.from(state.optState),
    epochTape: keptRecords(state.epochTape),
    overview: overviewBuckets(state.overview),
  };
}

/** Everything a state holds, every record of every tape included. */
export function snapshot(state: RunState) {
  const tapes = Object.entries(tapesOf(state)).map(([name, tape]) => [name, keptRecords(tape)]);
  return { ...observable(state), tapes: Object.fromEntries(tapes) as Record<string, number[][]> };
}

/** mulberry32: a small seeded generator, so the sampled points are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The model's mean loss over samples [start, end) at `params`, with its gradient. */
export function evaluateAt(
  model: Model,
  params: readonly number[] | Float64Array,
  xs: readonly number[],
  ys: readonly number[],
  start = 0,
  end = xs.length,
): { loss: number; grads: number[] } {
  const grads = new Float64Array(model.params.length);
  const loss = model.evaluate(Float64Array.from(params), xs, ys, start, end, grads);
  return { loss, grads: Array.from(grads) };
}
