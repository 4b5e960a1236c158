import { type Key, useApp } from "ink";
import { useCallback, useEffect, useMemo, useReducer } from "react";
import { type ReplayState, reduceReplay, replayActionFor } from "./replay-state.js";
import { logRowsFor } from "./screen.js";
import { type Theme, ThemeContext } from "./theme.js";
import { useKeys } from "./use-keys.js";
import { type Size, useTerminalSize } from "./use-terminal-size.js";
import { Dashboard } from "./views/dashboard.js";

export interface ReplayAppProps {
  readonly initial: ReplayState;
  /** Frames per second while playing. */
  readonly fps: number;
  readonly theme: Theme;
  readonly size?: Size;
  /** Milliseconds on a monotonic clock. @default performance.now */
  readonly now?: () => number;
}

const monotonicNow = () => performance.now();

/** A recording on the dashboard: the live one's views, with the replay's keys and clock. */
export function ReplayApp({ initial, fps, theme, size, now = monotonicNow }: ReplayAppProps) {
  const [state, dispatch] = useReducer(reduceReplay, initial);
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(size);
  const { isPlaying, session } = state;
  useEffect(() => {
    if (!isPlaying) return;
    let since = now();
    const timer = setInterval(() => {
      const at = now();
      dispatch({ type: "elapsed", ms: at - since });
      since = at;
    }, 1000 / fps);
    return () => clearInterval(timer);
  }, [isPlaying, fps, now]);
  useKeys(
    useCallback((input: string, key: Key) => {
      // Keys typed while a frame was drawn come together: each counts, as in the live dashboard.
      for (const ch of key.ctrl || key.meta || input === "" ? [input] : input) {
        const action = replayActionFor(ch, key);
        if (action) dispatch(action);
      }
    }, []),
  );
  const { runs, followed, viewIndex } = session;
  const logRows = useMemo(
    () => logRowsFor({ runs, followed, viewIndex }, columns, rows, theme.isAscii),
    [runs, followed, viewIndex, columns, rows, theme.isAscii],
  );
  useEffect(
    () => dispatch({ type: "view", action: { type: "log-rows", rows: logRows } }),
    [logRows],
  );
  useEffect(() => {
    if (session.isQuitting) exit();
  }, [session.isQuitting, exit]);
  return (
    <ThemeContext.Provider value={theme}>
      <Dashboard session={session} columns={columns} rows={rows} />
    </ThemeContext.Provider>
  );
}
