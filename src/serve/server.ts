import { setMaxListeners } from "node:events";
import type { AddressInfo, Socket } from "node:net";
import ssh2, { type Connection, type PseudoTtyInfo, type ServerChannel } from "ssh2";
import { Attempts } from "./attempts.js";
import { type Access, authenticate, TRIES_PER_CONNECTION } from "./auth.js";
import { ViewerInput, ViewerOutput } from "./terminal.js";

/** A viewer's terminal, ready for a dashboard, and what their client said about it. */
export interface ViewerTerminal {
  readonly stdin: ViewerInput;
  readonly stdout: ViewerOutput;
  /** The client's pty request and `env` requests: TERM, LANG, LC_*, NO_COLOR. */
  readonly env: Readonly<Record<string, string>>;
  /** Aborted when the viewer leaves, idles out or the server stops: the dashboard must end. */
  readonly signal: AbortSignal;
}

export interface ServerOptions {
  readonly host: string;
  readonly port: number;
  readonly hostKey: Buffer;
  readonly access: Access;
  readonly maxSessions: number;
  /** Connections one address may hold at once, signed in or not. @default MAX_PER_ADDRESS */
  readonly maxPerAddress?: number;
  readonly idleTimeoutMs: number;
  /** Runs a viewer's dashboard; resolves when it ends (the viewer quit or `signal` aborted). */
  readonly startViewer: (viewer: ViewerTerminal) => Promise<void>;
  /** One line about something that went wrong inside the server (never shown to viewers). */
  readonly log?: (line: string) => void;
  readonly now?: () => number;
}

/** Connections one address may hold at once by default (`--max-per-address`). */
export const MAX_PER_ADDRESS = 8;
/** Time to sign in and start a terminal before the connection is closed. */
export const START_MS = 30_000;
/** How long a client may keep a link open after its dashboard has ended. */
const CLOSE_MS = 2_000;
/** How often a viewer's connection is checked for having drained, should it not say so. */
const PUMP_MS = 50;
/** Environment a client may set: what decides how the dashboard draws, nothing else. */
const ENV_NAME = /^(LANG|LC_[A-Z]+|NO_COLOR|COLORTERM)$/;

export interface ServerStats {
  readonly connections: number;
  readonly viewers: number;
  /** Bytes held for all viewers: output their connections have not taken. */
  readonly pending: number;
}

export interface RunningServer {
  readonly host: string;
  readonly port: number;
  stats(): ServerStats;
  /** Ends every viewer's dashboard and connection, and stops listening. */
  close(): Promise<void>;
}

/** `gd-tui serve`'s SSH server: a dashboard for each viewer with a terminal, nothing else. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const now = options.now ?? (() => performance.now());
  const maxPerAddress = options.maxPerAddress ?? MAX_PER_ADDRESS;
  const attempts = new Attempts(now);
  const clients = new Set<Connection>();
  const perAddress = new Map<string, number>();
  const viewers = new Set<ViewerOutput>();
  const running = new Set<Promise<void>>();
  const stopping = new AbortController();
  // Each session listens for the server stopping: as many as sessions, not a leak past ten.
  setMaxListeners(options.maxSessions + 1, stopping.signal);

  const server = new ssh2.Server(
    { hostKeys: [options.hostKey], ident: "gd-tui" },
    (client, info) => {
      const address = info.ip;
      // Refused before any work is done for them: too many at once from one place.
      if ((perAddress.get(address) ?? 0) >= maxPerAddress || stopping.signal.aborted) {
        client.on("error", () => {});
        client.end();
        return;
      }
      clients.add(client);
      perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
      let wrong = 0;
      let hasSession = false;
      const startTimer = setTimeout(() => client.end(), START_MS);
      client.on("error", () => client.end());
      client.on("close", () => {
        clearTimeout(startTimer);
        clients.delete(client);
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      });
      client.on("authentication", (ctx) =>
        authenticate(ctx, options.access, address, attempts, () => {
          if (++wrong >= TRIES_PER_CONNECTION || attempts.isLockedOut(address)) client.end();
        }),
      );
      client.on("ready", () => {
        client.on("session", (accept, reject) => {
          // One dashboard a connection: more would get round --max-sessions.
          if (hasSession) {
            reject();
            return;
          }
          hasSession = true;
          const session = accept();
          let pty: PseudoTtyInfo | undefined;
          let output: ViewerOutput | undefined;
          const env: Record<string, string> = {};
          session.on("pty", (ok, _no, ptyInfo) => {
            pty = ptyInfo;
            ok?.();
          });
          session.on("env", (ok, _no, { key, val }) => {
            if (ENV_NAME.test(key) && Object.keys(env).length < 16)
              env[key] = String(val).slice(0, 128);
            ok?.();
          });
          session.on("window-change", (ok, _no, size) => {
            output?.resize(size.cols, size.rows);
            ok?.();
          });
          session.on("exec", (_ok, no) => no?.());
          session.on("subsystem", (_ok, no) => no?.());
          session.on("shell", (ok) => {
            const channel = ok();
            clearTimeout(startTimer);
            if (!pty) return refuse(channel, "gd-tui needs a terminal: ssh -t");
            if (viewers.size >= options.maxSessions) {
              return refuse(
                channel,
                `gd-tui: the room is full (${options.maxSessions} viewers); try again later`,
              );
            }
            output = serveViewer(client, channel, pty, env);
          });
        });
        // Port forwarding either way and unknown global requests: refused.
        client.on("tcpip", (_ok, no) => no());
        client.on("request", (_ok, no) => no?.());
      });
    },
  );

  function refuse(channel: ServerChannel, line: string): void {
    channel.on("error", () => {});
    channel.write(`${line}\r\n`);
    channel.exit(1);
    channel.end();
  }

  function serveViewer(
    client: Connection,
    channel: ServerChannel,
    pty: PseudoTtyInfo,
    clientEnv: Record<string, string>,
  ): ViewerOutput {
    const socket = (client as unknown as { _sock?: Socket })._sock;
    const output = new ViewerOutput(
      {
        write: (text) => {
          if (channel.writable) channel.write(text);
        },
        backlog: () => channel.writableLength + (socket?.writableLength ?? 0),
      },
      pty.cols,
      pty.rows,
    );
    let holdTimer: NodeJS.Timeout | undefined;
    const input = new ViewerInput(now, (ms) => {
      channel.pause();
      clearTimeout(holdTimer);
      holdTimer = setTimeout(() => channel.resume(), ms);
    });
    const leave = new AbortController();
    const idleTimer = setTimeout(() => leave.abort("idle"), options.idleTimeoutMs);
    const pump = setInterval(() => output.pump(), PUMP_MS);
    channel.on("drain", () => output.pump());
    const onStop = () => leave.abort("stopping");
    stopping.signal.addEventListener("abort", onStop);
    viewers.add(output);
    channel.on("data", (data: Buffer) => {
      idleTimer.refresh();
      input.receive(data);
    });
    channel.on("error", () => leave.abort("error"));
    channel.on("close", () => leave.abort("gone"));
    client.on("close", () => leave.abort("gone"));
    const env = { ...clientEnv, TERM: pty.term.slice(0, 64) };
    const done = options
      .startViewer({ stdin: input, stdout: output, env, signal: leave.signal })
      .catch((error: unknown) => options.log?.(`a viewer's dashboard failed: ${String(error)}`))
      .finally(() => {
        clearTimeout(idleTimer);
        clearTimeout(holdTimer);
        clearInterval(pump);
        stopping.signal.removeEventListener("abort", onStop);
        viewers.delete(output);
        if (leave.signal.reason === "idle") {
          channel.write(
            `gd-tui: no keys for ${Math.round(options.idleTimeoutMs / 1000)} s; bye\r\n`,
          );
        }
        if (channel.writable) {
          channel.exit(0);
          channel.end();
        }
        output.destroy();
        input.destroy();
        // The client closes the link itself once the session has ended; one that does not is
        // closed a moment later.
        setTimeout(() => client.end(), CLOSE_MS).unref();
        running.delete(done);
      });
    running.add(done);
    return output;
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error: Error) => options.log?.(`server error: ${error.message}`));
  const { port } = server.address() as AddressInfo;
  return {
    host: options.host,
    port,
    stats: () => ({
      connections: clients.size,
      viewers: viewers.size,
      pending: [...viewers].reduce((sum, v) => sum + v.pending, 0),
    }),
    close: async () => {
      stopping.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Dashboards end first so that each viewer's terminal is given back, then the links.
      await Promise.allSettled([...running]);
      // Each client closes its link once its session has ended; those that have not are ended.
      for (let waited = 0; clients.size > 0 && waited < CLOSE_MS; waited += PUMP_MS) {
        await new Promise((resolve) => setTimeout(resolve, PUMP_MS));
      }
      for (const client of clients) client.end();
      await closed;
    },
  };
}
