import type { TimeBudget } from "./engine.js";
import { type RunEvent, transition } from "./machine.js";
import { isTerminal, type RunState } from "./run.js";

/** Runs a race takes at most: eight series and letters still tell apart on an 80-column screen. */
export const MAX_RACERS = 8;

/**
 * Several runs in lockstep on the same data, model, initial parameters and batches: every run
 * still going has done the same number of updates (the front), and a run that stopped (diverged,
 * converged, the epoch limit) stays where it stopped while the others go on. Each run is then
 * exactly what it would be alone after as many updates: nothing here mixes one run into another.
 */
export type Race = readonly RunState[];

/** The most updates any run has done: where the race is. */
export function raceFront(runs: Race): number {
  let front = 0;
  for (const run of runs) front = Math.max(front, run.updates);
  return front;
}

/** The runs with `f` applied to each; the same array when no run changed. */
function mapRuns(runs: Race, f: (run: RunState, index: number) => RunState): Race {
  let changed = false;
  const next = runs.map((run, i) => {
    const after = f(run, i);
    if (after !== run) changed = true;
    return after;
  });
  return changed ? next : runs;
}

/**
 * Updates a run was asked for by a tick that took it from `before` to `after`: the updates it kept,
 * and one more when it diverged, for a diverging update is not kept (a converging one, and the
 * last of the epoch limit, are). Asked again of `before`, as many reach the same state
 * (machine.ts's `tick` does nothing once a run has stopped).
 */
export function updatesAsked(before: RunState, after: RunState): number {
  const kept = after.updates - before.updates;
  return after.status.kind === "diverged" && before.status.kind !== "diverged" ? kept + 1 : kept;
}

/** Updates each running run takes in the first round of a budgeted tick: a fraction of a ms. */
export const FIRST_ROUND = 256;

/**
 * A frame's `updates` for every running run, in rounds: each round every running run takes the
 * same number of updates, so the race stays in lockstep whatever each optimizer costs (SGD's loop
 * is several times Adam's speed). With a `budget`, the clock is read between rounds and each round
 * is sized from the last one's time to end near the budget (at most doubling). Returns the runs
 * and the updates each running run was asked for, so that a recording replays the tick as
 * `tick(asked)` applied to every run.
 */
export function tickRace(
  runs: Race,
  updates: number,
  budget?: TimeBudget,
): { readonly runs: Race; readonly asked: number } {
  let next = runs;
  let asked = 0;
  let left = Math.floor(updates);
  let round = budget ? Math.min(left, FIRST_ROUND) : left;
  while (left > 0 && next.some((run) => run.status.kind === "running")) {
    const at = budget?.now() ?? 0;
    const count = round;
    next = mapRuns(next, (run) => transition(run, { type: "tick", updates: count }));
    asked += count;
    left -= count;
    if (!budget) break;
    const now = budget.now();
    const spent = Math.max(now - at, 1e-3);
    if (now >= budget.until) break;
    round = Math.max(
      1,
      Math.min(left, 2 * count, Math.floor((count * (budget.until - now)) / spent)),
    );
  }
  return { runs: next, asked };
}

/**
 * One step back for the race: the runs at the front go back one update; a run that stopped
 * behind them stays until the front comes back to where it stopped.
 */
function stepBackRace(runs: Race): Race {
  const front = raceFront(runs);
  return mapRuns(runs, (run) =>
    run.updates === front ? transition(run, { type: "step-back" }) : run,
  );
}

/**
 * A run event applied to the whole race. `toggle` runs every run when none is running and pauses
 * them all when one is, so that the runs never drift apart in status.
 */
export function raceTransition(runs: Race, event: RunEvent): Race {
  switch (event.type) {
    case "tick":
      return tickRace(runs, event.updates, event.budget).runs;
    case "step-back":
      return stepBackRace(runs);
    case "toggle": {
      const isRunning = runs.some((run) => run.status.kind === "running");
      return raceTransition(runs, { type: isRunning ? "pause" : "run" });
    }
    case "step":
    case "step-epoch":
    case "run":
    case "pause":
    case "set-learning-rate":
    case "set-optimizer":
    case "tune-optimizer":
    case "reset":
    case "continue":
      return mapRuns(runs, (run) => transition(run, event));
    default:
      return assertNever(event);
  }
}

/**
 * A run joining the race: taken up to the front (the updates the others have done, as it would
 * have done them alone), running or paused as they are. It may stop on the way, as alone.
 */
export function joinRace(runs: Race, fresh: RunState): RunState {
  const front = raceFront(runs);
  const started =
    front > 0
      ? transition(transition(fresh, { type: "run" }), { type: "tick", updates: front })
      : fresh;
  if (isTerminal(started.status)) return started;
  const isRunning = runs.some((run) => run.status.kind === "running");
  const kind = isRunning ? "running" : front > 0 ? "paused" : "idle";
  return started.status.kind === kind ? started : { ...started, status: { kind } };
}

function assertNever(value: never): never {
  throw new Error(`unhandled event ${JSON.stringify(value)}`);
}
