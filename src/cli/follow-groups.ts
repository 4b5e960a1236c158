import { GroupOutput, LEAVE } from "../serve/group-output.js";
import type { ViewerTerminal } from "../serve/server.js";
import { ViewerInput } from "../serve/terminal.js";
import { type Room, uncounted } from "../ui/room.js";
import type { Theme } from "../ui/theme.js";
import type { DashboardIo } from "./dashboard.js";

/** Draws a dashboard following `room` on `io` until it ends. */
export type StartFollower = (theme: Theme, io: DashboardIo, room: Room) => Promise<void>;

interface Group {
  readonly output: GroupOutput;
  readonly stop: AbortController;
}

/**
 * A viewer's own dashboard: `rejoin`, when given, hands the viewer back to their group (the
 * dashboard has ended by then; `io.signal` ends it).
 */
export type StartOwn = (io: Partial<DashboardIo>, rejoin?: () => void) => Promise<void>;

/**
 * gd-tui serve --follow's viewers, drawn once per group: those following the presenter at the
 * same size and options see the same screen, so one dashboard draws it for all of them. A viewer
 * who presses a key leaves for a dashboard of their own (help, log scale, scrolling, a refusal
 * note or a fork make their screen theirs), starting from the screen they have, and comes back
 * when nothing on it is theirs any more (REJOIN_MS after their last key; never after a fork); a
 * window change moves them to the group of their new size.
 */
export class FollowGroups {
  private readonly groups = new Map<string, Group>();

  constructor(
    private readonly room: Room,
    private readonly start: StartFollower,
  ) {}

  /** Serves `viewer` until they leave; `own` is the dashboard they get when they press a key. */
  follow(viewer: ViewerTerminal, theme: Theme, own: StartOwn) {
    return new Promise<void>((resolve) => {
      let key = "";
      let member: ReturnType<GroupOutput["add"]> | undefined;
      let release = () => {};
      let stopWindow = () => {};
      const enter = () => {
        const { columns, rows } = viewer.stdout;
        key = `${columns}x${rows}:${theme.isColor}:${theme.isAscii}`;
        member = this.groupFor(key, columns, rows, theme).output.add(viewer.stdout);
        release = this.room.watch();
      };
      const leave = () => {
        const group = this.groups.get(key);
        if (group && member) {
          group.output.remove(member);
          if (group.output.size === 0) {
            this.groups.delete(key);
            group.stop.abort();
          }
        }
        release();
        member = undefined;
      };
      const done = () => {
        stopWindow();
        viewer.stdin.off("keys", onKey);
        viewer.signal.removeEventListener("abort", onAbort);
      };
      const onKey = () => {
        const shown = member?.isInSync ? this.groups.get(key)?.output.screen() : undefined;
        const continues = member?.hasEntered ? { continues: { shown } } : {};
        done();
        leave();
        // The viewer's own dashboard ends when they leave, or when it hands them back.
        const ownStop = new AbortController();
        const onViewerAbort = () => ownStop.abort();
        viewer.signal.addEventListener("abort", onViewerAbort, { once: true });
        let isRejoining = false;
        const rejoin = () => {
          isRejoining = true;
          ownStop.abort();
        };
        // The keys wait in stdin for the viewer's own dashboard to read.
        // Handing them back, their screen stays as it is until the group's draws over it.
        own({ ...continues, signal: ownStop.signal, keepsScreen: () => isRejoining }, rejoin)
          .catch(() => {
            isRejoining = false;
          })
          .finally(() => {
            viewer.signal.removeEventListener("abort", onViewerAbort);
            if (isRejoining && !viewer.signal.aborted) join();
            else resolve();
          });
      };
      const onAbort = () => {
        const hasEntered = member?.hasEntered;
        done();
        leave();
        if (hasEntered) viewer.stdout.write(LEAVE);
        resolve();
      };
      const join = () => {
        stopWindow = viewer.stdout.onWindowChange(() => {
          leave();
          enter();
        });
        viewer.stdin.on("keys", onKey);
        viewer.signal.addEventListener("abort", onAbort, { once: true });
        enter();
        // A key pressed while their own dashboard was ending waits in stdin: theirs again.
        if (viewer.stdin.readableLength > 0) onKey();
      };
      join();
    });
  }

  private groupFor(key: string, columns: number, rows: number, theme: Theme): Group {
    const existing = this.groups.get(key);
    if (existing) return existing;
    const output = new GroupOutput(columns, rows);
    const stop = new AbortController();
    const group = { output, stop };
    this.groups.set(key, group);
    const io: DashboardIo = {
      // Nobody types into a group's dashboard: a viewer who types gets their own.
      stdin: new ViewerInput(
        () => 0,
        () => {},
      ) as unknown as NodeJS.ReadStream,
      stdout: output as unknown as NodeJS.WriteStream,
      stderr: output as unknown as NodeJS.WriteStream,
      signal: stop.signal,
      renderer: "cells",
      onWindowChange: () => () => {},
    };
    void this.start(theme, io, uncounted(this.room)).finally(() => {
      if (this.groups.get(key) === group) this.groups.delete(key);
    });
    return group;
  }
}
