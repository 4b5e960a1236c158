import { describe, expect, it } from "vitest";
import { type RunEvent, transition } from "../../src/core/machine.js";
import { MODELS } from "../../src/core/models/index.js";
import { defaultSpec, OPTIMIZERS } from "../../src/core/optimizers/index.js";
import type { RunState, StatusKind } from "../../src/core/run.js";
import { evaluateAt, lectureConfig, lectureRun, tapesOf } from "./run-helpers.js";

/** Applies the events in order. */
function play(state: RunState, ...events: RunEvent[]): RunState {
  return events.reduce(transition, state);
}

const STEP: RunEvent = { type: "step" };
const STEP_EPOCH: RunEvent = { type: "step-epoch" };
const RUN: RunEvent = { type: "run" };
const FOREVER: RunEvent = { type: "tick", updates: 1_000_000 };

/** One state of each status, every one of them with updates behind it except idle. */
const STATES: Record<StatusKind, () => RunState> = {
  idle: () => lectureRun(),
  running: () => play(lectureRun(), RUN, { type: "tick", updates: 4 }),
  paused: () => play(lectureRun(), STEP, STEP, STEP, STEP),
  // lr 0.5 lands on w = 2 at once, so the first epoch ends with loss 0.
  converged: () => play(lectureRun({ lr: 0.5 }), STEP_EPOCH),
  diverged: () => play(lectureRun({ batchSize: 3, lr: 0.5, maxEpochs: 1000 }), RUN, FOREVER),
  done: () => play(lectureRun({ maxEpochs: 1 }), STEP_EPOCH),
};

const EVENTS = {
  step: STEP,
  "step-epoch": STEP_EPOCH,
  tick: { type: "tick", updates: 5 },
  run: RUN,
  pause: { type: "pause" },
  toggle: { type: "toggle" },
  "step-back": { type: "step-back" },
  "set-learning-rate": { type: "set-learning-rate", lr: 0.05 },
  "set-optimizer": { type: "set-optimizer", optimizer: defaultSpec("adam") },
  "tune-optimizer": {
    type: "tune-optimizer",
    optimizer: { id: "sgd", hyper: { ...defaultSpec("sgd").hyper, weight_decay: 0.1 } },
  },
  reset: { type: "reset" },
  continue: { type: "continue" },
} as const satisfies { [K in RunEvent["type"]]: Extract<RunEvent, { type: K }> };

type EventType = keyof typeof EVENTS;
/** The status after the event, or "same" when the very same object must come back. */
type Outcome = StatusKind | "same";

/**
 * A finished run ignores everything but going back, starting again and settings changes; one that
 * stopped at the epoch limit or on converging can also continue.
 */
function finished(kind: "converged" | "diverged" | "done"): Record<EventType, Outcome> {
  return {
    step: "same",
    "step-epoch": "same",
    tick: "same",
    run: "same",
    pause: "same",
    toggle: "same",
    "step-back": "paused",
    "set-learning-rate": kind,
    "set-optimizer": kind,
    "tune-optimizer": kind,
    reset: "idle",
    continue: kind === "diverged" ? "same" : "running",
  };
}

const TABLE: Record<StatusKind, Record<EventType, Outcome>> = {
  idle: {
    step: "paused",
    "step-epoch": "paused",
    tick: "same",
    run: "running",
    pause: "same",
    toggle: "running",
    "step-back": "same",
    "set-learning-rate": "idle",
    "set-optimizer": "idle",
    "tune-optimizer": "idle",
    reset: "same",
    continue: "same",
  },
  running: {
    step: "paused",
    "step-epoch": "paused",
    tick: "running",
    run: "same",
    pause: "paused",
    toggle: "paused",
    "step-back": "paused",
    "set-learning-rate": "running",
    "set-optimizer": "running",
    "tune-optimizer": "running",
    reset: "idle",
    continue: "same",
  },
  paused: {
    step: "paused",
    "step-epoch": "paused",
    tick: "same",
    run: "running",
    pause: "same",
    toggle: "running",
    "step-back": "paused",
    "set-learning-rate": "paused",
    "set-optimizer": "paused",
    "tune-optimizer": "paused",
    reset: "idle",
    continue: "same",
  },
  converged: finished("converged"),
  diverged: finished("diverged"),
  done: finished("done"),
};

const CASES = Object.entries(TABLE).flatMap(([status, row]) =>
  Object.entries(row).map(([event, outcome]) => ({
    status: status as StatusKind,
    event: event as EventType,
    outcome,
  })),
);

describe("transition table", () => {
  it.each(Object.keys(STATES) as StatusKind[])("the %s fixture state has that status", (kind) => {
    const state = STATES[kind]();
    expect(state.status.kind).toBe(kind);
    expect(state.updates > 0).toBe(kind !== "idle");
  });

  it.each(CASES)("$status + $event → $outcome", ({ status, event, outcome }) => {
    const state = STATES[status]();
    const next = transition(state, EVENTS[event]);
    if (outcome === "same") {
      expect(next).toBe(state);
    } else {
      expect(next).not.toBe(state);
      expect(next.status.kind).toBe(outcome);
    }
  });
});

describe("stepping", () => {
  it("step from idle makes one update and pauses", () => {
    const next = transition(lectureRun(), STEP);
    expect(next.status.kind).toBe("paused");
    expect(next.updates).toBe(1);
    expect(next.params[0]).toBe(1.02);
  });

  it.each([
    { from: 0, updates: 3 },
    { from: 1, updates: 3 },
    { from: 2, updates: 3 },
    { from: 3, updates: 6 },
  ])("step-epoch from $from updates goes to $updates", ({ from, updates }) => {
    const start = advanceBy(lectureRun(), from);
    const next = transition(start, STEP_EPOCH);
    expect(next.updates).toBe(updates);
    expect(next.epochTape.length).toBe(updates / 3);
    expect(next.status.kind).toBe("paused");
  });

  it.each([
    { updates: 5, added: 5 },
    { updates: 2.7, added: 2 },
  ])("tick of $updates while running adds $added updates", ({ updates, added }) => {
    const running = STATES.running();
    const next = transition(running, { type: "tick", updates });
    expect(next.updates - running.updates).toBe(added);
    expect(next.status.kind).toBe("running");
  });

  it.each([0, -3, Number.NaN])("tick of %s updates returns the same state", (updates) => {
    const running = STATES.running();
    expect(transition(running, { type: "tick", updates })).toBe(running);
  });

  it("toggle flips running and paused, and back", () => {
    const paused = STATES.paused();
    const running = transition(paused, { type: "toggle" });
    expect(running.status.kind).toBe("running");
    expect(running.params).toBe(paused.params);
    expect(transition(running, { type: "toggle" }).status.kind).toBe("paused");
  });
});

/** `n` steps by hand. */
function advanceBy(state: RunState, n: number): RunState {
  return play(state, ...Array.from({ length: n }, () => STEP));
}

describe("settings mid-run", () => {
  it.each([0, -0.01, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.01])(
    "set-learning-rate %s returns the same state",
    (lr) => {
      const running = STATES.running();
      expect(transition(running, { type: "set-learning-rate", lr })).toBe(running);
    },
  );

  it("set-learning-rate changes the rate and marks where it changed", () => {
    const running = STATES.running();
    const next = transition(running, { type: "set-learning-rate", lr: 0.2 });
    expect(next).toEqual({
      ...running,
      lr: 0.2,
      changes: { at: [running.updates], grain: 1 },
      saferLr: 0.01,
    });
  });

  it("set-optimizer keeps the parameters and starts the new optimizer's state afresh", () => {
    const adam = play(lectureRun({ optimizer: "adam" }), STEP, STEP, STEP, STEP);
    const next = transition(adam, { type: "set-optimizer", optimizer: defaultSpec("momentum") });
    expect(next.optimizer.id).toBe("momentum");
    expect(Array.from(next.params)).toEqual(Array.from(adam.params));
    expect(Array.from(next.optState)).toEqual([0, 0]);
    // A fresh momentum buffer makes the first update a plain SGD one: w − lr·g.
    const { xs, ys } = adam.config.data;
    const [g = Number.NaN] = evaluateAt(MODELS.linear, adam.params, xs, ys, 1, 2).grads;
    expect(transition(next, STEP).params[0]).toBe((adam.params[0] as number) - 0.01 * g);
  });

  it("set-optimizer to the current optimizer returns the same state", () => {
    const paused = STATES.paused();
    expect(transition(paused, { type: "set-optimizer", optimizer: defaultSpec("sgd") })).toBe(
      paused,
    );
  });

  it("reset goes back to the start, keeping the rate and optimizer chosen since", () => {
    const tuned = play(
      STATES.paused(),
      { type: "set-learning-rate", lr: 0.05 },
      { type: "set-optimizer", optimizer: defaultSpec("adam") },
      STEP,
    );
    const next = transition(tuned, { type: "reset" });
    expect(next.status.kind).toBe("idle");
    expect(next.updates).toBe(0);
    expect(Array.from(next.params)).toEqual(lectureConfig().init);
    expect(next.lr).toBe(0.05);
    expect(next.optimizer.id).toBe("adam");
    expect(next.optState).toEqual(new Float64Array(OPTIMIZERS.adam.stateSize(1)));
    expect(next.overview.count).toBe(0);
    expect(Object.values(tapesOf(next)).map((tape) => tape.length)).toEqual(
      Object.values(tapesOf(lectureRun())).map(() => 0),
    );
  });
});
