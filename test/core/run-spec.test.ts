import { describe, expect, it } from "vitest";
import { LECTURE_DATA } from "../../src/core/data.js";
import { advance } from "../../src/core/engine.js";
import { transition } from "../../src/core/machine.js";
import { MODELS } from "../../src/core/models/index.js";
import { buildRun, type RunSpec, runConfig } from "../../src/core/run-spec.js";
import { snapshot } from "./run-helpers.js";

const SPEC: RunSpec = {
  data: LECTURE_DATA,
  model: "quadratic",
  init: [0.5, 1, 0],
  batch: 2,
  optimizer: { id: "adam", hyper: { lr: 0.05, betas: [0.8, 0.99], amsgrad: true } },
  schedule: { id: "plateau", params: { patience: 1, factor: 0.5 } },
  maxEpochs: 300,
  tolLoss: 0,
};

describe("RunSpec", () => {
  it("is plain data: a copy through JSON builds the identical run, update for update", () => {
    const copy = JSON.parse(JSON.stringify(SPEC)) as RunSpec;
    const a = advance(buildRun(SPEC), 500);
    const b = advance(buildRun(copy), 500);
    expect(a.updates).toBeGreaterThan(100);
    expect(snapshot(b)).toEqual(snapshot(a));
    expect(b.lr).toBe(a.lr);
  });

  it("resolves every default in core, the divergence bound included", () => {
    const config = runConfig({ data: LECTURE_DATA, model: "linear" });
    expect(config).toMatchObject({
      batchSize: 1,
      init: [1],
      optimizer: { id: "sgd", hyper: { momentum: 0, nesterov: false } },
      lr: 0.01,
      schedule: { id: "constant" },
      maxEpochs: 10,
      maxLoss: 1e10,
    });
    // A run's state is data too: its config survives JSON (no functions, no process-wide index).
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it("keeps torch's default rate for optimizers other than SGD's family", () => {
    expect(
      runConfig({ data: LECTURE_DATA, model: "linear", optimizer: { id: "adadelta" } }).lr,
    ).toBe(1);
  });
});

describe("runs with different hyperparameters in one process", () => {
  it("each gets its own arithmetic, whatever ran before it", () => {
    const momentum = (m: number): RunSpec => ({
      data: LECTURE_DATA,
      model: "linear",
      optimizer: { id: "momentum", hyper: { momentum: m } },
      maxEpochs: 1,
    });
    const slow = buildRun(momentum(0.5));
    const fast = buildRun(momentum(0.9));
    // Interleaved, one update at a time, so a shared kernel or cache would mix them up.
    let a = slow;
    let b = fast;
    for (let u = 0; u < 3; u++) {
      a = advance(a, 1);
      b = advance(b, 1);
    }
    // By hand, x=[1,2,3], y=2x, w=1, lr 0.01, buffer starting at the first gradient:
    //   update 1: g = 2·1·(1 − 2) = −2, b = −2, w = 1.02 (both).
    //   update 2: g = 2·2·(2.04 − 4) = −7.84; μ 0.5: b = −1 − 7.84 = −8.84, w = 1.1084;
    //             μ 0.9: b = −1.8 − 7.84 = −9.64, w = 1.1164.
    //   update 3: g = 2·3·(3w − 6); μ 0.5: g = −16.0488, b = −4.42 − 16.0488 = −20.4688,
    //             w = 1.313088;  μ 0.9: g = −15.9048, b = −8.676 − 15.9048 = −24.5808,
    //             w = 1.362208.
    expect(a.params[0]).toBeCloseTo(1.313088, 12);
    expect(b.params[0]).toBeCloseTo(1.362208, 12);
  });
});

describe("a four-parameter model", () => {
  const cubic = (lr: number): RunSpec => ({
    data: { name: "cubic", xs: [-1, -0.5, 0.25, 0.75, 1], ys: [-3, -2.5, -1, 0.5, 1] },
    model: "cubic",
    optimizer: { id: "sgd", hyper: { lr } },
    maxEpochs: 100_000,
    tolLoss: 0,
  });

  it("trains: the loss falls to a fraction of where it started", () => {
    const start = buildRun(cubic(0.05));
    const end = advance(start, 20_000);
    expect(end.status.kind).not.toBe("diverged");
    const { xs, ys } = start.config.data;
    const loss = (p: Float64Array) =>
      MODELS.cubic.evaluate(p, xs, ys, 0, xs.length, new Float64Array(4));
    expect(loss(end.params)).toBeLessThan(0.01 * loss(start.params));
  });

  it("diverges at too large a rate, with nothing non-finite kept, and steps back", () => {
    const end = advance(buildRun(cubic(5)), 10_000);
    expect(end.status.kind).toBe("diverged");
    expect(Array.from(end.params).every(Number.isFinite)).toBe(true);
    const back = transition(end, { type: "step-back" });
    expect(back.updates).toBe(end.updates - 1);
    const again = transition(back, { type: "step" });
    expect(Array.from(again.params)).toEqual(Array.from(end.params));
  });
});

describe("a schedule in the state machine", () => {
  // StepLR every epoch, γ 0.5, on the lecture (3 updates an epoch), from 0.01.
  const halving = (): RunSpec => ({
    data: LECTURE_DATA,
    model: "linear",
    schedule: { id: "step", params: { step_size: 1, gamma: 0.5 } },
    maxEpochs: 100,
  });
  const play = (state: ReturnType<typeof buildRun>, n: number) => {
    let s = state;
    for (let i = 0; i < n; i++) s = transition(s, { type: "step" });
    return s;
  };

  it("a rate set by hand is the one the next epoch's end multiplies", () => {
    const epoch1 = play(buildRun(halving()), 4);
    expect(epoch1.lr).toBe(0.005);
    const raised = transition(epoch1, { type: "set-learning-rate", lr: 0.04 });
    // The rest of epoch 1 at 0.04, then 0.04 · 0.5 = 0.02 for epoch 2.
    expect(play(raised, 2).lr).toBe(0.02);
  });

  it("step back across an epoch's end brings the schedule's rate back, and forward again", () => {
    const at3 = play(buildRun(halving()), 3);
    expect(at3.lr).toBe(0.005);
    const back = transition(at3, { type: "step-back" });
    expect(back.lr).toBe(0.01);
    expect(Array.from(transition(back, { type: "step" }).params)).toEqual(Array.from(at3.params));
    expect(transition(back, { type: "step" }).lr).toBe(0.005);
  });

  it("reset starts the schedule over from the run's first rate", () => {
    const later = play(buildRun(halving()), 7);
    expect(transition(later, { type: "reset" }).lr).toBe(0.01);
  });
});
