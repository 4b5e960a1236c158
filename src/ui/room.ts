import type { JoinInfo } from "./join-card.js";
import type { Session } from "./session.js";

type Listener = () => void;

/**
 * The presenter's session as a room sees it (gd-tui serve --follow): the presenter's dashboard
 * publishes each session it shows, followers read the latest. A session is a plain value, so
 * followers share it without copying, and a fork simply keeps the one it has.
 */
export class Room {
  private session: Session | undefined;
  private readonly listeners = new Set<Listener>();
  private readonly watchers = new Set<Listener>();
  private readonly forks = new Set<(from: Session) => void>();
  private count = 0;

  /**
   * @param info what the presenter's header shows after the count: how to join, in short
   * @param card the whole of it, for the presenter's join card (j)
   */
  constructor(
    private readonly info: string,
    readonly card?: JoinInfo,
  ) {}

  publish(session: Session): void {
    if (session === this.session) return;
    this.session = session;
    for (const listener of this.listeners) listener();
  }

  current(): Session | undefined {
    return this.session;
  }

  /** Follows the presenter's session; the count of those watching goes up until unsubscribed. */
  follow = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    this.setCount(this.count + 1);
    return () => {
      this.listeners.delete(listener);
      this.setCount(this.count - 1);
    };
  };

  /**
   * One more watching who is drawn by a dashboard shared with others (gd-tui serve's groups):
   * counted until released; that dashboard follows `uncounted(room)`.
   */
  watch = (): (() => void) => {
    this.setCount(this.count + 1);
    let isReleased = false;
    return () => {
      if (isReleased) return;
      isReleased = true;
      this.setCount(this.count - 1);
    };
  };

  /** Follows without counting: for a dashboard whose viewers count themselves (`watch`). */
  listen = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private setCount(count: number): void {
    this.count = count;
    for (const watcher of this.watchers) watcher();
  }

  watching = (): number => this.count;

  /** A follower took its own copy of the presenter's session as it now is (its `f`). */
  forked = (): void => {
    const from = this.session;
    if (from) for (const listener of this.forks) listener(from);
  };

  /** Told of each fork with the session the follower took: the presenter's recording notes it. */
  onFork = (listener: (from: Session) => void): (() => void) => {
    this.forks.add(listener);
    return () => this.forks.delete(listener);
  };

  onWatching = (listener: Listener): (() => void) => {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  };

  /** What the presenter's header shows after the count: how to join. */
  get joinText(): string {
    return this.info;
  }
}

/**
 * The room as a group's dashboard sees it: following it counts nobody (its members count). The
 * view reads through to the room; a follower never publishes, so nothing is written on it.
 */
export function uncounted(room: Room): Room {
  const view = Object.create(room) as Room;
  return Object.assign(view, { follow: room.listen });
}
