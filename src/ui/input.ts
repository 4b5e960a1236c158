import type { Key } from "ink";
import { commandFor } from "./keymap.js";
import { reduceSession as reduceSessionPure, type Session, type SessionAction } from "./session.js";

/**
 * The key `ch` is when typed alone. A run of plain characters read at once (keys held down or
 * typed while the app was busy, a paste, `5` and Enter arriving together over a slow SSH link)
 * comes as one input, control characters and all: each counts as the key it is alone, Enter, Tab,
 * Backspace and Ctrl+letter included.
 */
export function keyOf(ch: string, key: Key): [string, Key] {
  if (ch === "\r" || ch === "\n") return ["", { ...key, return: true }];
  if (ch === "\t") return ["", { ...key, tab: true }];
  if (ch === "\b") return ["", { ...key, backspace: true }];
  if (ch === "\x7f") return ["", { ...key, delete: true }];
  const code = ch.charCodeAt(0);
  // As Ink's parseKeypress reads a lone byte 0x00-0x1a: Ctrl and the letter (Ctrl+C is 0x03).
  if (code <= 0x1a) return [String.fromCharCode(code + 0x60), { ...key, ctrl: true }];
  return [ch, key];
}

// Controls (C0, C1, DEL), format characters (bidirectional overrides among them), lone surrogates,
// private-use and unassigned code points, and line and paragraph separators.
const UNPRINTABLE = /[\p{C}\p{Zl}\p{Zp}]/u;

/** Text the prompt takes: whole printable characters, never a control or half a character. */
function isPrintable(input: string): boolean {
  return !UNPRINTABLE.test(input);
}

/**
 * Characters the prompt holds at most: a learning rate needs a dozen, and a paste of a megabyte
 * must not become a megabyte-long line redrawn every frame.
 */
export const PROMPT_MAX = 64;

/**
 * A key press, read against the session as it is now: the prompt takes typing while it is open,
 * the help closes on `?` or Esc, and otherwise the keymap decides. Deciding here, in the reducer,
 * rather than in the component means keys typed faster than React renders still see the state each
 * earlier key left.
 */
export function reduceKey(
  session: Session,
  input: string,
  key: Key,
  reduceSession: SessionReducer = reduceSessionPure,
): Session {
  if (key.ctrl || key.meta || input === "") return reduceOne(session, input, key, reduceSession);
  let next = session;
  // By code point (a surrogate pair is one character), never an array: a paste can be megabytes.
  for (const ch of input) next = reduceOne(next, ...keyOf(ch, key), reduceSession);
  return next;
}

/** The session's reducer, or one wrapped around it (a recorder sees each action it applies). */
export type SessionReducer = (session: Session, action: SessionAction) => Session;

function reduceOne(
  session: Session,
  input: string,
  key: Key,
  reduceSession: SessionReducer,
): Session {
  const { prompt } = session;
  if (prompt) {
    if (key.ctrl && input === "c") return reduceSession(session, { type: "quit" });
    if (key.return) return reduceSession(session, { type: "prompt-submit" });
    if (key.escape) return reduceSession(session, { type: "prompt-cancel" });
    if (key.backspace || key.delete) {
      // The last character, not the last code unit: half of 𝟘 would be left otherwise.
      const text = Array.from(prompt.text).slice(0, -1).join("");
      return reduceSession(session, { type: "prompt-edit", text });
    }
    // As in a shell: the whole line goes.
    if (key.ctrl && input === "u") return reduceSession(session, { type: "prompt-edit", text: "" });
    if (input && isPrintable(input) && !key.ctrl && !key.meta) {
      const text = prompt.text + input;
      return Array.from(text).length > PROMPT_MAX
        ? session
        : reduceSession(session, { type: "prompt-edit", text });
    }
    return session;
  }
  if (session.isHelpOpen && (key.escape || input === "?")) {
    return reduceSession(session, { type: key.escape ? "close-help" : "toggle-help" });
  }
  const command = commandFor(input, key);
  return command ? reduceSession(session, command) : session;
}

export type AppAction =
  | SessionAction
  | { readonly type: "key"; readonly input: string; readonly key: Key };

/** The app's reducer: key presses as above, everything else (ticks, layout) as the session's. */
export function reduceApp(
  session: Session,
  action: AppAction,
  reduceSession: SessionReducer = reduceSessionPure,
): Session {
  return action.type === "key"
    ? reduceKey(session, action.input, action.key, reduceSession)
    : reduceSession(session, action);
}
