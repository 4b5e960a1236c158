import { type Key, useApp } from "ink";
import {
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { raceFront } from "../core/race.js";
import { FORKED_NOTICE, followerActions } from "./follow-keys.js";
import { type AppAction, reduceApp } from "./input.js";
import type { Room } from "./room.js";
import { logRowsFor } from "./screen.js";
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
  /** gd-tui serve --follow: the presenter publishes its session to the room, followers show it. */
  readonly room?: { readonly room: Room; readonly role: "presenter" | "follower" };
  /** The reducer, when not the plain one: a recorder wraps it. @default reduceApp */
  readonly reducer?: (session: Session, action: AppAction) => Session;
}

const noWatchers = () => () => {};
const none = () => 0;

/** The top component: owns the session reducer, the runner and the keys. */
export function App({ initial, fps, theme, size, room, reducer = reduceApp }: AppProps) {
  const [session, dispatch] = useReducer(reducer, initial);
  const [isFollowing, setFollowing] = useState(room?.role === "follower");
  const following = useRef(isFollowing);
  following.current = isFollowing;
  const watching = useSyncExternalStore(
    room?.room.onWatching ?? noWatchers,
    room?.room.watching ?? none,
  );
  useEffect(() => {
    if (room?.role === "presenter") room.room.publish(session);
  }, [room, session]);
  useEffect(() => {
    if (!room || !isFollowing) return;
    const sync = () => {
      const from = room.room.current();
      if (from) dispatch({ type: "follow", from });
    };
    sync();
    return room.room.follow(sync);
  }, [room, isFollowing]);
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(size);
  useRunner(
    session.runs.some((run) => run.status.kind === "running") && !isFollowing,
    speedOf(session),
    fps,
    raceFront(session.runs),
    dispatch,
  );
  useKeys(
    useCallback((input: string, key: Key) => {
      if (!following.current) return dispatch({ type: "key", input, key });
      for (const action of followerActions(input, key)) {
        if (action !== "fork") dispatch(action);
        else if (following.current) {
          following.current = false;
          setFollowing(false);
          dispatch({ type: "notice", text: FORKED_NOTICE });
        } else dispatch({ type: "key", input: "f", key });
      }
    }, []),
  );
  const tag =
    room?.role === "presenter"
      ? `${watching} watching · ${room.room.joinText}`
      : isFollowing
        ? "following the presenter · f fork"
        : undefined;
  const { runs, followed, viewIndex } = session;
  // The layout the Dashboard draws, for how far the log can scroll: asked again only when the
  // race, the view or the size changes, not on every key.
  const logRows = useMemo(
    () => logRowsFor({ runs, followed, viewIndex }, columns, rows, theme.isAscii),
    [runs, followed, viewIndex, columns, rows, theme.isAscii],
  );
  useEffect(() => dispatch({ type: "log-rows", rows: logRows }), [logRows]);
  useEffect(() => {
    if (session.isQuitting) exit();
  }, [session.isQuitting, exit]);
  return (
    <ThemeContext.Provider value={theme}>
      <Dashboard session={session} columns={columns} rows={rows} tag={tag} />
    </ThemeContext.Provider>
  );
}
