import type { Key } from "ink";
import { type AppAction, keyOf } from "./input.js";
import { commandFor } from "./keymap.js";
import type { Session, SessionAction } from "./session.js";

/** What a follower may do to the presenter's run: look at it their own way, and nothing else. */
const WATCHING: ReadonlySet<SessionAction["type"]> = new Set([
  "toggle-help",
  "scroll",
  "toggle-log-scale",
  "next-param",
  "next-pair",
  "reset-view",
  "follow-next",
  "quit",
]);

export const READ_ONLY_NOTICE = "following the presenter (read-only): f forks your own copy";
/** A follower's key bar: what their keys can do while the run is the presenter's. */
export const FOLLOWER_KEYS =
  "following the presenter (read-only)  f fork your own copy  ? help  q quit";
export const FORKED_NOTICE = "your own copy now: the presenter's run goes on without you";

/**
 * A follower's key press: `f` forks, keys that change only how they look pass to the reducer as
 * keys, and the rest are refused with a notice. Several characters read at once count one by one.
 */
export function followerActions(input: string, key: Key): (AppAction | "fork")[] {
  return charactersOf(input, key).map((ch): AppAction | "fork" => {
    if (ch === "f" && !key.ctrl && !key.meta) return "fork";
    const command = commandOf(ch, key);
    if (!command || WATCHING.has(command.type)) return { type: "key", input: ch, key };
    return { type: "notice", text: READ_ONLY_NOTICE };
  });
}

/** Several characters read at once, one by one; a key with Ctrl or Alt, or a named one, whole. */
const charactersOf = (input: string, key: Key) =>
  input.length > 1 && !key.ctrl && !key.meta ? Array.from(input) : [input];

/** The command of one character as the reducer reads it (Tab, Enter, Ctrl+letter), if any. */
const commandOf = (ch: string, key: Key) =>
  commandFor(...(key.ctrl || key.meta || ch === "" ? ([ch, key] as const) : keyOf(ch, key)));

/**
 * A follower's own dashboard goes back to the group's shared drawing (gd-tui serve) this long
 * after their last key, if nothing on it is theirs by then: a room of students who each pressed a
 * key once would otherwise cost the server a dashboard each.
 */
export const REJOIN_MS = 5000;

/** Keys that fit a follower's views their own way (z, Tab, the contour's pair): kept from then on. */
const REFITTING: ReadonlySet<SessionAction["type"]> = new Set([
  "reset-view",
  "next-param",
  "next-pair",
]);

export function refitsView(input: string, key: Key): boolean {
  return charactersOf(input, key).some((ch) => {
    const command = commandOf(ch, key);
    return command !== undefined && REFITTING.has(command.type);
  });
}

/**
 * Nothing on a follower's screen is their own, but for a word about a refused key: help closed,
 * the log at its newest line, the presenter's first run followed, the panels as they first were.
 */
export function isSharedView(session: Session): boolean {
  return (
    !session.isHelpOpen &&
    session.prompt === undefined &&
    session.logScroll === 0 &&
    !session.isLogScale &&
    !session.isOptimizerStateShown &&
    session.followed === 0 &&
    session.viewIndex === 0 &&
    session.landscapeParam === 0 &&
    session.contourPair === 0
  );
}
