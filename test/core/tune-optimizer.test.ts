import { describe, expect, it } from "vitest";
import { type RunEvent, transition } from "../../src/core/machine.js";
import { defaultSpec, type OptimizerSpec } from "../../src/core/optimizers/index.js";
import type { RunState } from "../../src/core/run.js";
import { lectureRun } from "./run-helpers.js";

const STEP: RunEvent = { type: "step" };
const play = (state: RunState, ...events: RunEvent[]) => events.reduce(transition, state);
const momentum = (mu: number): OptimizerSpec => ({
  id: "momentum",
  hyper: { ...defaultSpec("momentum").hyper, momentum: mu },
});
const tune = (optimizer: OptimizerSpec): RunEvent => ({ type: "tune-optimizer", optimizer });

// SGD with momentum on the lecture's data, lr 0.01, w = 1 (torch: buf = μ·buf + g, w −= lr·buf).
// Update 1 (x=1, y=2): g = 2·1·(1 − 2) = −2, buf = −2, w = 1.02.
// Update 2 (x=2, y=4): g = 2·2·(2·1.02 − 4) = −7.84.
//   μ 0.5 with the buffer kept: buf = 0.5·(−2) − 7.84 = −8.84, w = 1.02 + 0.0884 = 1.1084.
//   μ 0.9 untouched:            buf = 0.9·(−2) − 7.84 = −9.64, w = 1.1164.
//   a fresh buffer (a new optimizer): buf = −7.84, w = 1.0984.
describe("tune-optimizer: new settings between two updates, the optimizer's state kept", () => {
  const once = () => play(lectureRun({ optimizer: "momentum" }), STEP);

  it("the next update uses the new momentum on the buffer built so far", () => {
    const tuned = play(once(), tune(momentum(0.5)));
    expect(tuned.optimizer.hyper.momentum).toBe(0.5);
    expect(Array.from(tuned.optState)).toEqual(Array.from(once().optState));
    expect(play(tuned, STEP).params[0]).toBeCloseTo(1.1084, 12);
    expect(play(once(), STEP).params[0]).toBeCloseTo(1.1164, 12);
  });

  it("stepping back to before it keeps the new settings and brings the buffer back", () => {
    // Tuned after update 2, then back to update 1: buffer −2 again, μ 0.5 still in force.
    const back = play(once(), STEP, tune(momentum(0.5)), { type: "step-back" });
    expect(back.updates).toBe(1);
    expect(back.optimizer.hyper.momentum).toBe(0.5);
    expect(play(back, STEP).params[0]).toBeCloseTo(1.1084, 12);
  });

  it("the same settings, or another optimizer, return the very same state", () => {
    const state = once();
    expect(transition(state, tune(momentum(0.9)))).toBe(state);
    expect(transition(state, tune(defaultSpec("adam")))).toBe(state);
  });
});
