import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import type { DashboardIo } from "../../src/cli/dashboard.js";
import { runDashboard } from "../../src/cli/dashboard.js";
import { FollowGroups, type StartOwn } from "../../src/cli/follow-groups.js";
import { viewerIo } from "../../src/cli/serve.js";
import { MAX_BACKLOG, ViewerInput, ViewerOutput } from "../../src/serve/terminal.js";
import { Room } from "../../src/ui/room.js";
import { lectureConfig } from "../core/run-helpers.js";
import { PLAIN } from "../ui/helpers.js";
import { connection } from "./viewer-sink.js";

// gd-tui serve --follow's groups, with dashboards that draw nothing: what a viewer going from the
// group to a dashboard of their own and back leaves behind (listeners, the room's count).

const tick = () => new Promise((resolve) => setImmediate(resolve));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function viewer() {
  const stop = new AbortController();
  const stdin = new ViewerInput(
    () => 0,
    () => {},
  );
  const stdout = new ViewerOutput(connection().sink, 80, 24);
  return { stdin, stdout, env: {}, signal: stop.signal, leave: () => stop.abort() };
}

/** A group's dashboard: ends when its group does. */
const groupDashboard = (_theme: unknown, io: DashboardIo) =>
  new Promise<void>((resolve) => io.signal?.addEventListener("abort", () => resolve()));

/** A room, its groups, and one viewer of it. */
function roomOfOne() {
  const room = new Room("room code abcd-efgh");
  return { room, groups: new FollowGroups(room, groupDashboard), them: viewer() };
}

/** Their own dashboard as it starts: it reads the keys waiting, and ends with `signal`. */
function started(them: ReturnType<typeof viewer>, io: Partial<DashboardIo>, onEnd = () => {}) {
  them.stdin.read();
  return new Promise<void>((resolve) =>
    io.signal?.addEventListener(
      "abort",
      () => {
        onEnd();
        resolve();
      },
      { once: true },
    ),
  );
}

describe("a viewer in and out of their group", () => {
  it("leaves nothing behind after many rounds of a key and a rejoin", async () => {
    const { room, groups, them } = roomOfOne();
    let owns = 0;
    // Their own dashboard hands them back as soon as it starts.
    const own: StartOwn = (io, rejoin) => {
      owns++;
      setImmediate(() => rejoin?.());
      return started(them, io);
    };
    const served = groups.follow(them, PLAIN, own);
    await tick();
    const counts = () => ({
      keys: them.stdin.listenerCount("keys"),
      aborts: getEventListeners(them.signal, "abort").length,
      watching: room.watching(),
    });
    const atStart = counts();
    expect(atStart).toEqual({ keys: 1, aborts: 1, watching: 1 });
    for (let round = 1; round <= 200; round++) {
      them.stdin.receive(Buffer.from("s"));
      for (let i = 0; i < 5; i++) await tick();
      expect(owns).toBe(round);
      expect(counts()).toEqual(atStart);
    }
    them.leave();
    await served;
    expect(counts()).toEqual({ keys: 0, aborts: 0, watching: 0 });
  });

  it("a key pressed while their own dashboard ends starts another", async () => {
    const { room, groups, them } = roomOfOne();
    let owns = 0;
    const own: StartOwn = (io, rejoin) => {
      owns++;
      if (owns > 1) return started(them, io);
      setImmediate(() => rejoin?.());
      // Typed as it ends: nobody reads it, nobody is told.
      return started(them, io, () => them.stdin.push(Buffer.from("?")));
    };
    const served = groups.follow(them, PLAIN, own);
    await tick();
    them.stdin.receive(Buffer.from("s"));
    for (let i = 0; i < 5; i++) await tick();
    expect(owns).toBe(2);
    them.leave();
    await served;
    expect(room.watching()).toBe(0);
  });

  it("ends with the viewer when they leave during their own dashboard, not rejoining", async () => {
    const { room, groups, them } = roomOfOne();
    const own: StartOwn = (io) => started(them, io);
    const served = groups.follow(them, PLAIN, own);
    await tick();
    them.stdin.receive(Buffer.from("s"));
    await tick();
    them.leave();
    await served;
    expect(them.stdin.listenerCount("keys")).toBe(0);
    expect(room.watching()).toBe(0);
  });

  // Real dashboards, the viewer's connection full throughout: every dashboard that ended while
  // waiting for it to drain used to stay listening, and wrote its stale frame when it did.
  it("a viewer who stopped reading holds no dashboard gone, over many rounds", async () => {
    const room = new Room("room code abcd-efgh");
    const configs = [lectureConfig()];
    const groups = new FollowGroups(room, (theme, io, groupRoom) =>
      runDashboard(configs, 12, theme, io, { room: groupRoom, role: "follower" }),
    );
    const link = connection();
    const stop = new AbortController();
    const stdin = new ViewerInput(
      () => performance.now(),
      () => {},
    );
    const stdout = new ViewerOutput(link.sink, 100, 30);
    const them = { stdin, stdout, env: {}, signal: stop.signal };
    let handBack: (() => void) | undefined;
    const own: StartOwn = (io, rejoin) => {
      handBack = rejoin;
      return runDashboard(
        configs,
        12,
        PLAIN,
        { ...viewerIo(them), ...io },
        { room, role: "follower", rejoin },
      );
    };
    const served = groups.follow(them, PLAIN, own);
    await wait(200);
    link.state.backlog = MAX_BACKLOG;
    for (let round = 1; round <= 12; round++) {
      stdin.receive(Buffer.from("s"));
      await wait(100);
      handBack?.();
      await wait(100);
      expect(stdout.listenerCount("drain")).toBeLessThanOrEqual(1);
    }
    const before = link.sent.length;
    link.state.backlog = 0;
    stdout.pump();
    await wait(100);
    // One screen to catch up, from the group: no dashboard's leaving of the alternate screen.
    const caughtUp = link.sent.slice(before).join("");
    expect(caughtUp).not.toContain("\x1b[?1049l");
    expect(caughtUp.split("\x1b[2J")).toHaveLength(2);
    stop.abort();
    await served;
    expect(stdout.listenerCount("drain")).toBe(0);
  });
});
