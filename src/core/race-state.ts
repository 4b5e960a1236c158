import { isLearningRateInRange } from "./config.js";
import { transition } from "./machine.js";
import type { OptimizerSpec } from "./optimizers/index.js";
import { joinRace, MAX_RACERS, type Race, raceTransition } from "./race.js";
import type { RecordedEvent } from "./recording.js";
import { createRun, type RunState } from "./run.js";

/** A race and the run its panels follow (the Step panel, weights and gradient log). */
export interface RaceState {
  /** One run at least, MAX_RACERS at most, in the order they joined. */
  readonly runs: Race;
  /** Index into `runs`. */
  readonly followed: number;
}

/** What changes the race's line-up, as the dashboard's keys and a recording say it. */
export type RaceEvent =
  /** A racer on the first run's data, model, init and batches, taken to the front, and followed. */
  | { readonly type: "add-racer"; readonly optimizer: OptimizerSpec; readonly lr: number }
  /** The run at `run` leaves (never the last one). */
  | { readonly type: "remove-racer"; readonly run: number }
  | { readonly type: "follow-run"; readonly run: number };

/** The run the panels follow. */
export function followedRun(race: RaceState): RunState {
  return (race.runs[race.followed] ?? race.runs[0]) as RunState;
}

/** Whether `add-racer` would add one: fewer than MAX_RACERS run. */
export function hasRoomForRacer(race: RaceState): boolean {
  return race.runs.length < MAX_RACERS;
}

/** A race event applied; the same object when it changes nothing (a full race, the last run). */
export function raceEventApplied(race: RaceState, event: RaceEvent): RaceState {
  const { runs } = race;
  switch (event.type) {
    case "add-racer": {
      if (!hasRoomForRacer(race) || !isLearningRateInRange(event.lr)) return race;
      const first = runs[0] as RunState;
      const config = { ...first.config, optimizer: event.optimizer, lr: event.lr };
      const joined = joinRace(runs, createRun(config, first.stats));
      return { runs: [...runs, joined], followed: runs.length };
    }
    case "remove-racer": {
      if (runs.length <= 1 || !(event.run >= 0 && event.run < runs.length)) return race;
      const kept = runs.filter((_, i) => i !== event.run);
      const followed =
        race.followed > event.run ? race.followed - 1 : Math.min(race.followed, kept.length - 1);
      return { runs: kept, followed };
    }
    case "follow-run":
      return event.run === race.followed || !(event.run >= 0 && event.run < runs.length)
        ? race
        : { ...race, followed: event.run };
    default:
      return assertNever(event);
  }
}

/**
 * A recorded event applied to the race: a run event to every run, or with `run` to that run
 * alone (a learning rate or optimizer set for one); a race event to the line-up. A viewer's fork
 * copied the race and left it as it was: the same object.
 */
export function recordedApplied(race: RaceState, event: RecordedEvent): RaceState {
  if (event.type === "fork") return race;
  if (event.type === "add-racer" || event.type === "remove-racer" || event.type === "follow-run")
    return raceEventApplied(race, event);
  const { run, ...runEvent } = event as typeof event & { run?: number };
  const runs =
    run === undefined
      ? raceTransition(race.runs, runEvent)
      : race.runs.map((r, i) => (i === run ? transition(r, runEvent) : r));
  return runs === race.runs || runs.every((r, i) => r === race.runs[i]) ? race : { ...race, runs };
}

function assertNever(value: never): never {
  throw new Error(`unhandled race event ${JSON.stringify(value)}`);
}
