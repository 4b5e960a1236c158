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
import { EngineShare } from "./engine-share.js";
import {
  FOLLOWER_KEYS,
  FORKED_NOTICE,
  followerActions,
  isSharedView,
  REJOIN_MS,
  refitsView,
} from "./follow-keys.js";
import { type AppAction, reduceApp } from "./input.js";
import { JOIN_TITLE, joinLines } from "./join-card.js";
import { KeyPacer } from "./key-pacer.js";
import type { Room } from "./room.js";
import { logRowsFor } from "./screen.js";
import { type Session, speedOf } from "./session.js";
import { type Theme, ThemeContext } from "./theme.js";
import { useJoinCard } from "./use-join-card.js";
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
  /**
   * gd-tui serve --follow: the presenter publishes its session to the room, followers show it. A
   * follower with `rejoin` is one viewer's own dashboard: called once nothing on it is theirs
   * (REJOIN_MS after their last key), for the group's shared drawing to take the viewer back.
   */
  readonly room?: {
    readonly room: Room;
    readonly role: "presenter" | "follower";
    readonly rejoin?: () => void;
  };
  /** @default REJOIN_MS */
  readonly rejoinMs?: number;
  /** The reducer, when not the plain one: a recorder wraps it. @default reduceApp */
  readonly reducer?: (session: Session, action: AppAction) => Session;
  /** The engine time this dashboard divides with the others in the process. @default its own */
  readonly engineShare?: EngineShare;
  /**
   * Milliseconds at least between two batches of keys applied (each is a frame): more keys in
   * that time wait for it to pass or for the runner's next frame. 0: every batch at once.
   * @default 0
   */
  readonly keyGapMs?: number;
  /** @default performance.now */
  readonly now?: () => number;
}

/** Keys applied together: one render, one frame, however many there were. */
type Dispatched = AppAction | { readonly type: "batch"; readonly actions: readonly AppAction[] };

const monotonicNow = () => performance.now();

const noWatchers = () => () => {};
const none = () => 0;

/** The top component: owns the session reducer, the runner and the keys. */
export function App({
  initial,
  fps,
  theme,
  size,
  room,
  reducer = reduceApp,
  engineShare,
  keyGapMs = 0,
  now = monotonicNow,
  rejoinMs = REJOIN_MS,
}: AppProps) {
  const batched = useMemo(
    () => (session: Session, action: Dispatched) =>
      action.type === "batch"
        ? action.actions.reduce((next, one) => reducer(next, one), session)
        : reducer(session, action),
    [reducer],
  );
  const [session, dispatch] = useReducer(batched, initial);
  const [isFollowing, setFollowing] = useState(room?.role === "follower");
  const following = useRef(isFollowing);
  following.current = isFollowing;
  // A follower's last key, and whether one of their keys fitted the views their own way.
  const lastKeyAt = useRef(now());
  const hasOwnViews = useRef(false);
  const [ownShare] = useState(() => new EngineShare());
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
  const rejoin = room?.rejoin;
  const isRejoinable = rejoin !== undefined && isFollowing && isSharedView(session);
  useEffect(() => {
    if (!isRejoinable || hasOwnViews.current) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const wait = lastKeyAt.current + rejoinMs - now();
      if (hasOwnViews.current) return;
      if (wait <= 0) rejoin();
      else timer = setTimeout(check, wait);
    };
    check();
    return () => clearTimeout(timer);
  }, [isRejoinable, rejoin, rejoinMs, now]);
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(size);
  const [keys] = useState(
    () =>
      new KeyPacer<readonly [string, Key]>(
        (pressed) => {
          lastKeyAt.current = now();
          if (following.current && pressed.some(([input, key]) => refitsView(input, key)))
            hasOwnViews.current = true;
          const wasFollowing = following.current;
          const actions = pressed.flatMap(([input, key]) => keyActions(input, key, following));
          // In the same render as the actions: `following` is read back from the state there.
          if (wasFollowing && !following.current) {
            setFollowing(false);
            room?.room.forked();
          }
          dispatch(actions.length === 1 ? (actions[0] as AppAction) : { type: "batch", actions });
        },
        keyGapMs,
        now,
      ),
  );
  useEffect(() => () => keys.dispose(), [keys]);
  useRunner(
    session.runs.some((run) => run.status.kind === "running") && !isFollowing,
    speedOf(session),
    fps,
    raceFront(session.runs),
    dispatch,
    { now, share: engineShare ?? ownShare, beforeSlice: () => keys.flush() },
  );
  const joinCard = room?.role === "presenter" ? room.room.card : undefined;
  const card = useJoinCard(joinCard !== undefined, session.prompt !== undefined);
  const onCardKey = card.onKey;
  useKeys(
    useCallback(
      (input: string, key: Key) => {
        if (!onCardKey(input, key)) keys.push([input, key]);
      },
      [keys, onCardKey],
    ),
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
      <Dashboard
        session={session}
        columns={columns}
        rows={rows}
        tag={tag}
        keys={isFollowing ? FOLLOWER_KEYS : undefined}
        card={
          card.isOpen && joinCard
            ? { title: JOIN_TITLE, lines: joinLines(joinCard, watching) }
            : undefined
        }
      />
    </ThemeContext.Provider>
  );
}

/**
 * What one key press does: a follower's `f` forks (and `following` turns false: the keys after
 * it in the same batch are their own copy's), its other keys are filtered; anyone else's go to
 * the reducer as they are.
 */
function keyActions(input: string, key: Key, following: { current: boolean }): AppAction[] {
  if (!following.current) return [{ type: "key", input, key }];
  return followerActions(input, key).map((action): AppAction => {
    if (action !== "fork") return action;
    if (!following.current) return { type: "key", input: "f", key };
    following.current = false;
    return { type: "notice", text: FORKED_NOTICE };
  });
}
