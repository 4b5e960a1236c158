import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RunConfig } from "../../src/core/config.js";
import { advance } from "../../src/core/engine.js";
import { transition } from "../../src/core/machine.js";
import type { OptimizerId } from "../../src/core/optimizers/index.js";
import { defaultSpec } from "../../src/core/optimizers/index.js";
import { HISTORY_UPDATES, type RunState } from "../../src/core/run.js";
import { lectureConfig, lectureRun, observable, printed, snapshot } from "./run-helpers.js";

const STEP = { type: "step" } as const;
const BACK = { type: "step-back" } as const;

/** A run stepped by hand `n` times. */
function stepped(n: number, optimizer: OptimizerId = "sgd"): RunState {
  let state = lectureRun({ optimizer, maxEpochs: 100 });
  for (let i = 0; i < n; i++) state = transition(state, STEP);
  return state;
}

describe("step-back, then step", () => {
  // 3 and 6 end an epoch on the lecture data, so stepping back there reopens that epoch.
  it.each([
    { optimizer: "sgd", updates: 3 },
    { optimizer: "sgd", updates: 4 },
    { optimizer: "adam", updates: 3 },
    { optimizer: "adam", updates: 5 },
    { optimizer: "momentum", updates: 6 },
    { optimizer: "adagrad", updates: 7 },
  ] as const)(
    "gives back the same state ($optimizer, $updates updates)",
    ({ optimizer, updates }) => {
      const state = stepped(updates, optimizer);
      const back = transition(state, BACK);
      expect(back.updates).toBe(updates - 1);
      expect(back.epochTape.length).toBe(Math.floor((updates - 1) / 3));
      const again = transition(back, STEP);
      expect(observable(again)).toEqual(observable(state));
      const { lines } = printed(state, 7);
      expect(lines.length).toBeGreaterThan(7);
      expect(printed(again, 7).lines).toEqual(lines);
    },
  );

  it("at 0 updates returns the same state", () => {
    const idle = lectureRun();
    expect(transition(idle, BACK)).toBe(idle);
    const back = transition(transition(idle, STEP), BACK);
    expect(back.updates).toBe(0);
    expect(Array.from(back.params)).toEqual([1]);
    expect(transition(back, BACK)).toBe(back);
  });

  it("keeps the learning rate set since", () => {
    const state = transition(stepped(2), { type: "set-learning-rate", lr: 0.03 });
    const back = transition(state, BACK);
    expect(back.lr).toBe(0.03);
    expect(transition(back, STEP).params[0]).toBe(
      (back.params[0] as number) - 0.03 * 2 * 2 * (2 * (back.params[0] as number) - 4),
    );
  });

  it("starts a changed optimizer afresh instead of restoring the old one's state", () => {
    const state = transition(stepped(4, "adam"), {
      type: "set-optimizer",
      optimizer: defaultSpec("rmsprop"),
    });
    const back = transition(state, BACK);
    expect(back.optimizer.id).toBe("rmsprop");
    expect(Array.from(back.optState)).toEqual([0, 0, 0]);
    expect(Array.from(back.params)).toEqual(Array.from(stepped(3, "adam").params));
  });
});

/** forward[u]: the state after u updates, made one update at a time, setting the rate first. */
function forwardStates(config: RunConfig, total: number, lrAt: (u: number) => number): RunState[] {
  const states = [lectureRun(config)];
  for (let u = 1; u <= total; u++) {
    const last = states[u - 1] as RunState;
    states.push(advance(transition(last, { type: "set-learning-rate", lr: lrAt(u) }), 1));
  }
  return states;
}

/** The step-backs from `from` (the last state), among `count`, that do not land on the state kept then. */
function badStepBacks(
  forward: RunState[],
  count: number,
  from = forward[forward.length - 1] as RunState,
): number[] {
  let state = from;
  const bad: number[] = [];
  for (let k = 1; k <= count; k++) {
    state = transition(state, BACK);
    const want = forward[from.updates - k] as RunState;
    const isSame =
      state.updates === want.updates &&
      Array.from(state.params).join() === Array.from(want.params).join() &&
      Array.from(state.optState).join() === Array.from(want.optState).join();
    if (!isSame) bad.push(k);
  }
  return bad;
}

describe("a long history", () => {
  const endless = { maxEpochs: 1e9, tolLoss: 0, tolGrad: 0 };
  it.each([
    { name: "adam, per sample", config: { optimizer: "adam", lr: 1e-3 }, lrAt: () => 1e-3 },
    // Long enough that checkpoints a chunk old are dropped for reaching too far back.
    {
      name: "adam, per sample, 9000 updates",
      config: { optimizer: "adam", lr: 1e-3 },
      lrAt: () => 1e-3,
      total: 9000,
    },
    {
      name: "sgd, full batch: an epoch an update",
      config: { batchSize: 3, lr: 1e-3 },
      lrAt: () => 1e-3,
    },
    // The rate changes before every update: as many changes as there are updates to go back.
    {
      name: "momentum, the rate changed every update",
      config: { optimizer: "momentum", lr: 1e-4 },
      lrAt: (u: number) => (u % 2 === 0 ? 1e-4 : 2e-4),
    },
    // Long stretches at each rate, so going back replays many updates at a rate not current.
    {
      name: "rmsprop, the rate changed every 100 updates",
      config: { optimizer: "rmsprop", lr: 1e-4 },
      lrAt: (u: number) => (Math.floor(u / 100) % 2 === 0 ? 1e-4 : 3e-4),
    },
  ] as const)(
    `$name: ${HISTORY_UPDATES} step-backs in a row give the states kept going forward`,
    ({ config, lrAt, total = 3000 }) => {
      const forward = forwardStates(lectureConfig({ ...config, ...endless }), total, lrAt);
      expect(badStepBacks(forward, HISTORY_UPDATES)).toEqual([]);
    },
  );

  // A step back cuts the history kept; going on from there must still leave 1024 to go back.
  it.each([
    { name: "sgd", config: {}, lrAt: () => 0.01 },
    {
      name: "momentum, the rate changed every update",
      config: { optimizer: "momentum", lr: 1e-4 },
      lrAt: (u: number) => (u % 2 === 0 ? 1e-4 : 2e-4),
    },
  ] as const)(
    "$name: 1024 step backs after stepping back 1024 at 6000 updates and one step on",
    ({ config, lrAt }) => {
      const forward = forwardStates(lectureConfig({ ...config, ...endless }), 6000, lrAt);
      let state = forward[6000] as RunState;
      for (let k = 0; k < HISTORY_UPDATES; k++) state = transition(state, BACK);
      // The rate as it was going forward, for the step on to be that update again.
      const lr = lrAt(6000 - HISTORY_UPDATES + 1);
      state = transition(transition(state, { type: "set-learning-rate", lr }), STEP);
      expect(state.updates).toBe(6000 - HISTORY_UPDATES + 1);
      expect(badStepBacks(forward, HISTORY_UPDATES, state)).toEqual([]);
    },
  );

  // What a long run keeps is what those step backs need, not a fixed count: at top speed it then
  // turns over a few small chunks a frame instead of the whole history.
  it("keeps a few checkpoints at one every 64 updates, and the epochs twice 1024 updates need", () => {
    const config = lectureConfig({ optimizer: "adam", lr: 1e-3, ...endless });
    let state = lectureRun(config);
    for (let frame = 0; frame < 100; frame++) state = advance(state, 1000);
    // Twice 1024 updates back is 32 checkpoints of 64, and one; chunks of 32 add under two.
    const checkpoints = state.checkpoints.length - state.checkpoints.first;
    expect(checkpoints).toBeGreaterThanOrEqual(33);
    expect(checkpoints).toBeLessThan(33 + 2 * 32);
    // 2048 + 64 updates of three an epoch is 704 epochs, and one; chunks of 128 add under two.
    const epochs = state.epochTape.length - state.epochTape.first;
    expect(epochs).toBeGreaterThanOrEqual(705);
    expect(epochs).toBeLessThan(705 + 2 * 128);
  });

  it("stops, returning the same state, only beyond what it keeps", () => {
    const config = lectureConfig({ optimizer: "adam", lr: 1e-3, ...endless });
    let state = advance(lectureRun(config), 3000);
    let steps = 0;
    for (let next = transition(state, BACK); next !== state; next = transition(state, BACK)) {
      state = next;
      steps++;
    }
    expect(steps).toBeGreaterThanOrEqual(HISTORY_UPDATES);
    expect(transition(state, BACK)).toBe(state);
    expect(Array.from(state.params)).toEqual(
      Array.from(advance(lectureRun(config), state.updates).params),
    );
  });
});

describe("states are values", () => {
  it("a kept state reads the same after later runs, step-backs and branches", () => {
    const kept = stepped(10, "momentum");
    const before = snapshot(kept);
    let later = advance(kept, 20);
    // Back to below the kept state, so a branch that wrote in place would overwrite its records.
    for (let i = 0; i < 25; i++) later = transition(later, BACK);
    expect(later.updates).toBe(5);
    const branch = advance(transition(later, { type: "set-learning-rate", lr: 0.05 }), 30);
    advance(transition(branch, BACK), 5);
    expect(snapshot(kept)).toEqual(before);
    // And it still continues exactly as it would have.
    expect(snapshot(advance(kept, 20))).toEqual(snapshot(advance(stepped(10, "momentum"), 20)));
  });

  it("a branch from an older state does not disturb the newer one", () => {
    const old = stepped(4);
    const newer = advance(old, 8);
    const seen = snapshot(newer);
    advance({ ...old, lr: 0.04 }, 20);
    expect(snapshot(newer)).toEqual(seen);
  });
});

describe("step back under a schedule", () => {
  const HALVING = { id: "step", params: { step_size: 1, gamma: 0.5 } } as const;
  const setLr = (lr: number) => ({ type: "set-learning-rate", lr }) as const;

  // The schedule halves the rate at the first epoch's end (0.005); set back to 0.01, the rate of
  // the last checkpoint, the change would be lost to a replay from that checkpoint.
  it("gives back the states of a rate set back to the last checkpoint's after the schedule's change", () => {
    let state = lectureRun({ schedule: HALVING });
    const forward = [state];
    for (const event of [STEP, STEP, STEP, setLr(0.01), STEP, STEP]) {
      state = transition(state, event);
      if (event === STEP) forward.push(state);
    }
    expect(forward[3]?.lr).toBe(0.005);
    expect(badStepBacks(forward, 5)).toEqual([]);
  });

  // Steps, rates set (the schedule's own among them) and step backs in any order: every step back
  // lands on the state last reached going forward at that update, its rate included.
  it("lands where going forward was, whatever came in between", () => {
    const op = fc.oneof(
      fc.constant(STEP),
      fc.constant(BACK),
      fc.constantFrom(0.01, 0.005, 0.0025, 0.02).map(setLr),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), (ops) => {
        let state = lectureRun({ schedule: HALVING, maxEpochs: 1e9, tolLoss: 0, tolGrad: 0 });
        const reached: RunState[] = [state];
        for (const event of ops) {
          const next = transition(state, event);
          if (event === BACK && next !== state) {
            const want = reached[next.updates] as RunState;
            expect(Array.from(next.params)).toEqual(Array.from(want.params));
            expect(Array.from(next.optState)).toEqual(Array.from(want.optState));
            expect(next.lr).toBe(want.lr);
          }
          // A rate set is the state at that update from then on: the rate its next update uses.
          if (event !== BACK) reached[next.updates] = next;
          state = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
