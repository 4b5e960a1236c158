import { describe, expect, it } from "vitest";
import type { RunConfig } from "../../src/core/config.js";
import { advance } from "../../src/core/engine.js";
import { norm } from "../../src/core/evaluate.js";
import { generatedSource } from "../../src/core/kernel-source.js";
import { linear, MODEL_DEFINITIONS } from "../../src/core/models/definitions.js";
import { MODEL_IDS, MODELS, type ModelId } from "../../src/core/models/index.js";
import { OPTIMIZER_DEFINITIONS } from "../../src/core/optimizers/definitions.js";
import {
  defaultSpec,
  OPTIMIZER_IDS,
  OPTIMIZERS,
  type OptimizerId,
  optimizerStep,
} from "../../src/core/optimizers/index.js";
import { createRun, EPOCH_FIELDS, type RunState } from "../../src/core/run.js";
import { CONSTANT } from "../../src/core/schedules.js";
import { readTape } from "../../src/core/tape.js";
import { collect, lectureRun } from "./run-helpers.js";

// The engine runs compiled kernels; the views and the CLI's checks call each model's `evaluate`
// and each optimizer's `update`. These tests hold the kernels to a plain composition of those two,
// bit for bit, for every model, optimizer and batch shape.

const DATA = { name: "test", xs: [0.5, 1, 1.5, 2, 3], ys: [1.2, 1.9, 3.2, 3.9, 6.1] };
const BATCHES = [1, 2, 5] as const;

function config(model: ModelId, optimizer: OptimizerId, batchSize: number): RunConfig {
  return {
    data: DATA,
    model,
    batchSize,
    init: MODELS[model].params.map(() => 0.25),
    optimizer: defaultSpec(optimizer),
    // x³ reaches 27 here: the cubic model diverges at the others' rate.
    lr: model === "cubic" ? 1e-4 : 0.005,
    schedule: CONSTANT,
    maxEpochs: 1_000_000,
    tolLoss: 0,
    tolGrad: 0,
    maxLoss: 1e10,
  };
}

/** The same updates, written as a loop over `evaluate` and `optimizerStep`. */
function reference(c: RunConfig, updates: number) {
  const { data, batchSize } = c;
  const model = MODELS[c.model];
  const optimizer = OPTIMIZERS[c.optimizer.id];
  let params: Float64Array = Float64Array.from(c.init);
  let state: Float64Array = new Float64Array(optimizer.stateSize(params.length));
  const records: { loss: number; grads: number[]; params: number[] }[] = [];
  const epochs: { progress: number; mean: number; gradNorm: number }[] = [];
  const perEpoch = Math.ceil(data.xs.length / batchSize);
  for (let u = 0; u < updates; u++) {
    const batch = u % perEpoch;
    const start = batch * batchSize;
    const end = Math.min(start + batchSize, data.xs.length);
    const grads = new Float64Array(params.length);
    const loss = model.evaluate(params, data.xs, data.ys, start, end, grads);
    ({ params, state } = optimizerStep(c.optimizer, params, grads, state, c.lr));
    records.push({ loss, grads: Array.from(grads), params: Array.from(params) });
    if (batch === perEpoch - 1) {
      const full = new Float64Array(params.length);
      const progress = model.evaluate(params, data.xs, data.ys, start, end, full);
      const mean = model.evaluate(params, data.xs, data.ys, 0, data.xs.length, full);
      epochs.push({ progress, mean, gradNorm: norm(full) });
    }
  }
  return { records, epochs, state: Array.from(state) };
}

const CASES = MODEL_IDS.flatMap((model) =>
  OPTIMIZER_IDS.flatMap((optimizer) => BATCHES.map((batch) => ({ model, optimizer, batch }))),
);

describe("kernels agree with evaluate and update, to the bit", () => {
  it.each(CASES)("$model, $optimizer, batch $batch", ({ model, optimizer, batch }) => {
    const c = config(model, optimizer, batch);
    const expected = reference(c, 40);
    const run = collect(createRun(c), 40);
    expect(run.updates.map(({ loss, grads, params }) => ({ loss, grads, params }))).toEqual(
      expected.records,
    );
    expect(
      run.epochs.map((e) => ({ progress: e.progressLoss, mean: e.meanLoss, gradNorm: e.gradNorm })),
    ).toEqual(expected.epochs);
    expect(Array.from(run.state.optState)).toEqual(expected.state);
  });
});

/** Everything a state holds that a kernel wrote, as plain numbers. */
function written(state: RunState) {
  const { epochTape } = state;
  const records: number[][] = [];
  for (let e = epochTape.first; e < epochTape.length; e++) {
    records.push(
      Array.from({ length: epochTape.stride }, (_, field) => readTape(epochTape, e, field)),
    );
  }
  return {
    updates: state.updates,
    status: state.status,
    params: Array.from(state.params),
    optState: Array.from(state.optState),
    first: epochTape.first,
    records,
  };
}

describe("running in blocks is running one update at a time", () => {
  // 3,001 updates cross checkpoints (every 64) and the epoch tape's chunks (256 records).
  it.each([
    { model: "linear", optimizer: "sgd", batch: 1 },
    { model: "quadratic", optimizer: "adam", batch: 2 },
    { model: "affine", optimizer: "nesterov", batch: 5 },
  ] as const)("$model, $optimizer, batch $batch", ({ model, optimizer, batch }) => {
    // A rate so small that every epoch's record differs from the last, or a misplaced one would pass.
    const start = createRun({ ...config(model, optimizer, batch), lr: 1e-5 });
    const whole = advance(start, 3001);
    const means = written(whole).records.map((r) => r[EPOCH_FIELDS.meanLoss]);
    expect(new Set(means).size).toBe(means.length);
    let single = start;
    for (let u = 0; u < 3001; u++) single = advance(single, 1);
    // Calls of 37, as a runner makes them a frame at a time, cut blocks off the checkpoints' grid.
    let frames = start;
    for (let u = 0; u < 3001; u += 37) frames = advance(frames, Math.min(37, 3001 - u));
    const withSink = collect(start, 3001).state;
    expect(written(whole)).toEqual(written(single));
    expect(written(frames)).toEqual(written(single));
    expect(written(withSink)).toEqual(written(single));
  });

  it.each([
    { batchSize: 1, lr: 0.22 },
    { batchSize: 3, lr: 0.22 },
  ])(
    "stops where one at a time stops when the lecture diverges (batch $batchSize, lr $lr)",
    (overrides) => {
      const start = lectureRun({ ...overrides, maxEpochs: 1000 });
      const whole = advance(start, 1000);
      let single = start;
      for (let u = 0; u < 1000; u++) single = advance(single, 1);
      expect(whole.status.kind).toBe("diverged");
      expect(whole.updates).toBeGreaterThan(64);
      expect(written(whole)).toEqual(written(single));
    },
  );

  // At two updates an epoch the tape keeps (2048 + 64) / 2 + 1 = 1057 epochs: ten chunks of 128,
  // which 2,560 updates fill exactly. A call that ends no epoch must not start an eleventh, which
  // would push the oldest 128 records out early.
  it("keeps the oldest epochs when a call ends none with the tape's chunk full", () => {
    const data = { name: "four", xs: [1, 2, 3, 4], ys: [2, 4, 6, 8] };
    const start = createRun({ ...config("linear", "sgd", 2), data, lr: 0.001 });
    const full = advance(start, 2560);
    const after = advance(full, 1);
    expect([full.epochTape.first, full.epochTape.length]).toEqual([0, 1280]);
    expect([after.epochTape.first, after.epochTape.length]).toEqual([0, 1280]);
    expect(advance(after, 1).epochTape.length).toBe(1281);
  });

  it("stops at the epoch that converged, mid-block", () => {
    const start = createRun({ ...config("linear", "sgd", 1), tolLoss: 0.05 });
    const whole = advance(start, 1000);
    expect(whole.status).toMatchObject({ kind: "converged" });
    const epochs = whole.updates / DATA.xs.length;
    const last = readTape(whole.epochTape, epochs - 1, EPOCH_FIELDS.meanLoss);
    const before = readTape(whole.epochTape, epochs - 2, EPOCH_FIELDS.meanLoss);
    expect({ last: last <= 0.05, before: before <= 0.05 }).toEqual({ last: true, before: false });
  });
});

describe("formulas name only their own variables", () => {
  const models = Object.values(MODEL_DEFINITIONS);
  const sgd = OPTIMIZER_DEFINITIONS.sgd;
  it.each([
    ["a model parameter x", [{ ...linear, params: ["x"] }], [sgd]],
    ["a model parameter with a $", [{ ...linear, params: ["$w"] }], [sgd]],
    ["an optimizer slot lr", models, [{ ...sgd, slots: ["lr"] }]],
    ["an optimizer scalar next", models, [{ ...sgd, scalars: ["next"] }]],
    ["a hyperparameter d", models, [{ ...sgd, defaults: { ...sgd.defaults, d: 1 } }]],
  ] as const)("%s is refused by the generator", (_, m, o) => {
    expect(() => generatedSource(m, o)).toThrow(/cannot name a variable in generated code/);
  });
});
