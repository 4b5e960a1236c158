import { describe, expect, it } from "vitest";
import { transition } from "../../src/core/machine.js";
import { MAX_TICK_UPDATES, type RecordedEvent } from "../../src/core/recording.js";
import type { AppAction } from "../../src/ui/input.js";
import { KEYMAP } from "../../src/ui/keymap.js";
import { recordedEvent, recordingReducer } from "../../src/ui/recorder.js";
import { reduceSession, type Session, type SessionAction } from "../../src/ui/session.js";
import { TOP_SPEED_UPDATES } from "../../src/ui/use-runner.js";
import { lectureSession, NO_KEY, play } from "./helpers.js";

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

const PROMPT_SUBMIT: SessionAction[] = [
  { type: "prompt-open" },
  { type: "prompt-edit", text: "0.05" },
  { type: "prompt-submit" },
];

describe("recordedEvent", () => {
  it("says, for every key's command, the run event that makes the same change", () => {
    const actions: SessionAction[] = [
      ...KEYMAP.map((binding) => binding.command),
      { type: "tick", updates: 4, rate: 4 },
    ];
    for (const start of sessions()) {
      for (const action of actions) {
        const after = reduceSession(start, action);
        const event = recordedEvent(action, start.run, after.run);
        if (after.run === start.run) expect(event).toBeUndefined();
        else expect(transition(start.run, event as RecordedEvent)).toEqual(after.run);
      }
      const before = play(start, ...PROMPT_SUBMIT.slice(0, 2));
      const after = reduceSession(before, PROMPT_SUBMIT[2] as SessionAction);
      expect(recordedEvent(PROMPT_SUBMIT[2] as SessionAction, before.run, after.run)).toEqual({
        type: "set-learning-rate",
        lr: 0.05,
      });
    }
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
    expect(after.run.updates).toBe(2);
  });

  it("records nothing for keys that only change the view", () => {
    const events: RecordedEvent[] = [];
    const reduce = recordingReducer((event) => events.push(event));
    const session = reduce(lectureSession(), { type: "key", input: "g?", key: NO_KEY });
    expect(session.isLogScale).toBe(true);
    expect(events).toEqual([]);
  });
});
