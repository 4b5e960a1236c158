import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { LECTURE_DATA } from "../../src/core/data.js";
import { followedRun, type RaceState, recordedApplied } from "../../src/core/race-state.js";
import type { TimedEvent } from "../../src/core/recording.js";
import { buildRun } from "../../src/core/run-spec.js";
import { ReplayApp } from "../../src/ui/replay-app.js";
import { createReplay, reduceReplay, replayActionFor } from "../../src/ui/replay-state.js";
import { createSession } from "../../src/ui/session.js";
import { NO_KEY, PLAIN } from "./helpers.js";

const SPEC = { data: LECTURE_DATA, model: "linear", maxEpochs: 100 } as const;

// Three steps at 1 s, 2 s and 3 s, a run at 4 s and a tick of 6 updates at 10 s.
const EVENTS: TimedEvent[] = [
  { t: 1000, event: { type: "step" } },
  { t: 2000, event: { type: "step" } },
  { t: 3000, event: { type: "set-learning-rate", lr: 0.02 } },
  { t: 4000, event: { type: "run" } },
  { t: 10_000, event: { type: "tick", updates: 6 } },
];

const start = () => createReplay(createSession(buildRun(SPEC)), EVENTS);
const appliedUpTo = (n: number) =>
  followedRun(
    EVENTS.slice(0, n).reduce((race, e) => recordedApplied(race, e.event), {
      runs: [buildRun(SPEC)],
      followed: 0,
    } as RaceState),
  );

describe("reduceReplay", () => {
  it("starts paused before the first event, and steps one event a key", () => {
    let state = start();
    expect(state.next).toBe(0);
    expect(state.isPlaying).toBe(false);
    expect(followedRun(state.session)).toEqual(buildRun(SPEC));
    expect(state.session.notice).toContain("replay 0/5 · 0.0s/10.0s ×1 paused · s next");
    for (let n = 1; n <= EVENTS.length; n++) {
      state = reduceReplay(state, { type: "next" });
      expect(state.next).toBe(n);
      expect(followedRun(state.session)).toEqual(appliedUpTo(n));
    }
    expect(followedRun(state.session).updates).toBe(8);
    expect(state.session.notice).toContain("replay 5/5 · 10.0s/10.0s ×1 end");
    expect(reduceReplay(state, { type: "next" })).toBe(state);
  });

  it("plays at the recorded pace, times the speed, and stops at the end", () => {
    let state = reduceReplay(start(), { type: "toggle-play" });
    // 1.5 s of wall time at ×1: the event at 1 s is due, the one at 2 s is not.
    state = reduceReplay(state, { type: "elapsed", ms: 1500 });
    expect(state.next).toBe(1);
    state = reduceReplay(state, { type: "speed-step", direction: 1 });
    // 1.5 s at ×2 is 3 s more of the recording: up to 4.5 s, four events.
    state = reduceReplay(state, { type: "elapsed", ms: 1500 });
    expect(state.next).toBe(4);
    expect(followedRun(state.session)).toEqual(appliedUpTo(4));
    state = reduceReplay(state, { type: "elapsed", ms: 5000 });
    expect(state.next).toBe(5);
    expect(state.isPlaying).toBe(false);
    expect(followedRun(state.session)).toEqual(appliedUpTo(5));
  });

  it("jumps to the end, and a paused replay ignores the clock", () => {
    const paused = start();
    expect(reduceReplay(paused, { type: "elapsed", ms: 60_000 })).toBe(paused);
    const end = reduceReplay(paused, { type: "to-end" });
    expect(end.next).toBe(EVENTS.length);
    expect(followedRun(end.session)).toEqual(appliedUpTo(EVENTS.length));
    expect(reduceReplay(end, { type: "toggle-play" })).toBe(end);
  });

  it("maps the replay's keys, and leaves the run's own keys to nothing", () => {
    expect(replayActionFor("s", NO_KEY)).toEqual({ type: "next" });
    expect(replayActionFor(" ", NO_KEY)).toEqual({ type: "toggle-play" });
    expect(replayActionFor("e", NO_KEY)).toEqual({ type: "to-end" });
    expect(replayActionFor("<", NO_KEY)).toEqual({ type: "speed-step", direction: -1 });
    for (const input of ["b", "+", "o", "r", "l", "c"])
      expect(replayActionFor(input, NO_KEY)).toBeUndefined();
  });
});

describe("a viewer's fork in the presenter's recording", () => {
  it("leaves the race as it was, the same objects, and says where the viewer left", () => {
    const forked: TimedEvent[] = [
      { t: 1000, event: { type: "step" } },
      { t: 1500, event: { type: "fork", updates: 1 } },
      { t: 2000, event: { type: "step" } },
    ];
    // A race of two: the copy took both runs, and the fork line names neither.
    const racer = buildRun({ ...SPEC, optimizer: { id: "momentum", hyper: { lr: 0.01 } } });
    let state = createReplay(createSession([buildRun(SPEC), racer]), forked);
    state = reduceReplay(state, { type: "next" });
    const afterStep = state.session.runs;
    state = reduceReplay(state, { type: "next" });
    expect(state.session.runs).toBe(afterStep);
    expect(state.session.notice).toContain(
      "replay 2/3 · 1.5s/2.0s ×1 paused · a viewer forked here (update 1)",
    );
    state = reduceReplay(state, { type: "next" });
    expect(state.session.runs.map((run) => run.updates)).toEqual([2, 2]);
    expect(state.session.notice).not.toContain("forked");
  });
});

describe("ReplayApp", () => {
  it("shows the recording's run on the dashboard, stepped by s", async () => {
    const view = render(
      <ReplayApp initial={start()} fps={12} theme={PLAIN} size={{ columns: 100, rows: 30 }} />,
    );
    expect(view.lastFrame()).toContain("replay 0/5");
    view.stdin.write("ss");
    await new Promise((resolve) => setImmediate(resolve));
    const frame = view.lastFrame() ?? "";
    expect(frame).toContain("replay 2/5 · 2.0s/10.0s");
    expect(frame).toContain("update 2");
    view.unmount();
  });
});
