import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import xterm from "@xterm/headless";
import ssh2, { type ClientChannel, type ConnectConfig, type PseudoTtyOptions } from "ssh2";
import { MAIN, ROOT } from "../../bench/pty.js";

/** Long enough for a busy two-core machine; the server answers within a tenth of it. */
export const WAIT_MS = 10_000;

export interface Served {
  readonly port: number;
  readonly code: string | undefined;
  readonly fingerprint: string;
  readonly configHome: string;
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** A folder for one server's config (its host key): never the user's own. */
export function freshConfigHome(): string {
  return mkdtempSync(join(tmpdir(), "gd-tui-serve-"));
}

/** The built `gd-tui serve --port 0 …`, once it says where it listens. */
export function startServe(
  args: readonly string[],
  configHome = freshConfigHome(),
): Promise<Served> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    XDG_CONFIG_HOME: configHome,
    CI: undefined,
    NODE_ENV: undefined,
  };
  const child = spawn(process.execPath, [MAIN, "serve", "--port", "0", ...args], {
    cwd: ROOT,
    env: Object.fromEntries(
      Object.entries(env).filter(([, v]) => v !== undefined),
    ) as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no start in ${WAIT_MS} ms: ${out}${err}`)),
      WAIT_MS,
    );
    const look = () => {
      if (!out.includes("connect: ")) return;
      clearTimeout(timer);
      child.stdout?.off("data", look);
      resolve({
        port: Number(/listening on [^\n]*:(\d+)\n/.exec(out)?.[1]),
        code: /room code: (\S+)/.exec(out)?.[1],
        fingerprint: /host key: (SHA256:\S+)/.exec(out)?.[1] ?? "",
        configHome,
        child,
        stdout: () => out,
        stderr: () => err,
        stop: () => {
          child.kill("SIGTERM");
          return exited;
        },
      });
    };
    child.stdout?.on("data", look);
    exited.then((code) => reject(new Error(`exited ${code}: ${out}${err}`)));
  });
}

/** An ssh2 client signed in to a server on this machine, or the error that refused it. */
export function connect(port: number, config: Partial<ConnectConfig> = {}): Promise<ssh2.Client> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client.on("ready", () => resolve(client));
    client.on("error", reject);
    client.on("close", () => reject(new Error("closed before ready")));
    client.connect({ host: "127.0.0.1", port, username: "room", readyTimeout: WAIT_MS, ...config });
  });
}

/** A shell with a pty of the given size, or the error that refused it. */
export function shell(
  client: ssh2.Client,
  pty: PseudoTtyOptions | false = { rows: 30, cols: 100, term: "xterm-256color" },
  options: Record<string, unknown> = {},
): Promise<ClientChannel> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | undefined, channel: ClientChannel) =>
      error ? reject(error) : resolve(channel);
    if (pty === false) client.shell(false, options, done);
    else client.shell(pty, options, done);
  });
}

/** Everything a channel sends until it closes, with its exit code. */
export function drain(channel: ClientChannel): Promise<{ text: string; code: number | undefined }> {
  return new Promise((resolve) => {
    let text = "";
    let code: number | undefined;
    channel.on("data", (d: Buffer) => {
      text += d.toString();
    });
    channel.on("exit", (c: number) => {
      code = c;
    });
    channel.on("close", () => resolve({ text, code }));
  });
}

/** Resolves once `test` holds of what the channel has sent so far. */
export function waitForText(
  channel: ClientChannel,
  test: (text: string) => boolean,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(
      () => reject(new Error(`waited for text:\n${text.slice(-2000)}`)),
      WAIT_MS,
    );
    const onData = (d: Buffer) => {
      text += d.toString();
      if (test(text)) {
        clearTimeout(timer);
        channel.off("data", onData);
        resolve(text);
      }
    };
    channel.on("data", onData);
  });
}

/** What a viewer's terminal shows: the channel's bytes drawn by a headless xterm. */
export interface ChannelScreen {
  /** The visible rows as text, trailing blanks trimmed, as of the last complete frame. */
  lines(): Promise<string[]>;
  /** Resolves with the rows once `test` holds of them. */
  waitFor(test: (lines: readonly string[]) => boolean): Promise<string[]>;
  /** Everything the channel has sent so far. */
  bytes(): string;
}

export function channelScreen(
  channel: ClientChannel,
  columns: number,
  rows: number,
): ChannelScreen {
  const term = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true, scrollback: 0 });
  const chunks: Buffer[] = [];
  channel.on("data", (data: Buffer) => {
    chunks.push(data);
    term.write(data);
  });
  let frame: string[] = [];
  const lines = () =>
    new Promise<string[]>((resolve) =>
      term.write("", () => {
        // Between a frame's synchronized-output markers the buffer is half drawn.
        if (!term.modes.synchronizedOutputMode) {
          const buffer = term.buffer.active;
          frame = Array.from({ length: term.rows }, (_, y) =>
            (buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? "").trimEnd(),
          );
        }
        resolve(frame);
      }),
    );
  const waitFor = async (test: (lines: readonly string[]) => boolean) => {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const now = await lines();
      if (test(now)) return now;
      if (Date.now() > deadline) throw new Error(`waited for the screen:\n${now.join("\n")}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return { lines, waitFor, bytes: () => Buffer.concat(chunks).toString("utf8") };
}
