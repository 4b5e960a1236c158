import type { Key } from "ink";
import { commandFor } from "./keymap.js";
import { reduceSession, type Session, type SessionAction } from "./session.js";

/**
 * The keys in one input. Ink reports a run of plain characters read at once (keys held down or
 * typed while the app was busy, a paste, `5` and Enter arriving together over a slow SSH link) as
 * one input: split, each is the key Ink reports for it alone, Enter, Tab and Backspace included.
 */
function keysIn(input: string, key: Key): [string, Key][] {
  return Array.from(input, (ch): [string, Key] => {
    if (ch === "\r" || ch === "\n") return ["", { ...key, return: true }];
    if (ch === "\t") return ["", { ...key, tab: true }];
    if (ch === "\b") return ["", { ...key, backspace: true }];
    if (ch === "\x7f") return ["", { ...key, delete: true }];
    return [ch, key];
  });
}

/** Text the prompt takes: printable characters only, never a control character. */
function isPrintable(input: string): boolean {
  return Array.from(input).every((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code >= 0x20 && code !== 0x7f;
  });
}

/**
 * A key press, read against the session as it is now: the prompt takes typing while it is open,
 * the help closes on `?` or Esc, and otherwise the keymap decides. Deciding here, in the reducer,
 * rather than in the component means keys typed faster than React renders still see the state each
 * earlier key left.
 */
export function reduceKey(session: Session, input: string, key: Key): Session {
  if (input.length > 1 && !key.ctrl && !key.meta) {
    return keysIn(input, key).reduce((s, [ch, k]) => reduceKey(s, ch, k), session);
  }
  const { prompt } = session;
  if (prompt) {
    if (key.ctrl && input === "c") return reduceSession(session, { type: "quit" });
    if (key.return) return reduceSession(session, { type: "prompt-submit" });
    if (key.escape) return reduceSession(session, { type: "prompt-cancel" });
    if (key.backspace || key.delete) {
      return reduceSession(session, { type: "prompt-edit", text: prompt.text.slice(0, -1) });
    }
    if (input && isPrintable(input) && !key.ctrl && !key.meta) {
      return reduceSession(session, { type: "prompt-edit", text: prompt.text + input });
    }
    return session;
  }
  if (session.isHelpOpen && (key.escape || input === "?")) {
    return reduceSession(session, { type: "toggle-help" });
  }
  const command = commandFor(input, key);
  return command ? reduceSession(session, command) : session;
}

export type AppAction =
  | SessionAction
  | { readonly type: "key"; readonly input: string; readonly key: Key };

/** The app's reducer: key presses as above, everything else (ticks, layout) as the session's. */
export function reduceApp(session: Session, action: AppAction): Session {
  return action.type === "key"
    ? reduceKey(session, action.input, action.key)
    : reduceSession(session, action);
}
