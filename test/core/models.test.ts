import { describe, expect, it } from "vitest";
import { meanLoss, norm } from "../../src/core/evaluate.js";
import { isModelId, MODEL_IDS, MODELS, type ModelId } from "../../src/core/models/index.js";
import { evaluateAt, expectClose, isClose, seededRandom } from "./run-helpers.js";

/** Each model's formula written out independently of its source. */
const FORMULAS: Record<ModelId, (p: readonly number[], x: number) => number> = {
  linear: ([w = 0], x) => w * x,
  affine: ([w = 0, b = 0], x) => w * x + b,
  quadratic: ([w2 = 0, w1 = 0, b = 0], x) => w2 * x ** 2 + w1 * x + b,
  cubic: ([w3 = 0, w2 = 0, w1 = 0, b = 0], x) => w3 * x ** 3 + w2 * x ** 2 + w1 * x + b,
};

interface Point {
  readonly params: number[];
  readonly xs: number[];
  readonly ys: number[];
}

const POINTS_PER_MODEL = 60;

/** A signed value of magnitude 10^-2 … 10^2, so small, unit and large scales all occur. */
function scaled(random: () => number): number {
  const sign = random() < 0.5 ? -1 : 1;
  return sign * (0.5 + random()) * 10 ** Math.floor(random() * 5 - 2);
}

function points(id: ModelId, seed: number): Point[] {
  const random = seededRandom(seed);
  const many = (n: number) => Array.from({ length: n }, () => scaled(random));
  return Array.from({ length: POINTS_PER_MODEL }, () => {
    const n = 1 + Math.floor(random() * 5);
    return { params: many(MODELS[id].params.length), xs: many(n), ys: many(n) };
  });
}

const POINTS = Object.fromEntries(MODEL_IDS.map((id, k) => [id, points(id, 0x5eed + k)])) as Record<
  ModelId,
  Point[]
>;

/** The mean squared error from `predict` alone, not from the model's own accumulator. */
function independentLoss(id: ModelId, params: readonly number[], xs: number[], ys: number[]) {
  const p = Float64Array.from(params);
  let sum = 0;
  xs.forEach((x, i) => {
    sum += (MODELS[id].predict(p, x) - (ys[i] as number)) ** 2;
  });
  return sum / xs.length;
}

/**
 * Central differences of the loss. The loss is quadratic in every parameter, so truncation error is
 * nil and only rounding matters: a step of √(loss / curvature) keeps that near machine precision.
 */
function finiteDifference(id: ModelId, point: Point, j: number): number {
  const loss = (d: number) =>
    independentLoss(
      id,
      point.params.map((v, k) => (k === j ? v + d : v)),
      point.xs,
      point.ys,
    );
  // Any step gives the curvature; a coarse one keeps rounding out of it.
  const h0 = Math.max(1, Math.abs(point.params[j] as number), Math.sqrt(loss(0)));
  const curvature = (loss(h0) + loss(-h0) - 2 * loss(0)) / h0 ** 2;
  const h = loss(0) > 0 && curvature > 0 ? Math.sqrt(loss(0) / curvature) : 1e-3 * h0;
  return (loss(h) - loss(-h)) / (2 * h);
}

function analytic(id: ModelId, point: Point): { loss: number; grads: number[] } {
  return evaluateAt(MODELS[id], point.params, point.xs, point.ys);
}

describe.each(MODEL_IDS)("model %s", (id) => {
  const model = MODELS[id];
  const cases = POINTS[id];

  it("is listed under its own id, with one name per parameter", () => {
    expect(model.id).toBe(id);
    expect(isModelId(id)).toBe(true);
    expect(new Set(model.params).size).toBe(model.params.length);
  });

  it("evaluate's gradient matches central differences of the mean loss", () => {
    const bad = cases.flatMap((point) => {
      const { grads } = analytic(id, point);
      return grads
        .map((g, j) => ({ point, j, g, fd: finiteDifference(id, point, j) }))
        .filter(({ g, fd }) => !isClose(g, fd, 1e-6, 1e-9));
    });
    expect(bad).toEqual([]);
  });

  it("evaluate's loss is the mean squared error of predict", () => {
    const bad = cases
      .map((point) => ({
        point,
        got: analytic(id, point).loss,
        want: independentLoss(id, point.params, point.xs, point.ys),
      }))
      .filter(({ got, want }) => !isClose(got, want, 1e-12));
    expect(bad).toEqual([]);
  });

  it("predict agrees with the formula", () => {
    const bad = cases.flatMap((point) =>
      point.xs
        .map((x) => ({
          x,
          got: model.predict(Float64Array.from(point.params), x),
          want: FORMULAS[id](point.params, x),
        }))
        .filter(({ got, want }) => !isClose(got, want, 1e-14)),
    );
    expect(bad).toEqual([]);
  });

  it("evaluates only the samples [start, end)", () => {
    const point = cases.find((c) => c.xs.length >= 4) as Point;
    const part = evaluateAt(model, point.params, point.xs, point.ys, 1, 3);
    const sliced = evaluateAt(model, point.params, point.xs.slice(1, 3), point.ys.slice(1, 3));
    expect(part).toEqual(sliced);
    const whole = meanLoss(model, point.xs, point.ys, Float64Array.from(point.params));
    expect(whole).toBe(analytic(id, point).loss);
  });
});

describe("evaluate, worked by hand", () => {
  it.each([
    // ŷ = x on y = 2x: residuals −1, −2, −3; dL/dw = mean(2·x·r) = −28/3.
    { id: "linear", p: [1], xs: [1, 2, 3], ys: [2, 4, 6], loss: 14 / 3, grads: [-28 / 3] },
    // ŷ = x + 1: residuals 0, −1, −2; dL/dw = 2·(0 − 2 − 6)/3, dL/db = 2·(0 − 1 − 2)/3.
    { id: "affine", p: [1, 1], xs: [1, 2, 3], ys: [2, 4, 6], loss: 5 / 3, grads: [-16 / 3, -2] },
    // ŷ = x²/2 + x: residuals −1, −0.1 (Exercise 3-1's first batch).
    {
      id: "quadratic",
      p: [0.5, 1, 0],
      xs: [1, 2],
      ys: [2.5, 4.1],
      loss: 0.505,
      grads: [-1.4, -1.2, -1.1],
    },
  ] as const)("$id at $p", ({ id, p, xs, ys, loss, grads }) => {
    const got = analytic(id, { params: [...p], xs: [...xs], ys: [...ys] });
    expectClose([got.loss, ...got.grads], [loss, ...grads], 1e-14);
  });
});

describe("the −0 rule: a zero gradient keeps the sign of x·0, as Python prints it", () => {
  // Residual exactly 0 at x < 0: the terms 2·x·r are −0 for parameters multiplied by x and +0 for
  // those multiplied by 1 or x².
  it.each([
    { id: "linear", p: [2], signs: [-0] },
    { id: "affine", p: [2, 0], signs: [-0, 0] },
    { id: "quadratic", p: [0, 2, 0], signs: [0, -0, 0] },
  ] as const)("$id: one sample", ({ id, p, signs }) => {
    const got = analytic(id, { params: [...p], xs: [-1], ys: [-2] });
    expect(got.loss).toBe(0);
    expect(got.grads.map((g, j) => Object.is(g, signs[j]))).toEqual(signs.map(() => true));
  });

  it("two −0 terms still sum to −0", () => {
    const got = analytic("linear", { params: [2], xs: [-1, -3], ys: [-2, -6] });
    expect(Object.is(got.grads[0], -0)).toBe(true);
  });

  it("a zero residual at x > 0 gives +0", () => {
    const got = analytic("linear", { params: [2], xs: [1], ys: [2] });
    expect(Object.is(got.grads[0], 0)).toBe(true);
  });
});

describe("norm", () => {
  it.each([
    { values: [], want: 0 },
    { values: [-0], want: 0 },
    { values: [3, -4], want: 5 },
    { values: [1, 2, 2], want: 3 },
    // Gradients this large are finite, and so is their norm: squaring them first overflows.
    { values: [3e200, 4e200], want: 5e200 },
  ])("of $values is $want", ({ values, want }) => {
    // 3e200 and 4e200 are not exactly 3 and 4 times 1e200, so allow the last bit.
    expect(Math.abs(norm(values) - want)).toBeLessThanOrEqual(want * 2 ** -52);
  });
});
