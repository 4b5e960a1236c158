import type { RecordedEvent } from "../core/recording.js";
import { isTerminal, type RunState } from "../core/run.js";
import { type AppAction, reduceApp } from "./input.js";
import { reduceSession, type Session, type SessionAction } from "./session.js";

/** Where a recorder sends each event that changed the run; the CLI stamps the time and writes. */
export type RecordSink = (event: RecordedEvent) => void;

/**
 * A tick as a recording keeps it: the updates it did, as its time budget may have cut them short.
 * A tick that ended the run (diverged, converged, the epoch limit) keeps the updates it asked for
 * instead: replayed, it stops at the same update for the same reason, which a count of the updates
 * kept would not reach (a diverging update is not kept).
 */
function tickOf(asked: number, before: RunState, after: RunState): RecordedEvent {
  const updates = isTerminal(after.status) ? Math.floor(asked) : after.updates - before.updates;
  return { type: "tick", updates };
}

/** The run event `action` applied, read off the run before and after it; undefined for none. */
export function recordedEvent(
  action: SessionAction,
  before: RunState,
  after: RunState,
): RecordedEvent | undefined {
  if (after === before) return undefined;
  switch (action.type) {
    case "run": {
      const { event } = action;
      return event.type === "tick" ? tickOf(event.updates, before, after) : event;
    }
    case "tick":
      return tickOf(action.updates, before, after);
    case "lr-step":
    case "prompt-submit":
      return { type: "set-learning-rate", lr: after.lr };
    case "next-optimizer":
      return { type: "set-optimizer", optimizer: after.optimizer };
    default:
      // No other action touches the run: a change here would be a bug the replay test catches.
      return undefined;
  }
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
    const event = recordedEvent(action, session.run, next.run);
    if (event) record(event);
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
