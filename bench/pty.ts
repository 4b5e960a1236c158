import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawn } from "@lydell/node-pty";
import xterm from "@xterm/headless";

/** The repository root: the first folder up from here with a package.json (works from dist too). */
export const ROOT = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

/** The built CLI, as `npm run build` leaves it. */
export const MAIN = join(ROOT, "dist/bin/gd-tui.js");

export interface PtyOptions {
  /** Arguments after the command; with the default command, gd-tui's own. @default [] */
  readonly args?: readonly string[];
  readonly cols: number;
  readonly rows: number;
  /** Added to (undefined: removed from) the environment the harness sets up. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Lines of scrollback the emulator keeps (its normal screen's, as a terminal's). @default 0 */
  readonly scrollback?: number;
  /** The program and its first arguments. @default [dist/bin/gd-tui.js], run by its #! line as the bin is */
  readonly command?: readonly string[];
}

export interface PtyExit {
  readonly exitCode: number;
  /** The signal number that ended the process, if one did. */
  readonly signal: number | undefined;
}

export type ScreenTest = string | RegExp | ((screen: readonly string[]) => boolean);

export interface Pty {
  readonly pid: number;
  /** The visible rows as text, trailing blanks trimmed, as of the last complete frame. */
  screen(): string[];
  text(): string;
  /** The normal screen's scrollback: the lines scrolled off its top, oldest first. */
  scrollback(): string[];
  /** Everything the program wrote so far, escape sequences included. */
  output(): string;
  bytesWritten(): number;
  /** Resolves with the screen once `test` holds; rejects with the screen after `timeoutMs`. */
  waitFor(test: ScreenTest, timeoutMs?: number): Promise<string[]>;
  /** Sends keys as one write, as a terminal does for one key press or a paste; bytes as they are. */
  type(keys: string | Uint8Array): void;
  /** Resizes the pseudo-terminal (the program gets SIGWINCH) and the emulator together. */
  resize(cols: number, rows: number): void;
  /** Settles when the process has ended (node-pty may drop output written just before). */
  readonly exit: Promise<PtyExit>;
  /** Sends a signal to the process; ignored once it has ended. */
  kill(signal?: NodeJS.Signals): void;
  /** Whether the terminal is in raw mode (`stty -a` shows `-icanon`), as a program sets it. */
  isRaw(): boolean;
}

/** Whether `test` holds; a predicate that throws (no counter on a half-drawn screen) does not. */
export function holds(test: ScreenTest, screen: string[]): boolean {
  try {
    if (typeof test === "function") return test(screen);
    const text = screen.join("\n");
    return typeof test === "string" ? text.includes(test) : test.test(text);
  } catch {
    return false;
  }
}

/**
 * Ink prints nothing until exit when it believes it runs in CI, and gd-tui falls back to ASCII
 * outside a UTF-8 locale: the child gets a terminal-like environment whatever this process has.
 */
function childEnv(extra: PtyOptions["env"]): Record<string, string> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LANG: "C.UTF-8",
    LC_ALL: undefined,
    LC_CTYPE: undefined,
    TERM: "xterm-256color",
    CI: undefined,
    CONTINUOUS_INTEGRATION: undefined,
    NO_COLOR: undefined,
    // As a user runs it: vitest sets NODE_ENV=test, which would load React's development build.
    NODE_ENV: undefined,
    ...extra,
  };
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/**
 * The emulator's visible rows as of its last complete frame. Ink wraps each frame in synchronized
 * output (DEC mode 2026), which a terminal shows only when complete; the buffer in between is half
 * erased, so the screen is read between frames only (or once the writer is gone for good).
 */
export function frameReader(term: xterm.Terminal, isDone: () => boolean): () => string[] {
  let frame: string[] = [];
  return () => {
    if (term.modes.synchronizedOutputMode && !isDone()) return frame;
    const buffer = term.buffer.active;
    frame = Array.from(
      { length: term.rows },
      (_, i) => buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? "",
    );
    return frame;
  };
}

/** Starts a program (gd-tui by default) in a pseudo-terminal drawn by a headless xterm. */
export function startPty(options: PtyOptions): Pty {
  if (!options.command && !existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm run build`);
  const [file = MAIN, ...first] = options.command ?? [MAIN];
  const { cols, rows } = options;
  const term = new xterm.Terminal({
    cols,
    rows,
    allowProposedApi: true,
    scrollback: options.scrollback ?? 0,
  });
  const child = spawn(file, [...first, ...(options.args ?? [])], {
    name: "xterm-256color",
    cols,
    rows,
    cwd: ROOT,
    env: childEnv(options.env),
  });
  const chunks: string[] = [];
  let bytes = 0;
  let hasExited = false;
  child.onData((data) => {
    chunks.push(data);
    bytes += Buffer.byteLength(data);
    term.write(data);
  });
  const exit = new Promise<PtyExit>((resolve) => {
    child.onExit(({ exitCode, signal }) => {
      hasExited = true;
      // Let the emulator parse what is left before anyone reads the last screen.
      term.write("", () => resolve({ exitCode, signal: signal || undefined }));
    });
  });
  const screen = frameReader(term, () => hasExited);
  const waitFor = (test: ScreenTest, timeoutMs = 10_000) =>
    new Promise<string[]>((resolve, reject) => {
      const deadline = Date.now() + timeoutMs;
      const look = () => {
        const now = screen();
        if (holds(test, now)) resolve(now);
        else if (Date.now() <= deadline) setTimeout(look, 5);
        else reject(new Error(`waited ${timeoutMs} ms for ${String(test)}:\n${now.join("\n")}`));
      };
      look();
    });
  return {
    pid: child.pid,
    screen,
    text: () => screen().join("\n"),
    scrollback: () => {
      const buffer = term.buffer.normal;
      return Array.from(
        { length: buffer.baseY },
        (_, i) => buffer.getLine(i)?.translateToString(true) ?? "",
      );
    },
    output: () => chunks.join(""),
    bytesWritten: () => bytes,
    waitFor,
    // node-pty's types say string, but it hands any chunk to its socket: bytes go through as bytes.
    type: (keys) => child.write(keys as string),
    resize: (c, r) => {
      if (!hasExited) child.resize(c, r);
      term.resize(c, r);
    },
    exit,
    kill: (signal = "SIGTERM") => {
      if (!hasExited) child.kill(signal);
    },
    isRaw: () => {
      const pts = readlinkSync(`/proc/${child.pid}/fd/0`);
      return /(^|\s)-icanon\b/m.test(execFileSync("stty", ["-F", pts, "-a"], { encoding: "utf8" }));
    },
  };
}

/** How a program run by `reportingShell` ended, as the shell saw it. */
export interface EndReport {
  /** `$?`: the exit code, or 128 + the signal's number. */
  readonly status: number;
  /** What the program wrote, without the shell's report. */
  readonly output: string;
  /** `stty -a` after the program: what it left the terminal's line discipline as. */
  readonly mode: string;
}

/**
 * gd-tui under bash, which then reports how it ended and the terminal's mode, and waits for Enter:
 * the terminal stays open until the test has read everything, which node-pty does not promise for
 * the last output of a process that exits.
 */
export function reportingShell(): string[] {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm run build`);
  const run = `"${MAIN}" "$@"; echo "ended $?"`;
  return ["bash", "-c", `${run}; stty -a; echo "end of report"; read -r _`, "gd-tui"];
}

/** Waits for the report of a `reportingShell`, then lets the shell go. */
export async function endReport(pty: Pty, timeoutMs = 10_000): Promise<EndReport> {
  await pty.waitFor("end of report", timeoutMs);
  const all = pty.output();
  const at = all.lastIndexOf("ended ");
  // A newline ends the read in raw mode too, should the program have left the terminal raw.
  pty.type("\n");
  await pty.exit;
  const mode = all.slice(at, all.lastIndexOf("end of report"));
  return {
    status: Number(/^ended (\d+)/.exec(all.slice(at))?.[1]),
    output: all.slice(0, at),
    mode,
  };
}

/** The pid of the first child of `pid` (the program a shell runs). */
export function childPid(pid: number): number | undefined {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
  return children ? Number(children.split(" ")[0]) : undefined;
}

/**
 * Waits for gd-tui's first frame and then for raw mode, which Ink sets only after that frame: a key
 * typed in between is echoed and held for a whole line, and Ctrl+C is a SIGINT to the whole group.
 */
export async function ready(pty: Pty, timeoutMs = 10_000): Promise<string[]> {
  await pty.waitFor("q quit", timeoutMs);
  return pty.waitFor(() => pty.isRaw(), timeoutMs);
}

/** gd-tui's `update N` counter, from its header. */
export function updateCount(screen: readonly string[]): number {
  const match = /\bupdate (\d+)\b/.exec(screen.slice(0, 2).join("\n"));
  if (!match) throw new Error(`no update counter in the header:\n${screen.join("\n")}`);
  return Number(match[1]);
}
