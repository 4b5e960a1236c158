import { type Key, useApp } from "ink";
import { useCallback, useEffect, useReducer } from "react";
import { reduceApp } from "./input.js";
import { fitLayout } from "./layout.js";
import { type Session, speedOf } from "./session.js";
import { type Theme, ThemeContext } from "./theme.js";
import { useKeys } from "./use-keys.js";
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
  const [session, dispatch] = useReducer(reduceApp, initial);
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(size);
  useRunner(
    session.run.status.kind === "running",
    speedOf(session),
    fps,
    session.run.updates,
    dispatch,
  );
  useKeys(useCallback((input: string, key: Key) => dispatch({ type: "key", input, key }), []));
  const layout = fitLayout(columns, rows);
  const logRows = layout.kind === "too-small" ? 0 : layout.bottom.height - 3;
  useEffect(() => dispatch({ type: "log-rows", rows: logRows }), [logRows]);
  useEffect(() => {
    if (session.isQuitting) exit();
  }, [session.isQuitting, exit]);
  return (
    <ThemeContext.Provider value={theme}>
      <Dashboard session={session} columns={columns} rows={rows} />
    </ThemeContext.Provider>
  );
}
