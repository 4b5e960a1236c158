import { LR_RANGE_TEXT, modelOf, readLearningRate } from "../core/config.js";
import type { TimeBudget } from "../core/engine.js";
import { formatShort } from "../core/format.js";
import { type RunEvent, transition } from "../core/machine.js";
import { defaultSpec, OPTIMIZER_IDS } from "../core/optimizers/index.js";
import { MAX_RACERS, type Race, raceFront, raceTransition, tickRace } from "../core/race.js";
import {
  followedRun,
  hasRoomForRacer,
  type RaceState,
  recordedApplied,
} from "../core/race-state.js";
import type { RecordedEvent } from "../core/recording.js";
import { epochsDone, HISTORY_UPDATES, type RunState } from "../core/run.js";
import { DEFAULT_SPEED_INDEX, nextOnLadder, SPEEDS } from "./ladder.js";
import { addRacer, followNext, removeFollowed, withFollowed } from "./session-race.js";
import { fittedViews, followViews, nextPair, resetViews, type Views } from "./session-views.js";
import { parseSettings } from "./settings-text.js";

/**
 * A prompt on the key bar: the learning rate (`l`), the optimizer's settings (`t`) or a racer's
 * optimizer (`a`), what has been typed, and why it was refused.
 */
export interface Prompt {
  readonly kind: PromptKind;
  readonly text: string;
  readonly error: string | undefined;
}

/**
 * Everything the dashboard shows and steers: the race (one run or several in lockstep, and the one
 * the Step panel, weights and gradient log follow), and how it is being watched.
 */
export interface Session extends Views, RaceState {
  readonly speedIndex: number;
  /** Updates per second measured while running, for the header. */
  readonly measuredRate: number;
  readonly isLogScale: boolean;
  /** The weights panel shows the optimizer's state (`w`) instead of the loss and prediction. */
  readonly isOptimizerStateShown: boolean;
  /** Which parameter the loss landscape slices along. */
  readonly landscapeParam: number;
  readonly isHelpOpen: boolean;
  /** The help's page: 0 the keys, 1 what each panel shows and the formulas. */
  readonly helpPage: number;
  /** Which view the layout's switched slot shows, counted by `v` (taken modulo the views). */
  readonly viewIndex: number;
  readonly prompt: Prompt | undefined;
  /** A word about the last key, such as `+` at the top of the range; the next key clears it. */
  readonly notice: string | undefined;
  /** Lines the gradient log is scrolled back from its newest line. */
  readonly logScroll: number;
  /** Rows the gradient log shows, as the layout last said: how far back a scroll can go. */
  readonly logRows: number;
  /** The user asked to quit; the app exits when it sees this. */
  readonly isQuitting: boolean;
}

export type PromptKind = "lr" | "settings" | "racer";

export type SessionAction =
  /** A run event for every run of the race. */
  | { readonly type: "run"; readonly event: RunEvent }
  /** A recorded event, as a replay applies it. */
  | { readonly type: "recorded"; readonly event: RecordedEvent }
  /** The panels follow the next run of the race. */
  | { readonly type: "follow-next" }
  /** The followed run leaves the race (never the last). */
  | { readonly type: "remove-racer" }
  | {
      readonly type: "tick";
      readonly updates: number;
      readonly rate: number;
      readonly budget?: TimeBudget;
    }
  | { readonly type: "lr-step"; readonly direction: 1 | -1 }
  | { readonly type: "speed-step"; readonly direction: 1 | -1 }
  | { readonly type: "next-optimizer" }
  | { readonly type: "toggle-log-scale" }
  | { readonly type: "toggle-optimizer-state" }
  | { readonly type: "next-param" }
  | { readonly type: "toggle-help" }
  | { readonly type: "close-help" }
  | { readonly type: "next-view" }
  | { readonly type: "prompt-open"; readonly kind?: PromptKind }
  | { readonly type: "prompt-edit"; readonly text: string }
  | { readonly type: "prompt-submit" }
  | { readonly type: "prompt-cancel" }
  | { readonly type: "scroll"; readonly lines: number }
  | { readonly type: "log-rows"; readonly rows: number }
  | { readonly type: "quit" }
  | { readonly type: "reset-view" }
  | { readonly type: "next-pair" }
  /** A word for the key bar, such as why a follower's key was refused. */
  | { readonly type: "notice"; readonly text: string }
  /** A follower takes the presenter's race and speed; what it looks at stays its own. */
  | { readonly type: "follow"; readonly from: Session };

/** A session on one run, or on a race of several (the first followed). */
export function createSession(start: RunState | Race): Session {
  const runs: Race = Array.isArray(start) ? start : [start as RunState];
  const run = runs[0] as RunState;
  return {
    runs,
    followed: 0,
    speedIndex: DEFAULT_SPEED_INDEX,
    measuredRate: 0,
    isLogScale: false,
    isOptimizerStateShown: false,
    landscapeParam: 0,
    isHelpOpen: false,
    helpPage: 0,
    viewIndex: 0,
    prompt: undefined,
    notice: undefined,
    logScroll: 0,
    logRows: 0,
    isQuitting: false,
    ...fittedViews(run, 0, 0),
  };
}

export function speedOf(session: Session): number {
  return SPEEDS[session.speedIndex] ?? 1;
}

/**
 * Characters of a refused value the prompt's error repeats: the value is on the line already, and
 * the reason after it must fit at 80 columns however much was typed.
 */
export const PROMPT_QUOTE_MAX = 10;

/** A learning rate typed at the prompt, or the reason it is not one (as --lr would say it). */
export function parseLearningRate(text: string): number | string {
  if (text.trim() === "") return "type a learning rate, e.g. 0.05";
  return readLearningRate(text, PROMPT_QUOTE_MAX);
}

/** Pages of the help: the keys, and what each panel shows. */
export const HELP_PAGES = 2;

/**
 * `viewIndex` wraps here so it stays small: a multiple of every number of views a layout has
 * (2, 3 or 4), so wrapping never skips a view.
 */
const VIEW_CYCLE = 12;

function submitSettings(session: Session, prompt: Prompt): Session {
  const run = followedRun(session);
  const optimizer = parseSettings(run.optimizer, prompt.text);
  if (typeof optimizer === "string") return { ...session, prompt: { ...prompt, error: optimizer } };
  return {
    ...withFollowed(session, transition(run, { type: "tune-optimizer", optimizer })),
    prompt: undefined,
  };
}

/** Lines of scrollback the gradient log keeps. */
export const LOG_HISTORY = 300;

/** How far back the log can scroll: its lines (a grad line an update, a progress line an epoch). */
export function maxLogScroll(session: Session): number {
  const run = followedRun(session);
  const lines = Math.min(LOG_HISTORY, run.updates + epochsDone(run));
  return Math.max(0, lines - session.logRows);
}

function withRuns(session: Session, runs: Race): Session {
  return runs === session.runs ? session : { ...session, runs };
}

/** The dashboard's reducer: pure, and an action that changes nothing returns the same object. */
export function reduceSession(session: Session, action: SessionAction): Session {
  let next = followViews(session, scrolledPlaceKept(session, reduce(session, action)));
  // A notice answers one key; the next key, not the clock or a resize, takes it away.
  const isNew = next.notice !== session.notice;
  if (next.notice !== undefined && !isNew && !keepsNotice(action))
    next = { ...next, notice: undefined };
  // A reset, a step back or a shorter log can leave the scroll past the oldest line: keep it in.
  const max = maxLogScroll(next);
  return next.logScroll > max ? { ...next, logScroll: max } : next;
}

function keepsNotice(action: SessionAction): boolean {
  return (
    action.type === "tick" ||
    // A step back says itself whether its notice stays (steppedBack).
    (action.type === "run" && action.event.type === "step-back") ||
    action.type === "log-rows" ||
    action.type === "lr-step" ||
    action.type === "remove-racer" ||
    action.type === "notice" ||
    action.type === "follow" ||
    action.type === "recorded"
  );
}

/**
 * Every run's rate one step along the ladder from its own; when the followed run's is at either
 * end of the range, a notice saying why it stayed.
 */
function stepLearningRate(session: Session, direction: 1 | -1): Session {
  const runs = session.runs.map((run) =>
    transition(run, { type: "set-learning-rate", lr: nextOnLadder(run.lr, direction) }),
  );
  const run = followedRun(session);
  const lr = nextOnLadder(run.lr, direction);
  if (lr !== run.lr) return { ...session, runs, notice: undefined };
  const changed = runs.some((r, i) => r !== session.runs[i]);
  const end = direction === 1 ? "top" : "bottom";
  const notice = `lr ${formatShort(lr, 6)} is the ${end} of the range (${LR_RANGE_TEXT})`;
  if (!changed) return notice === session.notice ? session : { ...session, notice };
  return { ...session, runs, notice };
}

export const HISTORY_END_NOTICE = `no further back: gd-tui keeps at least the last ${HISTORY_UPDATES.toLocaleString("en-US")} updates`;

/**
 * The race one step back; when it stayed where it was with updates behind it, the history kept
 * ends there, and a notice says so (a key that did nothing and said nothing would look broken).
 */
function steppedBack(session: Session, runs: Race): Session {
  if (runs !== session.runs) return { ...session, runs, notice: undefined };
  // At the start there is nothing to step back to, and nothing to say: a key as any other.
  const notice = raceFront(runs) === 0 ? undefined : HISTORY_END_NOTICE;
  return notice === session.notice ? session : { ...session, notice };
}

/** Lines the whole run's log has: a grad line an update, a progress line an epoch. */
function logLength(run: RunState): number {
  return run.updates + epochsDone(run);
}

/**
 * A log scrolled back stays on the lines it shows while the run adds (or a step back takes away)
 * lines below them: the scroll, counted from the newest line, moves by as many.
 */
function scrolledPlaceKept(before: Session, next: Session): Session {
  const [was, now] = [followedRun(before), followedRun(next)];
  if (next.logScroll === 0 || now === was) return next;
  const logScroll = Math.max(0, next.logScroll + logLength(now) - logLength(was));
  return logScroll === next.logScroll ? next : { ...next, logScroll };
}

function reduce(session: Session, action: SessionAction): Session {
  const run = followedRun(session);
  switch (action.type) {
    case "run": {
      const runs = raceTransition(session.runs, action.event);
      return action.event.type === "step-back"
        ? steppedBack(session, runs)
        : withRuns(session, runs);
    }
    case "recorded": {
      const race = recordedApplied(session, action.event);
      return race === session ? session : { ...session, ...race };
    }
    case "follow-next":
      return followNext(session);
    case "remove-racer":
      return removeFollowed(session);
    case "tick": {
      const { runs } = tickRace(session.runs, action.updates, action.budget);
      return runs === session.runs ? session : { ...session, runs, measuredRate: action.rate };
    }
    case "lr-step":
      return stepLearningRate(session, action.direction);
    case "speed-step": {
      const speedIndex = Math.min(
        SPEEDS.length - 1,
        Math.max(0, session.speedIndex + action.direction),
      );
      return speedIndex === session.speedIndex ? session : { ...session, speedIndex };
    }
    case "next-optimizer": {
      // The next of the twelve, at torch's defaults; the learning rate stays as it is.
      const next =
        OPTIMIZER_IDS[(OPTIMIZER_IDS.indexOf(run.optimizer.id) + 1) % OPTIMIZER_IDS.length];
      return next
        ? withFollowed(
            session,
            transition(run, { type: "set-optimizer", optimizer: defaultSpec(next) }),
          )
        : session;
    }
    case "toggle-log-scale":
      return { ...session, isLogScale: !session.isLogScale };
    case "toggle-optimizer-state":
      return { ...session, isOptimizerStateShown: !session.isOptimizerStateShown };
    case "next-param": {
      const count = modelOf(run.config).params.length;
      const landscapeParam = (session.landscapeParam + 1) % count;
      return landscapeParam === session.landscapeParam ? session : { ...session, landscapeParam };
    }
    case "toggle-help":
      // `?` opens the keys, turns to the page on the panels, then closes.
      if (!session.isHelpOpen) return { ...session, isHelpOpen: true, helpPage: 0 };
      if (session.helpPage < HELP_PAGES - 1) return { ...session, helpPage: session.helpPage + 1 };
      return { ...session, isHelpOpen: false, helpPage: 0 };
    case "close-help":
      return session.isHelpOpen ? { ...session, isHelpOpen: false, helpPage: 0 } : session;
    case "next-view":
      return { ...session, viewIndex: (session.viewIndex + 1) % VIEW_CYCLE };
    case "prompt-open": {
      if (session.prompt) return session;
      if (action.kind === "racer" && !hasRoomForRacer(session))
        return { ...session, notice: `a race takes at most ${MAX_RACERS} runs` };
      return { ...session, prompt: { kind: action.kind ?? "lr", text: "", error: undefined } };
    }
    case "prompt-edit": {
      const { prompt } = session;
      if (!prompt || (prompt.text === action.text && prompt.error === undefined)) return session;
      return { ...session, prompt: { ...prompt, text: action.text, error: undefined } };
    }
    case "prompt-submit": {
      if (!session.prompt) return session;
      if (session.prompt.kind === "settings") return submitSettings(session, session.prompt);
      if (session.prompt.kind === "racer") return addRacer(session, session.prompt);
      const lr = parseLearningRate(session.prompt.text);
      if (typeof lr === "string") return { ...session, prompt: { ...session.prompt, error: lr } };
      return {
        ...withRuns(session, raceTransition(session.runs, { type: "set-learning-rate", lr })),
        prompt: undefined,
      };
    }
    case "prompt-cancel":
      return session.prompt ? { ...session, prompt: undefined } : session;
    case "scroll": {
      const logScroll = Math.min(
        maxLogScroll(session),
        Math.max(0, session.logScroll + action.lines),
      );
      return logScroll === session.logScroll ? session : { ...session, logScroll };
    }
    case "log-rows":
      return action.rows === session.logRows ? session : { ...session, logRows: action.rows };
    case "quit":
      return session.isQuitting ? session : { ...session, isQuitting: true };
    case "reset-view":
      return resetViews(session);
    case "next-pair":
      return nextPair(session);
    case "notice":
      return action.text === session.notice ? session : { ...session, notice: action.text };
    case "follow": {
      const { runs, speedIndex, measuredRate } = action.from;
      if (runs === session.runs && speedIndex === session.speedIndex) return session;
      const followed = Math.min(session.followed, runs.length - 1);
      return { ...session, runs, followed, speedIndex, measuredRate };
    }
    default:
      return assertNever(action);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled action ${JSON.stringify(value)}`);
}
