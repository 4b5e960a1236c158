import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/core/data.js";
import { fitSliceView, lossSlice, sliceMinimum } from "../../src/core/landscape.js";
import { transition } from "../../src/core/machine.js";
import { MODELS } from "../../src/core/models/index.js";
import { PATH_UPDATES, recentPath } from "../../src/core/path.js";
import { createRun, type RunState } from "../../src/core/run.js";
import { expectClose, lectureConfig, lectureRun } from "./run-helpers.js";

function stepped(state: RunState, n: number): RunState {
  let s = state;
  for (let i = 0; i < n; i++) s = transition(s, { type: "step" });
  return s;
}

const wOf = (path: Float64Array[]) => path.map((point) => point[0] as number);

describe("recentPath", () => {
  // Per-sample SGD at lr 0.2 from w = 1, worked by hand with ∂loss/∂w = 2x(xw − y):
  //   x=1: 2·1·(1 − 2) = −2,        w = 1 + 0.2·2 = 1.4
  //   x=2: 2·2·(2.8 − 4) = −4.8,    w = 1.4 + 0.96 = 2.36
  //   x=3: 2·3·(7.08 − 6) = 6.48,   w = 2.36 − 1.296 = 1.064
  it("has every per-sample update, so the overshoot 1 → 1.4 → 2.36 → 1.064 shows", () => {
    expectClose(wOf(recentPath(stepped(lectureRun({ lr: 0.2 }), 3))), [1, 1.4, 2.36, 1.064]);
  });

  // Full batch at lr 0.3: w − 2 is multiplied by 1 − 2·0.3·mean(x²) = 1 − 0.6·14/3 = −1.8.
  it("has every full-batch update, read from the epoch records", () => {
    const run = stepped(lectureRun({ batchSize: 3, lr: 0.3 }), 4);
    expectClose(wOf(recentPath(run)), [1, 3.8, -1.24, 7.832, -8.4976]);
  });

  it("is the start alone before any update", () => {
    expect(wOf(recentPath(lectureRun()))).toEqual([1]);
  });

  it.each([
    ["per sample", 1],
    ["full batch", 3],
  ])("keeps the last PATH_UPDATES updates and ends at the current point (%s)", (_, batchSize) => {
    const run = stepped(lectureRun({ batchSize, maxEpochs: 1000 }), 100);
    const path = recentPath(run);
    expect(path).toHaveLength(PATH_UPDATES + 1);
    expect(Array.from(path.at(-1) ?? [])).toEqual(Array.from(run.params));
    // The one before the current point is the state one step back.
    const back = transition(run, { type: "step-back" });
    expect(Array.from(path.at(-2) ?? [])).toEqual(Array.from(back.params));
  });

  it("takes the epoch ends where replaying the batches would cost too much", () => {
    const xs = Array.from({ length: 4000 }, (_, i) => i / 1000);
    const data: Dataset = { name: "big", xs, ys: xs.map((x) => 2 * x) };
    const run = stepped(createRun(lectureConfig({ data, batchSize: 1000, lr: 0.01 })), 10);
    const path = recentPath(run);
    // Epoch ends 0 and 1 (updates 4 and 8), then the current point (update 10).
    const replayed: number[] = [];
    let s = createRun(lectureConfig({ data, batchSize: 1000, lr: 0.01 }));
    for (let u = 1; u <= 10; u++) {
      s = transition(s, { type: "step" });
      if (u === 4 || u === 8 || u === 10) replayed.push(s.params[0] as number);
    }
    expect(wOf(path)).toEqual(replayed);
  });
});

describe("lossSlice", () => {
  it("is the mean loss (14/3)(w − 2)² across the view, and finds the minimum 2", () => {
    const run = lectureRun();
    const view = fitSliceView(run, 0);
    const slice = lossSlice(run, 0, view, 5);
    expect(slice.xs).toEqual([0, 1, 2, 3, 4]);
    expectClose(slice.losses as number[], [56 / 3, 14 / 3, 0, 14 / 3, 56 / 3], 1e-12, 1e-12);
    expect(slice.minimum).toBeCloseTo(2, 12);
    expect(slice.path).toEqual([1]);
  });

  // ŷ = x·w + b at w = 1, b = 1 on the lecture's data (y = 2x): with w held, the best b is
  // mean(y − x) = mean(x) = 2; with b held, the best w is Σx(y − b)/Σx² = (1 + 6 + 15)/14.
  it("finds each parameter's minimum with the others held", () => {
    const run = createRun(lectureConfig({ model: MODELS.affine, init: [1, 1] }));
    expect(sliceMinimum(run, 0)).toBeCloseTo(22 / 14, 12);
    expect(sliceMinimum(run, 1)).toBeCloseTo(2, 12);
  });

  it("gives a million rows the slice of the three rows they repeat, from the statistics", () => {
    const xs = Array.from({ length: 999_999 }, (_, i) => (i % 3) + 1);
    const data: Dataset = { name: "big", xs, ys: xs.map((x) => 2 * x) };
    const run = createRun(lectureConfig({ data, batchSize: data.xs.length }));
    // Same mean loss as the lecture's three rows, since the rows repeat them.
    const slice = lossSlice(run, 0, fitSliceView(run, 0), 5);
    expectClose(slice.losses as number[], [56 / 3, 14 / 3, 0, 14 / 3, 56 / 3], 1e-9, 1e-9);
  });
});
