import { describe, expect, it } from "vitest";
import { DEFAULTS, divergenceBound, type RunConfig } from "../../src/core/config.js";
import { transition } from "../../src/core/machine.js";
import { OPTIMIZER_IDS, type OptimizerId } from "../../src/core/optimizers/index.js";
import { EPOCH_FIELDS, type RunState } from "../../src/core/run.js";
import { readTape } from "../../src/core/tape.js";
import { lectureConfig, lectureRun, snapshot } from "./run-helpers.js";

/** Runs until the run ends on its own, as the dashboard's runner would. */
function runToEnd(state: RunState): RunState {
  let next = transition(state, { type: "run" });
  for (let i = 0; i < 100 && next.status.kind === "running"; i++) {
    next = transition(next, { type: "tick", updates: 100_000 });
  }
  return next;
}

/** Every number a view could read: parameters, optimizer state, tapes and overview. */
function shownValues(state: RunState): number[] {
  const s = snapshot(state);
  return [
    ...s.params,
    ...s.optState,
    ...Object.values(s.tapes).flat(2),
    ...s.overview.flatMap((b) => [b.first, b.second]),
  ];
}

function lastEpoch(state: RunState, field: number): number {
  return readTape(state.epochTape, state.epochTape.length - 1, field);
}

/** Data in huge (but finite) units, with the bound the CLI would pick for them. */
function hugeUnits(optimizer: OptimizerId): RunConfig {
  const data = { name: "huge", xs: [1e100], ys: [0] };
  return lectureConfig({
    data,
    optimizer,
    lr: 1e-3,
    maxLoss: divergenceBound(data, "linear", [1]),
  });
}

describe("divergence is a state, not an exception", () => {
  it.each([
    // Full batch at lr 0.5: w − 2 is multiplied by 1 − 0.5·28/3 ≈ −3.7 every epoch.
    { name: "lecture, full batch, lr 0.5", config: lectureConfig({ batchSize: 3, lr: 0.5 }) },
    { name: "lecture, batch 1, lr 1.0", config: lectureConfig({ lr: 1 }) },
    {
      name: "affine, batch 2, momentum at lr 0.5",
      config: lectureConfig({
        model: "affine",
        init: [1, 1],
        batchSize: 2,
        optimizer: "momentum",
        lr: 0.5,
      }),
    },
    // Every loss and gradient here is finite, but g² is not: it overflows in the state of Adagrad,
    // RMSprop and Adam and in the gradient norm. config.ts: diverged when "any value stops being
    // finite"; engine.ts: "no NaN or Infinity ever reaches a view". Adamax (an ∞-norm, no g²)
    // and Rprop (signs only) take such units in their stride, so they are left out.
    ...OPTIMIZER_IDS.filter((id) => id !== "adamax" && id !== "rprop").map((optimizer) => ({
      name: `x = 1e100, ${optimizer}`,
      config: hugeUnits(optimizer),
    })),
  ])("$name ends diverged, with nothing non-finite kept", ({ config }) => {
    const end = runToEnd(lectureRun({ ...config, maxEpochs: 100_000 }));
    const nonFinite = shownValues(end).filter((v) => !Number.isFinite(v));
    expect({ status: end.status.kind, nonFinite }).toEqual({ status: "diverged", nonFinite: [] });
  });

  it("names what went wrong", () => {
    const end = runToEnd(lectureRun({ batchSize: 3, lr: 0.5, maxEpochs: 1000 }));
    expect(end.status).toEqual({
      kind: "diverged",
      reason: expect.stringMatching(
        /^update \d+ not applied: mean loss would be \S+ \(> 1e\+10\)$/,
      ),
    });
  });

  it("lecture, batch 1, lr 0.5 lands on w = 2 at once (1 − 0.5·(−2)) and converges", () => {
    const first = transition(lectureRun({ lr: 0.5 }), { type: "step" });
    expect(Array.from(first.params)).toEqual([2]);
    const end = runToEnd(first);
    expect(end.status).toEqual({ kind: "converged", reason: "mean loss 0 <= 1e-8 at epoch 0" });
    expect(end.updates).toBe(3);
  });
});

describe("convergence and the epoch limit", () => {
  it("the lecture setup with the default tolerances converges by the loss rule", () => {
    const end = runToEnd(lectureRun({ maxEpochs: 100_000 }));
    expect(end.status.kind).toBe("converged");
    expect("reason" in end.status && end.status.reason).toMatch(
      /^mean loss \S+ <= 1e-8 at epoch \d+$/,
    );
    expect(lastEpoch(end, EPOCH_FIELDS.meanLoss)).toBeLessThanOrEqual(DEFAULTS.tolLoss);
    expect(lastEpoch(end, EPOCH_FIELDS.gradNorm)).toBeGreaterThan(DEFAULTS.tolGrad);
    expect(end.updates % 3).toBe(0);
  });

  it("the epoch limit ends the run as done", () => {
    const end = runToEnd(lectureRun());
    expect(end.status).toEqual({ kind: "done", reason: "epoch limit 10 reached" });
    expect(end.updates).toBe(30);
    expect(end.epochTape.length).toBe(10);
    // Lecture 3's last line: "progress: 9 w= 1.95 loss= 0.02".
    expect((end.params[0] as number).toFixed(2)).toBe("1.95");
  });

  it("an affine model on data it cannot fit converges by the gradient norm, full batch", () => {
    const data = { name: "noisy", xs: [1, 2, 3, 4], ys: [1, 3, 2, 5] };
    const config = lectureConfig({
      data,
      model: "affine",
      init: [0, 0],
      batchSize: 4,
      lr: 0.05,
      maxEpochs: 1_000_000,
    });
    const end = runToEnd(lectureRun(config));
    expect("reason" in end.status && end.status.reason).toMatch(
      /^gradient norm \S+ <= 1e-6 at epoch \d+$/,
    );
    expect(end.status.kind).toBe("converged");
    // Least squares: w = 1.1, b = 0, leaving residuals 0.1, −0.8, 1.3, −0.6 (mean square 0.675).
    expect(lastEpoch(end, EPOCH_FIELDS.meanLoss)).toBeCloseTo(0.675, 9);
    expect(lastEpoch(end, EPOCH_FIELDS.gradNorm)).toBeLessThanOrEqual(DEFAULTS.tolGrad);
    expect(end.params[0]).toBeCloseTo(1.1, 4);
    expect(end.params[1]).toBeCloseTo(0, 4);
  });
});
