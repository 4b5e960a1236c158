import type { Key } from "ink";
import { commandFor } from "./keymap.js";
import { reduceSession, type Session, type SessionAction } from "./session.js";

/**
 * A key press, read against the session as it is now: the prompt takes typing while it is open,
 * the help closes on `?` or Esc, and otherwise the keymap decides. Deciding here, in the reducer,
 * rather than in the component means keys typed faster than React renders still see the state each
 * earlier key left.
 */
export function reduceKey(session: Session, input: string, key: Key): Session {
  const { prompt } = session;
  if (prompt) {
    if (key.ctrl && input === "c") return reduceSession(session, { type: "quit" });
    if (key.return) return reduceSession(session, { type: "prompt-submit" });
    if (key.escape) return reduceSession(session, { type: "prompt-cancel" });
    if (key.backspace || key.delete) {
      return reduceSession(session, { type: "prompt-edit", text: prompt.text.slice(0, -1) });
    }
    if (input && !key.ctrl && !key.meta) {
      return reduceSession(session, { type: "prompt-edit", text: prompt.text + input });
    }
    return session;
  }
  // Keys that came in one read (held down, or typed while the app was busy) count one by one.
  if (input.length > 1 && !key.ctrl && !key.meta) {
    return Array.from(input).reduce((s, ch) => reduceKey(s, ch, key), session);
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
