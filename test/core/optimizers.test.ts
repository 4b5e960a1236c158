import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { RunConfig } from "../../src/core/config.js";
import { advance } from "../../src/core/engine.js";
import { transition } from "../../src/core/machine.js";
import { MODELS, type ModelId } from "../../src/core/models/index.js";
import {
  defaultSpec,
  OPTIMIZERS,
  type OptimizerId,
  optimizerStep,
} from "../../src/core/optimizers/index.js";
import { createRun } from "../../src/core/run.js";
import { CONSTANT } from "../../src/core/schedules.js";
import { collect, expectClose, isClose, lectureRun, type UpdateRecord } from "./run-helpers.js";

/** The schema written by fixtures/gen/optimizer_reference.py (see its header). */
interface Reference {
  problem: {
    model: ModelId;
    x: number[];
    y: number[];
    batch: number;
    lr: number;
    init: Record<string, number>;
    epochs: number;
  };
  optimizers: Record<OptimizerId, ReferenceUpdate[]>;
}

interface ReferenceUpdate {
  epoch: number;
  update: number;
  loss: number;
  grads: Record<string, number>;
  params: Record<string, number>;
}

const PROBLEMS = ["lecture", "quadratic", "affine-full"] as const;

function reference(name: string): Reference {
  const url = new URL(`../../fixtures/optimizers/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8"));
}

function configFor(ref: Reference, optimizer: OptimizerId): RunConfig {
  const { problem } = ref;
  const model = MODELS[problem.model];
  return {
    data: { name: problem.model, xs: problem.x, ys: problem.y },
    model: problem.model,
    batchSize: problem.batch,
    init: model.params.map((name) => problem.init[name] as number),
    optimizer: defaultSpec(optimizer),
    lr: problem.lr,
    schedule: CONSTANT,
    maxEpochs: problem.epochs,
    tolLoss: 0,
    tolGrad: 0,
    maxLoss: 1e300,
  };
}

/** The engine's updates in the fixture's shape: parameters by name. */
function engineTrajectory(ref: Reference, optimizer: OptimizerId): ReferenceUpdate[] {
  const names = MODELS[ref.problem.model].params;
  const byName = (values: number[]): Record<string, number> =>
    Object.fromEntries(names.map((n, j) => [n, values[j] as number]));
  const { updates } = collect(createRun(configFor(ref, optimizer)), 1_000_000);
  return updates.map((u: UpdateRecord) => ({
    epoch: u.epoch,
    update: u.update,
    loss: u.loss,
    grads: byName(u.grads),
    params: byName(u.params),
  }));
}

/** Every number where the engine and the reference differ beyond the tolerance. */
function differences(got: ReferenceUpdate[], want: ReferenceUpdate[]) {
  return want.flatMap((w, i) => {
    const g = got[i];
    if (!g) return [{ update: w.update, field: "missing" }];
    const pairs: [string, number | undefined, number][] = [
      ["epoch", g.epoch, w.epoch],
      ["update", g.update, w.update],
      ["loss", g.loss, w.loss],
      ...Object.entries(w.grads).map(([n, v]): [string, number | undefined, number] => [
        `grad ${n}`,
        g.grads[n],
        v,
      ]),
      ...Object.entries(w.params).map(([n, v]): [string, number | undefined, number] => [
        `param ${n}`,
        g.params[n],
        v,
      ]),
    ];
    return pairs
      .filter(([, a, b]) => a === undefined || !isClose(a, b))
      .map(([field, a, b]) => ({ update: w.update, field, got: a, want: b }));
  });
}

/** The optimizers of the original fixture files (the torch/ files have all twelve). */
const ORIGINAL_SIX = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"] as const;

const CASES = PROBLEMS.flatMap((problem) =>
  ORIGINAL_SIX.map((optimizer) => ({ problem, optimizer })),
);

describe("the engine against the independent torch.optim reference", () => {
  it("covers the original six in every fixture", () => {
    for (const problem of PROBLEMS) {
      expect(Object.keys(reference(problem).optimizers).sort()).toEqual([...ORIGINAL_SIX].sort());
    }
  });

  it.each(CASES)("$problem / $optimizer", ({ problem, optimizer }) => {
    const ref = reference(problem);
    const want = ref.optimizers[optimizer];
    const got = engineTrajectory(ref, optimizer);
    expect(got.length).toBe(want.length);
    expect(differences(got, want)).toEqual([]);
  });

  it("per-sample SGD on the lecture problem is the lecture script, bit for bit", () => {
    const ref = reference("lecture");
    const got = engineTrajectory(ref, "sgd");
    expect(got).toEqual(ref.optimizers.sgd);
    ref.optimizers.sgd.forEach((u, i) => {
      expect(got[i]?.loss).toBe(u.loss);
      expect(got[i]?.grads.w).toBe(u.grads.w);
      expect(got[i]?.params.w).toBe(u.params.w);
    });
  });
});

describe("optimizerStep, the pure form", () => {
  const ref = reference("quadratic");
  const names = MODELS.quadratic.params;
  const inOrder = (values: Record<string, number>) => names.map((n) => values[n] as number);

  it.each(ORIGINAL_SIX)("%s follows the reference from its gradients, inputs untouched", (id) => {
    const optimizer = OPTIMIZERS[id];
    let params: Float64Array = Float64Array.from(inOrder(ref.problem.init));
    let state: Float64Array = new Float64Array(optimizer.stateSize(names.length));
    const got: number[] = [];
    const touched: number[] = [];
    for (const u of ref.optimizers[id]) {
      const grads = Float64Array.from(inOrder(u.grads));
      const before = [params, grads, state].map((a) => Array.from(a).join());
      const next = optimizerStep(defaultSpec(id), params, grads, state, ref.problem.lr);
      const after = [params, grads, state].map((a) => Array.from(a).join());
      if (after.join(";") !== before.join(";") || next.params === params || next.state === state) {
        touched.push(u.update);
      }
      ({ params, state } = next);
      got.push(...params);
    }
    expect(touched).toEqual([]);
    expectClose(
      got,
      ref.optimizers[id].flatMap((u) => inOrder(u.params)),
    );
  });

  it("SGD moves by lr·g", () => {
    const params = Float64Array.from([0.5, -2, 3]);
    const grads = Float64Array.from([1.5, -0.25, 4]);
    const { params: next } = optimizerStep(
      defaultSpec("sgd"),
      params,
      grads,
      new Float64Array(OPTIMIZERS.sgd.stateSize(3)),
      0.1,
    );
    expect(Array.from(next)).toEqual([0.5 - 0.1 * 1.5, -2 - 0.1 * -0.25, 3 - 0.1 * 4]);
  });
});

describe("changing the learning rate between updates (lecture, SGD)", () => {
  // Update 1 at lr 0.01: g = 2·1·(1·1 − 2) = −2, w = 1 + 0.02 = 1.02.
  // Update 2 at lr 0.02: g = 2·2·(2·1.02 − 4), w = 1.02 − 0.02·g.
  const g2 = 2 * 2 * (2 * 1.02 - 4);
  const w2 = 1.02 - 0.02 * g2;

  it("through a set-learning-rate event", () => {
    const first = transition(lectureRun(), { type: "step" });
    expect(first.params[0]).toBe(1.02);
    const faster = transition(first, { type: "set-learning-rate", lr: 0.02 });
    const { state, updates } = collect(faster, 1);
    expect(updates[0]?.grads).toEqual([g2]);
    expect(state.params[0]).toBe(w2);
    expect(state.lr).toBe(0.02);
  });

  it("through two advance calls with different state.lr", () => {
    const first = advance(lectureRun(), 1);
    const second = advance({ ...first, lr: 0.02 }, 1);
    expect(Array.from(second.params)).toEqual([w2]);
  });

  it("leaves an update already made alone", () => {
    const first = transition(lectureRun(), { type: "step" });
    transition(first, { type: "set-learning-rate", lr: 0.5 });
    expect(advance(first, 1).params[0]).toBe(1.02 - 0.01 * g2);
  });
});
