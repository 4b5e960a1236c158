import { useApp, useInput } from "ink";
import { useReducer } from "react";
import { commandFor } from "./keymap.js";
import { reduceSession, type Session, speedOf } from "./session.js";
import { type Theme, ThemeContext } from "./theme.js";
import { useRunner } from "./use-runner.js";
import { type Size, useTerminalSize } from "./use-terminal-size.js";
import { Dashboard } from "./views/dashboard.js";

export interface AppProps {
  readonly initial: Session;
  /** Frames per second at most: the runner's tick rate. */
  readonly fps: number;
  readonly theme: Theme;
  /** A fixed size instead of the terminal's. */
  readonly size?: Size;
}

/** The top component: owns the session reducer, the runner and the keys. */
export function App({ initial, fps, theme, size }: AppProps) {
  const [session, dispatch] = useReducer(reduceSession, initial);
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(size);
  useRunner(session.run.status.kind === "running", speedOf(session), fps, dispatch);
  useInput((input, key) => {
    if (session.prompt) {
      if (key.return) dispatch({ type: "prompt-submit" });
      else if (key.escape) dispatch({ type: "prompt-cancel" });
      else if (key.backspace || key.delete)
        dispatch({ type: "prompt-edit", text: session.prompt.text.slice(0, -1) });
      else if (key.ctrl && input === "c") exit();
      else if (input && !key.ctrl && !key.meta)
        dispatch({ type: "prompt-edit", text: session.prompt.text + input });
      return;
    }
    if (session.isHelpOpen && (key.escape || input === "?")) {
      dispatch({ type: "toggle-help" });
      return;
    }
    const command = commandFor(input, key);
    if (!command) return;
    if (command.type === "quit") exit();
    else dispatch(command);
  });
  return (
    <ThemeContext.Provider value={theme}>
      <Dashboard session={session} columns={columns} rows={rows} />
    </ThemeContext.Provider>
  );
}
