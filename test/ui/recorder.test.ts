import { describe, expect, it } from "vitest";
import { followedRun, type RaceState, recordedApplied } from "../../src/core/race-state.js";
import { MAX_TICK_UPDATES, type RecordedEvent } from "../../src/core/recording.js";
import { createRun } from "../../src/core/run.js";
import type { AppAction } from "../../src/ui/input.js";
import { KEYMAP } from "../../src/ui/keymap.js";
import { recordedEvents, recordingReducer } from "../../src/ui/recorder.js";
import {
  createSession,
  reduceSession,
  type Session,
  type SessionAction,
} from "../../src/ui/session.js";
import { TOP_SPEED_UPDATES } from "../../src/ui/use-runner.js";
import { lectureConfig, lectureSession, NO_KEY, play } from "./helpers.js";

/** Sessions in the states the keys act differently in: fresh, stepped, running, ended. */
function sessions(): Session[] {
  const stepped = play(lectureSession(), { type: "run", event: { type: "step" } });
  const running = play(stepped, { type: "run", event: { type: "run" } });
  const ended = play(lectureSession({ maxEpochs: 1 }), {
    type: "run",
    event: { type: "step-epoch" },
  });
  return [lectureSession(), stepped, running, ended];
}

/** A race of three, one of them (lr 0.3) diverging within 60 updates. */
function race(): Session {
  const first = createRun(lectureConfig());
  const racer = (overrides: Parameters<typeof lectureConfig>[0]) =>
    createRun(lectureConfig(overrides), first.stats);
  return createSession([first, racer({ lr: 0.3 }), racer({ optimizer: "adam", lr: 0.1 })]);
}

/** What a replay reaches from `start` with the events recorded for one action. */
function replayed(start: Session, events: readonly RecordedEvent[]): RaceState {
  return events.reduce<RaceState>(recordedApplied, start);
}

const TYPED = (kind: "lr" | "racer" | "settings", text: string): SessionAction[] => [
  { type: "prompt-open", kind },
  { type: "prompt-edit", text },
  { type: "prompt-submit" },
];

describe("recordedEvents", () => {
  it("say, for every key's command, events that replay to the same race", () => {
    const actions: SessionAction[] = [
      ...KEYMAP.map((binding) => binding.command),
      { type: "tick", updates: 4, rate: 4 },
      { type: "tick", updates: 60, rate: 4 },
    ];
    const raced = race();
    const starts = [
      ...sessions(),
      raced,
      play(raced, { type: "run", event: { type: "run" } }, { type: "tick", updates: 70, rate: 1 }),
      play(raced, { type: "follow-next" }),
    ];
    for (const start of starts) {
      for (const action of actions) {
        const after = reduceSession(start, action);
        const events = recordedEvents(action, start, after);
        if (after.runs === start.runs && after.followed === start.followed)
          expect(events).toEqual([]);
        const back = replayed(start, events);
        expect(back.followed).toBe(after.followed);
        expect(back.runs).toEqual(after.runs);
      }
      for (const typed of [TYPED("lr", "0.05"), TYPED("racer", "rmsprop:lr=0.02")]) {
        const before = play(start, ...typed.slice(0, 2));
        const after = reduceSession(before, typed[2] as SessionAction);
        const back = replayed(before, recordedEvents(typed[2] as SessionAction, before, after));
        expect([back.followed, back.runs]).toEqual([after.followed, after.runs]);
      }
    }
  });

  it("a rate typed is one event for every run; + is one a run, each on its own ladder", () => {
    const before = play(race(), ...TYPED("lr", "0.05").slice(0, 2));
    const after = reduceSession(before, { type: "prompt-submit" });
    expect(recordedEvents({ type: "prompt-submit" }, before, after)).toEqual([
      { type: "set-learning-rate", lr: 0.05 },
    ]);
    const up = reduceSession(race(), { type: "lr-step", direction: 1 });
    expect(recordedEvents({ type: "lr-step", direction: 1 }, race(), up)).toEqual([
      { type: "set-learning-rate", lr: 0.02, run: 0 },
      { type: "set-learning-rate", lr: 0.5, run: 1 },
      { type: "set-learning-rate", lr: 0.2, run: 2 },
    ]);
  });

  it("adding, removing and following a racer are events of their own", () => {
    const start = race();
    const added = play(start, ...TYPED("racer", "rmsprop:lr=0.02"));
    expect(recordedEvents({ type: "prompt-submit" }, start, added)).toEqual([
      { type: "add-racer", optimizer: followedRun(added).optimizer, lr: 0.02 },
    ]);
    const followed = reduceSession(start, { type: "follow-next" });
    expect(recordedEvents({ type: "follow-next" }, start, followed)).toEqual([
      { type: "follow-run", run: 1 },
    ]);
    const removed = reduceSession(followed, { type: "remove-racer" });
    expect(recordedEvents({ type: "remove-racer" }, followed, removed)).toEqual([
      { type: "remove-racer", run: 1 },
    ]);
  });
});

describe("a recording's tick", () => {
  it("may hold every update the runner asks of a frame at top speed", () => {
    expect(MAX_TICK_UPDATES).toBeGreaterThanOrEqual(TOP_SPEED_UPDATES);
  });
});

describe("recordingReducer", () => {
  it("records each key of a paste, and a repeated call for the same update once", () => {
    const events: RecordedEvent[] = [];
    const reduce = recordingReducer((event) => events.push(event));
    const before = lectureSession();
    const action: AppAction = { type: "key", input: "ss+", key: NO_KEY };
    const after = reduce(before, action);
    // React may run a reducer again for an update it has seen: same state in, same state out.
    expect(reduce(before, action)).toBe(after);
    expect(events).toEqual([
      { type: "step" },
      { type: "step" },
      { type: "set-learning-rate", lr: 0.02 },
    ]);
    expect(followedRun(after).updates).toBe(2);
  });

  it("records nothing for keys that only change the view", () => {
    const events: RecordedEvent[] = [];
    const reduce = recordingReducer((event) => events.push(event));
    const session = reduce(lectureSession(), { type: "key", input: "g?", key: NO_KEY });
    expect(session.isLogScale).toBe(true);
    expect(events).toEqual([]);
  });
});
