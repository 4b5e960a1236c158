import type { Key } from "ink";
import type { TimedEvent } from "../core/recording.js";
import { reduceSession, type Session, type SessionAction } from "./session.js";

/** A recording being watched: the session it has reached, and how it moves on. */
export interface ReplayState {
  readonly session: Session;
  readonly events: readonly TimedEvent[];
  /** The index of the next event to apply. */
  readonly next: number;
  /** Where the replay is in the recording's own time, in milliseconds since its start. */
  readonly position: number;
  readonly isPlaying: boolean;
  /** Index into REPLAY_SPEEDS: how much faster than recorded the replay plays. */
  readonly speedIndex: number;
}

export const REPLAY_SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 64] as const;
const NORMAL_SPEED = 2;

export type ReplayAction =
  | { readonly type: "next" }
  | { readonly type: "toggle-play" }
  | { readonly type: "speed-step"; readonly direction: 1 | -1 }
  | { readonly type: "to-end" }
  /** Wall-clock milliseconds passed while playing. */
  | { readonly type: "elapsed"; readonly ms: number }
  | { readonly type: "view"; readonly action: SessionAction };

/** A replay paused before the recording's first event. */
export function createReplay(session: Session, events: readonly TimedEvent[]): ReplayState {
  return withNotice({
    session,
    events,
    next: 0,
    position: 0,
    isPlaying: false,
    speedIndex: NORMAL_SPEED,
  });
}

function applyUpTo(state: ReplayState, end: number, position: number): ReplayState {
  let { session } = state;
  for (let i = state.next; i < end; i++) {
    const timed = state.events[i] as TimedEvent;
    // The recorded event through the session's reducer: the views follow as they did live. A
    // fork left the presenter's race as it was.
    session = reduceSession(session, { type: "recorded", event: timed.event });
  }
  const isPlaying = state.isPlaying && end < state.events.length;
  return { ...state, session, next: end, position, isPlaying };
}

/** The first event after `position`, by a binary search: events are in time order. */
function dueEnd(events: readonly TimedEvent[], from: number, position: number): number {
  let lo = from;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as TimedEvent).t <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function step(state: ReplayState, action: ReplayAction): ReplayState {
  const { events, next } = state;
  const last = events[events.length - 1];
  switch (action.type) {
    case "next": {
      const event = events[next];
      return event ? applyUpTo(state, next + 1, event.t) : state;
    }
    case "toggle-play":
      return next < events.length ? { ...state, isPlaying: !state.isPlaying } : state;
    case "speed-step": {
      const speedIndex = Math.min(
        REPLAY_SPEEDS.length - 1,
        Math.max(0, state.speedIndex + action.direction),
      );
      return speedIndex === state.speedIndex ? state : { ...state, speedIndex };
    }
    case "to-end":
      return last ? applyUpTo(state, events.length, Math.max(state.position, last.t)) : state;
    case "elapsed": {
      if (!state.isPlaying) return state;
      const position = state.position + action.ms * (REPLAY_SPEEDS[state.speedIndex] ?? 1);
      return applyUpTo(state, dueEnd(events, next, position), position);
    }
    case "view": {
      const session = reduceSession(state.session, action.action);
      return session === state.session ? state : { ...state, session };
    }
    default:
      return action satisfies never;
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** The key bar's line: where the replay is, and its keys. */
function withNotice(state: ReplayState): ReplayState {
  const total = state.events[state.events.length - 1]?.t ?? 0;
  const speed = REPLAY_SPEEDS[state.speedIndex] ?? 1;
  const where = state.next === state.events.length ? "end" : state.isPlaying ? "playing" : "paused";
  const last = state.events[state.next - 1]?.event;
  const fork = last?.type === "fork" ? ` · a viewer forked here (update ${last.updates})` : "";
  const notice =
    `replay ${state.next}/${state.events.length} · ${seconds(Math.min(state.position, total))}/${seconds(total)} ×${speed} ${where}${fork}` +
    " · s next · space play · </> speed · e end · q quit";
  return notice === state.session.notice
    ? state
    : { ...state, session: { ...state.session, notice } };
}

/** The replay's reducer: pure, and an action that changes nothing returns the same object. */
export function reduceReplay(state: ReplayState, action: ReplayAction): ReplayState {
  const next = step(state, action);
  return next === state ? state : withNotice(next);
}

/** What a key does in a replay: the recording's own keys, else the views' that change no run. */
export function replayActionFor(input: string, key: Key): ReplayAction | undefined {
  if (input === "s" || key.rightArrow) return { type: "next" };
  if (input === " ") return { type: "toggle-play" };
  if (input === ">" || input === "<")
    return { type: "speed-step", direction: input === ">" ? 1 : -1 };
  if (input === "e" || input === "G") return { type: "to-end" };
  if (input === "q" || (key.ctrl && input === "c"))
    return { type: "view", action: { type: "quit" } };
  if (input === "?") return { type: "view", action: { type: "toggle-help" } };
  if (input === "g") return { type: "view", action: { type: "toggle-log-scale" } };
  if (key.tab) return { type: "view", action: { type: "next-param" } };
  if (key.pageUp) return { type: "view", action: { type: "scroll", lines: 5 } };
  if (key.pageDown) return { type: "view", action: { type: "scroll", lines: -5 } };
  return undefined;
}
