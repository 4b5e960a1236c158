import type { Readable, Writable } from "node:stream";
import { runConfig } from "../core/run-spec.js";
import type { Access } from "../serve/auth.js";
import { readAuthorizedKeys } from "../serve/authorized-keys.js";
import { defaultHostKeyPath, loadHostKey } from "../serve/host-key.js";
import { createRoomCode } from "../serve/room-code.js";
import { type RunningServer, startServer, type ViewerTerminal } from "../serve/server.js";
import { DASHBOARD_EPOCHS, loadData, runCli, version } from "./app.js";
import type { DashboardIo } from "./dashboard.js";
import { InputError } from "./input-error.js";
import { buildSpecs, parseOptions } from "./options.js";
import { parseServeFlags, type ServeFlags } from "./serve-options.js";

export interface ServeIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
  /** Settles when the server is asked to stop (SIGINT, SIGTERM, SIGHUP). */
  readonly stopped: Promise<unknown>;
  /** The local terminal, for the presenter's dashboard in --follow mode. */
  readonly terminal?: { readonly stdin: NodeJS.ReadStream; readonly stdout: NodeJS.WriteStream };
}

function accessFor(flags: ServeFlags): Access {
  if (flags.isOpen) return { kind: "open" };
  if (flags.authorizedKeys !== undefined) {
    return { kind: "keys", keys: readAuthorizedKeys(flags.authorizedKeys) };
  }
  return { kind: "room-code", code: createRoomCode() };
}

const isLoopback = (host: string) => host.startsWith("127.") || host === "::1";

/** How a viewer reaches the server: the address to type, wildcards named as such. */
function sshCommand(server: RunningServer): string {
  const isWildcard = server.host === "0.0.0.0" || server.host === "::";
  const host = isWildcard
    ? "<this machine's address>"
    : server.host.includes(":")
      ? `[${server.host}]`
      : server.host;
  return `ssh -t${server.port === 22 ? "" : ` -p ${server.port}`} room@${host}`;
}

function connectLine(server: RunningServer, access: Access): string {
  const how =
    access.kind === "room-code"
      ? "  (answer the prompt with the room code)"
      : access.kind === "keys"
        ? "  (with a key from --authorized-keys)"
        : "  (--open: no sign-in)";
  return `connect: ${sshCommand(server)}${how}`;
}

/**
 * A viewer's terminal as a dashboard draws on it: through the cell-diff writer, which holds back
 * while their connection is full and redraws on every window change.
 */
export function viewerIo(viewer: ViewerTerminal): DashboardIo {
  return {
    stdin: viewer.stdin as unknown as NodeJS.ReadStream,
    stdout: viewer.stdout as unknown as NodeJS.WriteStream,
    stderr: viewer.stdout as unknown as NodeJS.WriteStream,
    signal: viewer.signal,
    renderer: "cells",
    onWindowChange: viewer.stdout.onWindowChange,
  };
}

/** `gd-tui serve [flags]`: resolves to the exit code once the server has stopped. */
export async function runServe(args: readonly string[], io: ServeIo): Promise<number> {
  const { flags, rest } = parseServeFlags(args);
  if (flags.isFollow && !io.terminal) {
    throw new InputError(
      "--follow: the presenter's dashboard needs a terminal on stdin and stdout",
    );
  }
  const options = parseOptions(rest);
  if (options.mode === "help" || options.mode === "version")
    return runCli([`--${options.mode}`], io);
  if (options.mode === "print") throw new InputError("--print: serve shows dashboards, not output");
  if (options.data === "-") throw new InputError("--data -: serve reads its data from a file");
  if (options.record !== undefined && !flags.isFollow) {
    throw new InputError(
      "--record: gd-tui serve records the presenter's session, so it needs --follow",
    );
  }
  if (options.record === "") throw new InputError("--record: the file name is empty");
  const data = await loadData(options, io.stdin);
  // Several --optimizer race on every viewer's dashboard, as on the presenter's.
  const specs = buildSpecs(options, data, DASHBOARD_EPOCHS);
  const configs = specs.map(runConfig);
  const hostKey = loadHostKey(flags.hostKey ?? defaultHostKeyPath(io.env));
  const access = accessFor(flags);
  const { runDashboard, runRecordedDashboard, themeFor } = await import("./dashboard.js");
  const { Room } = await import("../ui/room.js");
  const { EngineShare } = await import("../ui/engine-share.js");
  // One share of engine time for every dashboard this process serves, the presenter's included.
  const engineShare = new EngineShare();
  const { FollowGroups } = await import("./follow-groups.js");
  let room: InstanceType<typeof Room> | undefined;
  let groups: InstanceType<typeof FollowGroups> | undefined;
  const startViewer = (viewer: ViewerTerminal) => {
    const base = themeFor(viewer.env, options);
    const theme = { ...base, isColor: base.isColor && viewer.env.TERM !== "dumb" };
    const own = (io: Partial<DashboardIo> = {}, rejoin?: () => void) =>
      runDashboard(
        configs,
        options.fps,
        theme,
        { ...viewerIo(viewer), engineShare, ...io },
        room && { room, role: "follower", rejoin },
      );
    return groups ? groups.follow(viewer, theme, own) : own();
  };
  // Ink adds a process `beforeExit` listener per dashboard: a viewer's own, or a group's of
  // followers, and the presenter's. That many are expected; Node's warning past ten is not news.
  process.setMaxListeners(Math.max(process.getMaxListeners(), 2 * flags.maxSessions + 8));
  let server: RunningServer;
  try {
    server = await startServer({
      host: flags.host,
      port: flags.port,
      hostKey: hostKey.privateKey,
      access,
      maxSessions: flags.maxSessions,
      maxPerAddress: flags.maxPerAddress,
      idleTimeoutMs: flags.idleTimeoutSeconds * 1000,
      startViewer,
      log: (line) => io.stderr.write(`gd-tui serve: ${line}\n`),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new InputError(`--port: cannot listen on ${flags.host}:${flags.port} (${code})`);
  }
  const lines = [
    `gd-tui serve: listening on ${server.host}:${server.port}`,
    `host key: ${hostKey.fingerprint} (ED25519${hostKey.isNew ? ", new" : ""}, ${hostKey.path})`,
    ...(access.kind === "room-code" ? [`room code: ${access.code}`] : []),
    connectLine(server, access),
  ];
  if (!flags.isFollow || !io.terminal) {
    io.stdout.write(`${lines.join("\n")}\n`);
    await io.stopped;
    await server.close();
    return 0;
  }
  // --follow: the local terminal is the presenter's; how to join is on its header, in short, and
  // on its join card (j), whole.
  const command = sshCommand(server).replace("ssh -t ", "ssh ");
  const join = [...(access.kind === "room-code" ? [`room code ${access.code}`] : []), command].join(
    " · ",
  );
  room = new Room(join, {
    command,
    access:
      access.kind === "room-code"
        ? { code: access.code }
        : {
            note:
              access.kind === "keys"
                ? "with a key from --authorized-keys"
                : "and is let in: --open, no sign-in",
          },
    listening: `${server.host}:${server.port}`,
    isThisMachineOnly: isLoopback(server.host),
    fingerprint: hostKey.fingerprint,
  });
  groups = new FollowGroups(room, (theme, io, groupRoom) =>
    runDashboard(
      configs,
      options.fps,
      theme,
      { ...io, engineShare },
      { room: groupRoom, role: "follower" },
    ),
  );
  const stop = new AbortController();
  void io.stopped.then(() => stop.abort());
  const theme = themeFor(io.env, options);
  const terminal = {
    stdin: io.terminal.stdin,
    stdout: io.terminal.stdout,
    stderr: io.terminal.stdout,
    signal: stop.signal,
    engineShare,
  };
  const presenter = { room, role: "presenter" } as const;
  let code = 0;
  try {
    if (options.record === undefined) {
      await runDashboard(configs, options.fps, theme, terminal, presenter);
    } else {
      const record = { file: options.record, specs, version: await version() };
      code = await runRecordedDashboard(configs, options.fps, theme, terminal, record, presenter);
    }
  } finally {
    await server.close();
  }
  io.stdout.write("gd-tui serve: stopped\n");
  return code;
}
