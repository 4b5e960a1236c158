import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  contourGrid,
  fitPairView,
  followPairView,
  pairMinimum,
  pairsOf,
} from "../../src/core/contour.js";
import { transition } from "../../src/core/machine.js";
import { MODELS, type ModelId } from "../../src/core/models/index.js";
import { createRun, type RunState } from "../../src/core/run.js";
import { expectClose, lectureConfig } from "./run-helpers.js";

/** Made by fixtures/gen/contour_reference.py: per-sample SGD paths and every pair's minimum. */
interface Case {
  readonly name: string;
  readonly model: ModelId;
  readonly start: number[];
  readonly lr: number;
  readonly updates: number;
  readonly path: number[][];
  readonly pairs: { x: string; y: string; minimum: [number, number] }[];
}
const CASES: Case[] = JSON.parse(
  readFileSync(new URL("../../fixtures/contour/reference.json", import.meta.url), "utf8"),
);

function runOf(c: Case): RunState {
  let run = createRun(
    lectureConfig({ model: MODELS[c.model], init: c.start, lr: c.lr, maxEpochs: 1000 }),
  );
  for (let i = 0; i < c.updates; i++) run = transition(run, { type: "step" });
  return run;
}

describe("pairsOf", () => {
  it("lists each pair once in the model's order", () => {
    expect(pairsOf(1)).toEqual([]);
    expect(pairsOf(2)).toEqual([{ x: 0, y: 1 }]);
    expect(pairsOf(3)).toEqual([
      { x: 0, y: 1 },
      { x: 0, y: 2 },
      { x: 1, y: 2 },
    ]);
  });
});

describe.each(CASES)("the contour of $name", (c) => {
  const run = runOf(c);
  const names = MODELS[c.model].params;

  it("finds each pair's minimum with the other parameters held", () => {
    const pairs = pairsOf(names.length);
    expect(pairs.map((p) => [names[p.x], names[p.y]])).toEqual(c.pairs.map((p) => [p.x, p.y]));
    pairs.forEach((pair, k) => {
      expectClose(pairMinimum(run, pair) ?? [], c.pairs[k]?.minimum ?? [], 1e-9, 1e-12);
    });
  });

  it("draws the path of every update, the current point last", () => {
    const pair = { x: 0, y: 1 };
    const grid = contourGrid(run, pair, fitPairView(run, pair), 20, 8);
    const want = c.path.map((p) => [p[0] as number, p[1] as number]);
    expect(grid.path).toHaveLength(want.length);
    grid.path.forEach((point, k) => {
      expectClose([...point], want[k] ?? [], 1e-12, 1e-15);
    });
    expect(grid.current).toEqual([run.params[0], run.params[1]]);
  });

  it("fits a view holding the minimum, the path and the current point", () => {
    const pair = { x: 0, y: 1 };
    const view = fitPairView(run, pair);
    const min = c.pairs[0]?.minimum ?? [0, 0];
    for (const [x, y] of [...c.path, min] as number[][]) {
      expect(x).toBeGreaterThanOrEqual(view.x.lo);
      expect(x).toBeLessThanOrEqual(view.x.hi);
      expect(y).toBeGreaterThanOrEqual(view.y.lo);
      expect(y).toBeLessThanOrEqual(view.y.hi);
    }
    expect(followPairView(view, run, pair)).toBe(view);
  });
});

describe("contourGrid on the affine model", () => {
  // ŷ = x·w + b on y = 2x: the loss is mean((w − 2)x + b)², 0 at (2, 0) and
  // (14/3)·1 + 2·2·1·1 + 1 = 29/3 at (3, 1), i.e. mean(x²)d² + 2·mean(x)·d·b + b².
  const run = createRun(lectureConfig({ model: MODELS.affine, init: [1, 1] }));
  const view = { x: { lo: 0, hi: 4, zoom: 1 }, y: { lo: -2, hi: 2, zoom: 1 } };
  const grid = contourGrid(run, { x: 0, y: 1 }, view, 4, 4);

  it("samples the loss at the cells' centres, the top row first", () => {
    // Columns' centres w = 0.5, 1.5, 2.5, 3.5; rows' centres b = 1.5, 0.5, −0.5, −1.5.
    const at = (w: number, b: number) => (14 / 3) * (w - 2) ** 2 + 4 * (w - 2) * b + b * b;
    const want = [1.5, 0.5, -0.5, -1.5].flatMap((b) => [0.5, 1.5, 2.5, 3.5].map((w) => at(w, b)));
    expectClose(Array.from(grid.losses), want, 1e-12, 1e-12);
    expect(at(3, 1)).toBeCloseTo(29 / 3, 12);
  });

  it("marks the minimum (2, 0) and a floor of 0", () => {
    expectClose([...(grid.minimum ?? [])], [2, 0], 1e-12, 1e-12);
    expect(grid.floor).toBeCloseTo(0, 12);
  });

  it("has no single minimum when the data cannot tell w from b (every x the same)", () => {
    const flat = createRun(
      lectureConfig({
        model: MODELS.affine,
        init: [1, 1],
        data: { name: "flat", xs: [1, 1, 1], ys: [2, 2, 2] },
      }),
    );
    expect(pairMinimum(flat, { x: 0, y: 1 })).toBeUndefined();
    expect(contourGrid(flat, { x: 0, y: 1 }, view, 4, 4).minimum).toBeUndefined();
  });
});
