import { describe, expect, it } from "vitest";
import { CHANGES_KEPT } from "../../src/core/changes.js";
import { canContinue, type RunEvent, resetLr, transition } from "../../src/core/machine.js";
import { defaultSpec } from "../../src/core/optimizers/index.js";
import type { RunState } from "../../src/core/run.js";
import { lectureRun } from "./run-helpers.js";

// What can be done after a run ends (continue, a reset after a divergence), and the marks the loss
// chart draws where the settings changed.

function play(state: RunState, ...events: RunEvent[]): RunState {
  return events.reduce(transition, state);
}

const STEP: RunEvent = { type: "step" };
const RUN: RunEvent = { type: "run" };
const FOREVER: RunEvent = { type: "tick", updates: 1_000_000 };
const CONTINUE: RunEvent = { type: "continue" };
const lr = (value: number): RunEvent => ({ type: "set-learning-rate", lr: value });

describe("continue", () => {
  it("past the epoch limit: as many epochs again, running", () => {
    const done = play(lectureRun({ maxEpochs: 4 }), RUN, FOREVER);
    expect([done.status.kind, done.updates]).toEqual(["done", 12]);
    const next = transition(done, CONTINUE);
    expect([next.status.kind, next.config.maxEpochs, next.updates]).toEqual(["running", 8, 12]);
    // 8 epochs of 3 per-sample updates.
    const end = transition(next, FOREVER);
    expect([end.status.kind, end.updates]).toEqual(["done", 24]);
  });

  it("past a convergence stop: the convergence tests are off, up to the epoch limit", () => {
    // lr 0.5 lands on w = 2 at the first update (1 − 0.5·(−2) = 2): converged at epoch 0.
    const converged = play(lectureRun({ lr: 0.5 }), RUN, FOREVER);
    expect([converged.status.kind, converged.updates]).toEqual(["converged", 3]);
    const next = transition(converged, CONTINUE);
    expect([next.config.tolLoss, next.config.tolGrad, next.status.kind]).toEqual([0, 0, "running"]);
    const end = transition(next, FOREVER);
    // The default 10 epochs of 3 updates, w staying at 2 exactly.
    expect([end.status.kind, end.updates, end.params[0]]).toEqual(["done", 30, 2]);
  });

  it.each([
    ["idle", lectureRun()],
    ["paused", play(lectureRun(), STEP)],
    ["running", play(lectureRun(), RUN)],
    ["diverged", play(lectureRun({ batchSize: 3, lr: 0.5 }), RUN, FOREVER)],
  ])("does nothing when %s (the same object back)", (_, state) => {
    expect(canContinue(state)).toBe(false);
    expect(transition(state, CONTINUE)).toBe(state);
  });
});

describe("reset after a divergence", () => {
  // Full batch on the lecture's data: w ← w − lr·(28/3)(w − 2), so it diverges once
  // |1 − 28·lr/3| > 1, i.e. lr > 3/14 ≈ 0.214.
  const fullBatch = () => lectureRun({ batchSize: 3, maxEpochs: 1000 });

  it.each([
    { rates: [0.5], reset: 0.01, why: "the last increase was from 0.01" },
    { rates: [0.2, 0.5], reset: 0.2, why: "the last increase was from 0.2" },
    { rates: [0.5, 0.3], reset: 0.01, why: "0.3 was a decrease: 0.01 is still the one before" },
  ])("after rates $rates it offers $reset ($why)", ({ rates, reset }) => {
    const diverged = play(fullBatch(), RUN, ...rates.map(lr), FOREVER);
    expect(diverged.status.kind).toBe("diverged");
    expect(resetLr(diverged)).toBe(reset);
    const next = transition(diverged, { type: "reset" });
    expect([next.status.kind, next.updates, next.lr]).toEqual(["idle", 0, reset]);
    // It is the fresh start of that rate: running it again does not diverge.
    expect(transition(transition(next, RUN), FOREVER).status.kind).not.toBe("diverged");
  });

  it("keeps the rate when the run diverged at the rate it started with", () => {
    const diverged = play(lectureRun({ batchSize: 3, lr: 0.5 }), RUN, FOREVER);
    expect(transition(diverged, { type: "reset" }).lr).toBe(0.5);
  });

  it("keeps the rate chosen when the run did not diverge", () => {
    const paused = play(lectureRun(), lr(0.05), STEP, lr(0.1), STEP);
    expect(resetLr(paused)).toBe(0.1);
    expect(transition(paused, { type: "reset" }).lr).toBe(0.1);
  });
});

describe("change marks", () => {
  it("mark the update from which new settings ran", () => {
    const state = play(
      lectureRun(),
      lr(0.02),
      STEP,
      STEP,
      lr(0.05),
      STEP,
      { type: "set-optimizer", optimizer: defaultSpec("adam") },
      STEP,
    );
    // A change before the first update is the start itself: no mark.
    expect(state.changes.at).toEqual([2, 3]);
  });

  it("a step back past a change moves it to where the run now is", () => {
    const state = play(lectureRun(), STEP, STEP, STEP, lr(0.05), STEP, STEP);
    expect(state.changes.at).toEqual([3]);
    expect(transition(state, { type: "step-back" }).changes.at).toEqual([3]);
    const back = play(state, { type: "step-back" }, { type: "step-back" }, { type: "step-back" });
    expect([back.updates, back.changes.at]).toEqual([2, [2]]);
  });

  it("stay bounded however many changes, each within its grain of the true update", () => {
    let state = lectureRun({ maxEpochs: 10_000, tolLoss: 0, tolGrad: 0 });
    const truth: number[] = [];
    for (let i = 0; i < 1000; i++) {
      state = play(state, STEP, lr(i % 2 === 0 ? 0.02 : 0.01));
      truth.push(state.updates);
    }
    const { at, grain } = state.changes;
    expect(at.length).toBeLessThanOrEqual(CHANGES_KEPT);
    expect(grain).toBeGreaterThan(1);
    // Every change lies in the grain after some mark, and every mark has a change in its grain.
    for (const u of truth) expect(at).toContain(Math.floor(u / grain) * grain);
    for (const m of at) expect(truth.some((u) => u >= m && u < m + grain)).toBe(true);
  });
});
