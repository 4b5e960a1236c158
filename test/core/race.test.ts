import { describe, expect, it } from "vitest";
import { advance } from "../../src/core/engine.js";
import { joinRace, type Race, raceTransition, tickRace } from "../../src/core/race.js";
import { createRun, type RunState } from "../../src/core/run.js";
import { type ConfigOverrides, lectureConfig } from "./run-helpers.js";

/** The run as numbers, for comparing a racer with the same run alone. */
function numbers(run: RunState) {
  return {
    updates: run.updates,
    params: Array.from(run.params),
    optState: Array.from(run.optState),
    lr: run.lr,
    stopped: "reason" in run.status ? run.status : undefined,
  };
}

/** A run alone, `updates` updates in: createRun and advance, nothing of the race code. */
function solo(overrides: ConfigOverrides, updates: number): RunState {
  return advance(createRun(lectureConfig({ maxEpochs: 100, ...overrides })), updates);
}

const RACERS: ConfigOverrides[] = [
  { optimizer: "sgd" },
  { optimizer: "momentum" },
  { optimizer: "adam", lr: 0.1 },
];

function race(racers: ConfigOverrides[] = RACERS): Race {
  const first = createRun(lectureConfig({ maxEpochs: 100, ...racers[0] }));
  return racers.map((r, i) =>
    i === 0 ? first : createRun(lectureConfig({ maxEpochs: 100, ...r }), first.stats),
  );
}

const running = (runs: Race) => raceTransition(runs, { type: "run" });

describe("a race in lockstep", () => {
  it("each racer after ticks is its solo run after as many updates", () => {
    let runs = running(race());
    for (const n of [1, 7, 40]) runs = tickRace(runs, n).runs;
    RACERS.forEach((r, i) => {
      expect(numbers(runs[i] as RunState)).toEqual(numbers(solo(r, 48)));
    });
  });

  it("a budget cut short still leaves every running racer at the same update, its solo run's", () => {
    // A clock that moves 1 ms a reading: the leader's share runs out after a slice or two.
    let t = 0;
    const budget = { now: () => t++, until: 3 };
    const xs = Array.from({ length: 5000 }, (_, i) => (i % 7) / 7);
    const data = { name: "big", xs, ys: xs.map((x) => 2 * x) };
    const racers: ConfigOverrides[] = [{ data }, { data, optimizer: "adam" }];
    const { runs, asked } = tickRace(running(race(racers)), 1_000_000, budget);
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(1_000_000);
    racers.forEach((r, i) => {
      expect(numbers(runs[i] as RunState)).toEqual(numbers(solo(r, asked)));
    });
  });

  it("a diverging racer stops alone with its reason; the others go on", () => {
    const racers: ConfigOverrides[] = [{ lr: 0.01 }, { lr: 0.3 }, { optimizer: "adam", lr: 0.1 }];
    const { runs, asked } = tickRace(running(race(racers)), 60);
    expect(asked).toBe(60);
    const alone = solo(racers[1] as ConfigOverrides, 60);
    expect(alone.status.kind).toBe("diverged");
    expect(numbers(runs[1] as RunState)).toEqual(numbers(alone));
    expect(runs[0]?.status.kind).toBe("running");
    expect(numbers(runs[0] as RunState)).toEqual(numbers(solo(racers[0] as ConfigOverrides, 60)));
    expect(numbers(runs[2] as RunState)).toEqual(numbers(solo(racers[2] as ConfigOverrides, 60)));
  });

  it("a racer diverging early in a tick leaves the others the whole tick", () => {
    const racers: ConfigOverrides[] = [{ lr: 0.3 }, { lr: 0.01 }];
    const { runs, asked } = tickRace(running(race(racers)), 60);
    expect(asked).toBe(60);
    expect(runs[0]?.status.kind).toBe("diverged");
    expect(runs[1]?.updates).toBe(60);
  });

  it("steps back the runs at the front; one that stopped behind waits for the front", () => {
    const racers: ConfigOverrides[] = [{ lr: 0.01 }, { lr: 0.3 }];
    const ticked = tickRace(running(race(racers)), 60).runs;
    const stopped = (ticked[1] as RunState).updates;
    expect(stopped).toBeLessThan(59);
    let runs = raceTransition(ticked, { type: "step-back" });
    expect(runs.map((r) => r.updates)).toEqual([59, stopped]);
    expect(runs[1]).toBe(ticked[1]);
    while ((runs[0] as RunState).updates > stopped)
      runs = raceTransition(runs, { type: "step-back" });
    runs = raceTransition(runs, { type: "step-back" });
    expect(runs.map((r) => r.updates)).toEqual([stopped - 1, stopped - 1]);
    expect(runs[1]?.status.kind).toBe("paused");
    expect(numbers(runs[1] as RunState)).toEqual(
      numbers(solo(racers[1] as ConfigOverrides, stopped - 1)),
    );
  });

  it("toggle runs all when none runs and pauses all when one does", () => {
    const runs = raceTransition(race(), { type: "toggle" });
    expect(runs.map((r) => r.status.kind)).toEqual(["running", "running", "running"]);
    const paused = raceTransition(runs, { type: "toggle" });
    expect(paused.map((r) => r.status.kind)).toEqual(["paused", "paused", "paused"]);
  });

  it("an event that changes no run returns the same array", () => {
    const runs = race();
    expect(raceTransition(runs, { type: "pause" })).toBe(runs);
    expect(raceTransition(runs, { type: "tick", updates: 5 })).toBe(runs);
    expect(raceTransition(runs, { type: "step-back" })).toBe(runs);
  });

  it("a racer joining is taken to the front as it would have run alone", () => {
    const runs = tickRace(running(race()), 25).runs;
    const joined = joinRace(
      runs,
      createRun(lectureConfig({ optimizer: "rmsprop" }), runs[0]?.stats),
    );
    expect(joined.status.kind).toBe("running");
    expect(numbers(joined)).toEqual(numbers(solo({ optimizer: "rmsprop" }, 25)));
    const paused = raceTransition(runs, { type: "pause" });
    expect(joinRace(paused, createRun(lectureConfig())).status.kind).toBe("paused");
    expect(joinRace(race(), createRun(lectureConfig())).status.kind).toBe("idle");
  });
});
