import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MODELS, type ModelId } from "../../src/core/models/index.js";
import { buildRun, type RunSpec } from "../../src/core/run-spec.js";
import { freshScheduleState, type ScheduleSpec, stepSchedule } from "../../src/core/schedules.js";
import { readOptimizerText, readScheduleText } from "../../src/core/spec-text.js";
import { collect, isClose } from "./run-helpers.js";
import type { TorchUpdate } from "./torch-fixtures.js";

/**
 * The engine against fixtures/optimizers/torch/ (format in fixtures/gen/optimizer_reference.py's
 * header): plain-Python implementations of torch.optim's documented updates and schedules, not
 * this code. Every optimizer at its defaults and not, on the lecture problem (per sample), on
 * Exercise 3-1's model (full batch) and on the cubic one (four parameters, batches of 2), and
 * every schedule's rates, to 1e-12 relative.
 */

interface Problem {
  model: ModelId;
  x: number[];
  y: number[];
  batch: number;
  init: Record<string, number>;
  epochs: number;
}

const read = <T>(name: string): T =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/optimizers/torch/${name}.json`, import.meta.url), "utf8"),
  );

/**
 * The run of a fixture's case. Its rate is the fixture's resolved one: a spec without `lr=` means
 * torch's default there, which for SGD (1e-3) is not gd-tui's (the lecture's 0.01).
 */
function specFor(
  problem: Problem,
  optimizer: string,
  lr: number,
  schedule?: ScheduleSpec,
): RunSpec {
  const text = readOptimizerText(optimizer);
  if (typeof text === "string") throw new Error(text);
  const names = MODELS[problem.model].params;
  return {
    data: { name: "fixture", xs: problem.x, ys: problem.y },
    model: problem.model,
    init: names.map((n) => problem.init[n] as number),
    batch: problem.batch,
    optimizer: {
      id: text.id,
      hyper: { ...text.hyper, lr },
    },
    ...(schedule ? { schedule } : {}),
    maxEpochs: problem.epochs,
    tolLoss: 0,
    tolGrad: 0,
    maxLoss: 1e300,
  };
}

/** Each number of the engine's updates that differs from the fixture's beyond 1e-12. */
function differences(spec: RunSpec, want: TorchUpdate[]) {
  const names = MODELS[spec.model].params;
  const { updates } = collect(buildRun(spec), 1_000_000);
  expect(updates.length).toBe(want.length);
  return want.flatMap((w, i) => {
    const g = updates[i];
    if (!g) return [`update ${w.update} missing`];
    const pairs: [string, number, number][] = [
      ["lr", g.lr, w.lr],
      ["loss", g.loss, w.loss],
      ...names.map((n, j): [string, number, number] => [
        `grad ${n}`,
        g.grads[j] as number,
        w.grads[n] as number,
      ]),
      ...names.map((n, j): [string, number, number] => [
        `param ${n}`,
        g.params[j] as number,
        w.params[n] as number,
      ]),
    ];
    return pairs
      .filter(([, a, b]) => !isClose(a, b))
      .map(([field, a, b]) => `update ${w.update} ${field}: ${a} (want ${b})`);
  });
}

const PROBLEMS = ["lecture", "quadratic-full", "cubic"].map((name) => {
  const file = read<{
    problem: Problem;
    cases: Record<string, { hyper: { lr: number }; updates: TorchUpdate[] }>;
  }>(name);
  return { name, file };
});

describe.each(PROBLEMS)("torch.optim on $name", ({ file }) => {
  it.each(Object.keys(file.cases))("%s", (spec) => {
    const c = file.cases[spec];
    if (!c) throw new Error(spec);
    expect(differences(specFor(file.problem, spec, c.hyper.lr), c.updates)).toEqual([]);
  });
});

interface Schedules {
  sequences: Record<string, { base_lr: number; metrics?: number[]; lrs: number[] }>;
  problem: Problem;
  trajectories: Record<
    string,
    { optimizer: string; hyper: { lr: number }; lrs: number[]; updates: TorchUpdate[] }
  >;
}

const SCHEDULES = read<Schedules>("schedules");

function schedule(text: string): ScheduleSpec {
  const spec = readScheduleText(text);
  if (typeof spec === "string") throw new Error(spec);
  return spec;
}

describe("lr_scheduler's rates, epoch by epoch", () => {
  it.each(Object.keys(SCHEDULES.sequences))("%s", (text) => {
    const seq = SCHEDULES.sequences[text];
    if (!seq) throw new Error(text);
    const spec = schedule(text);
    const state = freshScheduleState();
    const start =
      spec.id === "linear" ? seq.base_lr * (spec.params.start_factor as number) : seq.base_lr;
    const lrs = [start];
    for (let e = 1; e < seq.lrs.length; e++) {
      const metric = seq.metrics?.[e - 1] ?? 0;
      lrs.push(stepSchedule(spec, seq.base_lr, lrs[e - 1] as number, e, metric, state));
    }
    const off = lrs.filter((lr, e) => !isClose(lr, seq.lrs[e] as number));
    expect(off).toEqual([]);
  });
});

describe("a schedule in a run: each update uses its epoch's rate", () => {
  it.each(Object.keys(SCHEDULES.trajectories))("%s", (text) => {
    const tr = SCHEDULES.trajectories[text];
    if (!tr) throw new Error(text);
    const spec = specFor(SCHEDULES.problem, tr.optimizer, tr.hyper.lr, schedule(text));
    expect(differences(spec, tr.updates)).toEqual([]);
  });
});
