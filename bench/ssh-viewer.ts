import xterm from "@xterm/headless";
import ssh2, { type ClientChannel } from "ssh2";
import { frameReader, holds, type ScreenTest } from "./pty.js";

/** One student: an ssh2 client with a terminal, its screen drawn by a headless xterm. */
export interface SshViewer {
  /** Bytes the server has sent on the terminal so far. */
  bytes(): number;
  /** The visible rows as of the last complete frame. */
  screen(): string[];
  type(keys: string): void;
  /** Resolves with the screen once `test` holds; rejects with it after `timeoutMs`. */
  waitFor(test: ScreenTest, timeoutMs: number): Promise<string[]>;
  /** Closes the connection; errors from a server already gone are expected and ignored. */
  leave(): void;
}

export interface ViewerOptions {
  readonly port: number;
  readonly cols: number;
  readonly rows: number;
  readonly timeoutMs: number;
}

/** Signs in to a `gd-tui serve --open` on this machine and opens a shell with an xterm pty. */
export async function joinRoom({ port, cols, rows, timeoutMs }: ViewerOptions): Promise<SshViewer> {
  const client = new ssh2.Client();
  let isGone = false;
  client.on("close", () => {
    isGone = true;
  });
  await new Promise<void>((resolve, reject) => {
    client.once("ready", () => resolve());
    client.once("error", reject);
    client.connect({ host: "127.0.0.1", port, username: "room", readyTimeout: timeoutMs });
  });
  // After sign-in a server that goes away is the end of the benchmark, not a failure.
  client.on("error", () => {});
  const channel = await new Promise<ClientChannel>((resolve, reject) =>
    client.shell(
      { cols, rows, term: "xterm-256color" },
      // As OpenSSH's usual SendEnv passes it: a UTF-8 student gets the box-drawing dashboard.
      { env: { LANG: "C.UTF-8" } },
      (error, opened) => (error ? reject(error) : resolve(opened)),
    ),
  );
  const term = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
  let bytes = 0;
  channel.on("data", (data: Buffer) => {
    bytes += data.length;
    term.write(data);
  });
  const screen = frameReader(term, () => isGone);
  return {
    bytes: () => bytes,
    screen,
    type: (keys) => channel.write(keys),
    waitFor: (test, ms) =>
      new Promise((resolve, reject) => {
        const deadline = performance.now() + ms;
        const look = () => {
          const now = screen();
          if (holds(test, now)) resolve(now);
          else if (performance.now() <= deadline) setTimeout(look, 20);
          else reject(new Error(`waited ${ms} ms for a viewer's screen:\n${now.join("\n")}`));
        };
        look();
      }),
    leave: () => client.end(),
  };
}
