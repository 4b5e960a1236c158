import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/core/data.js";
import { advance } from "../../src/core/engine.js";
import { MODELS, type ModelId } from "../../src/core/models/index.js";
import type { RunState } from "../../src/core/run.js";
import { logLines, readout } from "../../src/core/selectors.js";
import { lectureRun, printed, seededRandom } from "./run-helpers.js";

// The per-frame selectors on data large enough that a sum over it each frame would show.

/** φ(x) of each model, written out here: ŷ = φ(x)·θ. */
const FEATURES: Record<ModelId, (x: number) => number[]> = {
  linear: (x) => [x],
  affine: (x) => [x, 1],
  quadratic: (x) => [x * x, x, 1],
  cubic: (x) => [x * x * x, x * x, x, 1],
};

/**
 * The mean loss and gradient norm as direct sums over the data, and the size of rounding either
 * way of computing them may make. Each residual φ·θ − y is rounded relative to (|φ|·|θ| + |y|),
 * and a sum of n terms adds at most n·ε of the sum of their magnitudes (Higham, Accuracy and
 * Stability, §4.2); the statistics' quadratic form is a sum of the same kind around their centre
 * θ0, so its bound has |θ − θ0| + |θ0| in place of |θ|. Four times that covers both sides.
 */
function direct(
  model: ModelId,
  data: Dataset,
  params: ArrayLike<number>,
  centre: ArrayLike<number>,
) {
  const n = data.xs.length;
  const p = params.length;
  const grad = new Array<number>(p).fill(0);
  let loss = 0;
  let lossScale = 0;
  const gradScale = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) {
    const phi = FEATURES[model](data.xs[i] as number);
    const y = data.ys[i] as number;
    let r = -y;
    let size = Math.abs(y);
    for (let j = 0; j < p; j++) {
      const theta = params[j] as number;
      r += (phi[j] as number) * theta;
      size +=
        Math.abs(phi[j] as number) *
        (Math.abs(theta - (centre[j] as number)) + Math.abs(centre[j] as number) + Math.abs(theta));
    }
    loss += r * r;
    lossScale += size * size;
    for (let j = 0; j < p; j++) {
      grad[j] = (grad[j] as number) + 2 * (phi[j] as number) * r;
      gradScale[j] = (gradScale[j] as number) + 2 * Math.abs(phi[j] as number) * size;
    }
  }
  const bound = 4 * n * Number.EPSILON;
  return {
    loss: loss / n,
    gradNorm: Math.hypot(...grad.map((g) => g / n)),
    lossTol: (bound * lossScale) / n,
    gradTol: (bound * Math.hypot(...gradScale)) / n,
  };
}

function noisyData(n: number, seed: number): Dataset {
  const random = seededRandom(seed);
  const xs = Array.from({ length: n }, () => 4 * random() - 1);
  const ys = xs.map((x) => 0.5 * x * x - 1.5 * x + 3 + (random() - 0.5));
  return { name: "noisy", xs, ys };
}

function expectAgrees(state: RunState): void {
  const model = state.config.model;
  const want = direct(model, state.config.data, state.params, state.stats.centre);
  const got = readout(state);
  expect(Math.abs(got.meanLoss - want.loss)).toBeLessThanOrEqual(want.lossTol);
  expect(Math.abs(got.gradNorm - want.gradNorm)).toBeLessThanOrEqual(want.gradTol);
  // The bound means something: below the sixth digit the panel shows.
  expect(want.lossTol).toBeLessThan(1e-7 * Math.max(want.loss, 1));
}

describe("the weights panel's mean loss and gradient norm, from the loss statistics", () => {
  const data = noisyData(20_000, 7);
  for (const model of ["linear", "affine", "quadratic"] as const) {
    const init = MODELS[model].params.map(() => 1);
    const run = lectureRun({ data, model: MODELS[model], init, lr: 0.001, maxEpochs: 50 });
    it(`agree with direct sums over 20,000 rows: ${model}`, () => {
      expectAgrees(run);
      expectAgrees(advance(run, 7));
      expectAgrees(advance(run, 20_000 * 3 + 11));
    });
    it(`agree far from the minimum: ${model}`, () => {
      expectAgrees({ ...run, params: Float64Array.from(init, (_, j) => 1e3 * (j + 1)) });
    });
  }

  it("agree at the lecture's exact minimum, where the loss is 0", () => {
    const run = lectureRun();
    expectAgrees({ ...run, params: Float64Array.of(2) });
    expect(readout({ ...run, params: Float64Array.of(2) }).meanLoss).toBe(0);
    // Worked by hand: loss(w) = (14/3)(w − 2)², so at w = 1 the loss is 14/3 and |∇| is 28/3.
    expect(readout(run).meanLoss).toBeCloseTo(14 / 3, 14);
    expect(readout(run).gradNorm).toBeCloseTo(28 / 3, 14);
  });
});

describe("the gradient log's lines", () => {
  // Printed from the start with a sink: the transcript itself, no replay involved.
  const cases: [string, RunState, number[]][] = [
    ["the lecture, 3 updates an epoch", lectureRun({ maxEpochs: 100 }), [1, 2, 3, 4, 29, 30, 31]],
    ["full batch, 1 update an epoch", lectureRun({ batchSize: 3, maxEpochs: 100 }), [1, 2, 40]],
    [
      "1,000 updates an epoch",
      lectureRun({ data: noisyData(1000, 3), lr: 0.001 }),
      [5, 999, 1000, 1001, 1003, 2500],
    ],
  ];
  for (const [label, run, points] of cases) {
    it(`are the transcript's last lines: ${label}`, () => {
      for (const n of points) {
        const { state, lines } = printed(run, n);
        for (const count of [1, 3, 20, 300]) {
          expect(logLines(state, count)).toEqual(lines.slice(-count));
        }
      }
    });
  }
});
