import { describe, expect, it } from "vitest";
import { type RunEvent, transition } from "../../src/core/machine.js";
import type { RunState } from "../../src/core/run.js";
import { lossSeries } from "../../src/core/selectors.js";
import { expectClose, lectureRun } from "./run-helpers.js";

function play(state: RunState, ...events: RunEvent[]): RunState {
  return events.reduce(transition, state);
}

const STEP: RunEvent = { type: "step" };
const RUN: RunEvent = { type: "run" };
const lr = (value: number): RunEvent => ({ type: "set-learning-rate", lr: value });
const ticks = (updates: number): RunEvent => ({ type: "tick", updates });

// On the lecture's data y = 2x, so the mean loss is (w − 2)²·mean(x²) = (w − 2)²·14/3: worked by
// hand, with none of the code under test. At the start, w = 1: 14/3 ≈ 4.67.
const lectureLoss = (w: number) => ((w - 2) ** 2 * 14) / 3;

/**
 * The lecture's loop written out plainly (w ← w − lr·2x(xw − y) per sample), giving the mean loss
 * at every epoch's end, with the learning rate of each epoch from `rateAt`.
 */
function epochLosses(epochs: number, rateAt: (epoch: number) => number): number[] {
  let w = 1;
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    const rate = rateAt(e);
    for (const x of [1, 2, 3]) w -= rate * 2 * x * (x * w - 2 * x);
    losses.push(lectureLoss(w));
  }
  return losses;
}

describe("lossSeries", () => {
  it("per update while young: the loss before any update, then after each", () => {
    // w after the lecture's first three updates: 1.02, 1.0984, 1.260688 (1.0984 + 0.06·2.7048).
    const series = lossSeries(play(lectureRun(), STEP, STEP, STEP), 60);
    expect(series.per).toBe("update");
    expect(series.xs).toEqual([0, 1, 2, 3]);
    expectClose(series.values, [1, 1.02, 1.0984, 1.260688].map(lectureLoss), 1e-12);
  });

  it("starts at the loss before any update even after 10⁵ epochs, and ends now", () => {
    const long = lectureRun({ maxEpochs: 100_001, tolLoss: 0, tolGrad: 0 });
    const state = play(long, RUN, ticks(300_000), lr(0.02), ticks(1));
    expect(state.updates).toBe(300_001);
    const series = lossSeries(state, 60);
    expect(series.per).toBe("epoch");
    expect([series.xs[0], series.values[0]]).toEqual([0, series.values[0]]);
    expect(series.values[0]).toBeCloseTo(14 / 3, 12);
    // The epoch tape's 10⁵ epochs fit 1024 buckets of 128; the last point is mid-epoch, now.
    expect(series.stride).toBe(128);
    expect(series.values.length).toBeLessThanOrEqual(2 * 1024 + 2);
    expect(series.xs.at(-1)).toBeCloseTo(100_000 + 1 / 3, 9);
    expect(series.marks).toEqual([100_000]);
    for (let i = 1; i < series.xs.length; i++) {
      expect(series.xs[i] as number).toBeGreaterThan(series.xs[i - 1] as number);
    }
  });

  it("keeps a spike of a few epochs in a run of 10⁵", () => {
    // Epochs 50,000…50,004 at lr 0.25 grow the error by |0.5·(−1)·(−3.5)| = 1.75 an epoch.
    const rateAt = (e: number) => (e >= 50_000 && e < 50_005 ? 0.25 : 0.01);
    const truth = epochLosses(100_000, rateAt);
    const long = lectureRun({ maxEpochs: 100_000, tolLoss: 0, tolGrad: 0 });
    const state = play(long, RUN, ticks(150_000), lr(0.25), ticks(15), lr(0.01), ticks(1e9));
    expect(state.updates).toBe(300_000);
    const series = lossSeries(state, 60);
    const spike = Math.max(...truth.slice(40_000));
    expect(spike).toBeGreaterThan(100 * (truth[49_999] as number));
    // The highest value the chart holds after epoch 40,000 is the spike's top, as the loop has it.
    const after = series.values.filter((_, i) => (series.xs[i] as number) > 40_000);
    expect(Math.max(...after)).toBeCloseTo(spike, 12);
    expect(series.marks).toEqual([50_000, 50_005]);
  });

  it("marks changes in updates while young, and drops those a step back undid", () => {
    const state = play(lectureRun(), STEP, lr(0.02), STEP, STEP, lr(0.05), STEP);
    expect(lossSeries(state, 60).marks).toEqual([1, 3]);
    const back = play(state, { type: "step-back" }, { type: "step-back" });
    expect(lossSeries(back, 60).marks).toEqual([1, 2]);
  });
});
