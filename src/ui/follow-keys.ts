import type { Key } from "ink";
import type { AppAction } from "./input.js";
import { commandFor } from "./keymap.js";
import type { SessionAction } from "./session.js";

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
  const keys = input.length > 1 && !key.ctrl && !key.meta ? Array.from(input) : [input];
  return keys.map((ch): AppAction | "fork" => {
    if (ch === "f" && !key.ctrl && !key.meta) return "fork";
    const command = commandFor(ch, key);
    if (!command || WATCHING.has(command.type)) return { type: "key", input: ch, key };
    return { type: "notice", text: READ_ONLY_NOTICE };
  });
}
