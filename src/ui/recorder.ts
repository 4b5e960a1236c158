import type { RunEvent } from "../core/machine.js";
import { type Race, updatesAsked } from "../core/race.js";
import type { RecordedEvent } from "../core/recording.js";
import type { RunState } from "../core/run.js";
import { type AppAction, reduceApp } from "./input.js";
import { reduceSession, type Session, type SessionAction } from "./session.js";

/** Where a recorder sends each event that changed a run; the CLI stamps the time and writes. */
export type RecordSink = (event: RecordedEvent) => void;

/**
 * A tick as a recording keeps it: the updates every running run was asked for (race.ts's
 * `updatesAsked`), as its time budget may have cut them short. A tick that stopped every run
 * (diverged, converged, the epoch limit) keeps the updates it asked for instead: replayed, each
 * stops at the same update for the same reason, which a count of the updates kept would not reach
 * (a diverging update is not kept).
 */
function tickOf(asked: number, before: Race, after: Race): RecordedEvent {
  if (!after.some((run) => run.status.kind === "running"))
    return { type: "tick", updates: Math.floor(asked) };
  let updates = 0;
  after.forEach((run, i) => {
    const was = before[i] as RunState;
    if (was.status.kind === "running") updates = Math.max(updates, updatesAsked(was, run));
  });
  return { type: "tick", updates };
}

/** The runs whose state differs. */
const changedRuns = (before: Race, after: Race) =>
  after.flatMap((run, i) => (run === before[i] ? [] : [i]));

/**
 * The recorded events `action` applied, read off the session before and after it; none when it
 * changed no run. A run event for all the runs is one event; one that set each run's rate on its
 * own ladder is an event a run (with `run`, in a race); one for the followed run alone names it.
 */
export function recordedEvents(
  action: SessionAction,
  before: Session,
  after: Session,
): RecordedEvent[] {
  const was = before.runs;
  const now = after.runs;
  if (now.length !== was.length) {
    const added = now.at(-1) as RunState;
    return now.length > was.length
      ? [{ type: "add-racer", optimizer: added.config.optimizer, lr: added.config.lr }]
      : [{ type: "remove-racer", run: before.followed }];
  }
  if (after.followed !== before.followed) return [{ type: "follow-run", run: after.followed }];
  if (now === was) return [];
  const on = (run: number) => (now.length > 1 ? { run } : {});
  switch (action.type) {
    case "run":
      return [
        action.event.type === "tick"
          ? tickOf(action.event.updates, was, now)
          : withoutBudget(action.event),
      ];
    case "tick":
      return [tickOf(action.updates, was, now)];
    case "lr-step":
      return changedRuns(was, now).map((i) => ({
        type: "set-learning-rate",
        lr: (now[i] as RunState).lr,
        ...on(i),
      }));
    case "prompt-submit": {
      const run = now[after.followed] as RunState;
      if (before.prompt?.kind === "settings")
        return [{ type: "tune-optimizer", optimizer: run.optimizer, ...on(after.followed) }];
      return [{ type: "set-learning-rate", lr: run.lr }];
    }
    case "next-optimizer":
      return [
        {
          type: "set-optimizer",
          optimizer: (now[after.followed] as RunState).optimizer,
          ...on(after.followed),
        },
      ];
    default:
      // No other action touches the runs: a change here would be a bug the replay test catches.
      return [];
  }
}

function withoutBudget(event: Exclude<RunEvent, { type: "tick" }>): RecordedEvent {
  return event;
}

/**
 * The app's reducer with every run change sent to `record`. React may call a reducer twice for
 * the same update (it replays queued updates when rendering), so a repeated call with the same
 * state and action answers from memory and records nothing the second time.
 */
export function recordingReducer(
  record: RecordSink,
): (session: Session, action: AppAction) => Session {
  const recordOne = (session: Session, action: SessionAction): Session => {
    const next = reduceSession(session, action);
    for (const event of recordedEvents(action, session, next)) record(event);
    return next;
  };
  let last: { before: Session; action: AppAction; after: Session } | undefined;
  return (before, action) => {
    if (last && last.before === before && last.action === action) return last.after;
    const after = reduceApp(before, action, recordOne);
    last = { before, action, after };
    return after;
  };
}
