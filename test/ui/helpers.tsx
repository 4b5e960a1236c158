import { EventEmitter } from "node:events";
import { render as inkRender, type Key } from "ink";
import { render } from "ink-testing-library";
import type { RunConfig } from "../../src/core/config.js";
import { type RunEvent, transition } from "../../src/core/machine.js";
import { followedRun } from "../../src/core/race-state.js";
import { createRun, isTerminal } from "../../src/core/run.js";
import { App, type AppProps } from "../../src/ui/app.js";
import { KEYMAP, type KeySpec } from "../../src/ui/keymap.js";
import { NO_KEY } from "../../src/ui/keypress.js";
import {
  createSession,
  reduceSession,
  type Session,
  type SessionAction,
} from "../../src/ui/session.js";
import { type Theme, ThemeContext } from "../../src/ui/theme.js";
import { Dashboard } from "../../src/ui/views/dashboard.js";
import { KeyBar } from "../../src/ui/views/key-bar.js";
import { type ConfigOverrides, lectureConfig as coreLectureConfig } from "../core/run-helpers.js";

export const PLAIN: Theme = { isColor: false, isAscii: false };
export const ASCII_THEME: Theme = { isColor: false, isAscii: true };

export const FULL_SIZE = { columns: 100, rows: 30 } as const;
export const COMPACT_SIZE = { columns: 80, rows: 24 } as const;

/** Lecture 3's setup with a long run (100 epochs), with overrides. */
export function lectureConfig(overrides: ConfigOverrides = {}): RunConfig {
  return coreLectureConfig({ maxEpochs: 100, ...overrides });
}

/** A fresh session on the lecture's setup, with overrides. */
export function lectureSession(overrides: ConfigOverrides = {}): Session {
  return createSession(createRun(lectureConfig(overrides)));
}

/** Applies the actions in order. */
export function play(session: Session, ...actions: SessionAction[]): Session {
  return actions.reduce(reduceSession, session);
}

export const STEP: SessionAction = { type: "run", event: { type: "step" } };
const RUN: RunEvent = { type: "run" };

/** Running, one tick of 4 updates in, measured at 12.5 updates a second. */
export function running(session: Session = lectureSession()): Session {
  return play(session, { type: "run", event: RUN }, { type: "tick", updates: 4, rate: 12.5 });
}

/** `n` single steps. */
export function steps(session: Session, n: number): Session {
  return play(session, ...Array.from({ length: n }, () => STEP));
}

/** Runs until the run ends (converged, diverged or done). */
export function runToEnd(session: Session): Session {
  let run = transition(followedRun(session), RUN);
  for (let i = 0; i < 1000 && !isTerminal(run.status); i++) {
    run = transition(run, { type: "tick", updates: 1000 });
  }
  return { ...session, runs: [run] };
}

/** The fixture sessions the views are rendered from. */
export const FIXTURES = {
  idle: () => lectureSession(),
  "after 3 steps": () => steps(lectureSession(), 3),
  running: () => running(),
  diverged: () => runToEnd(lectureSession({ batchSize: 3, lr: 0.5 })),
  converged: () => runToEnd(lectureSession({ lr: 0.5 })),
  quadratic: () => steps(lectureSession({ model: "quadratic", init: [1, 1, 1] }), 5),
  "help open": () => play(steps(lectureSession(), 3), { type: "toggle-help" }),
  "prompt error": () =>
    play(
      lectureSession(),
      { type: "prompt-open" },
      { type: "prompt-edit", text: "abc" },
      { type: "prompt-submit" },
    ),
} satisfies Record<string, () => Session>;

/** One macrotask: Ink handles input and renders within it. */
export const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The frame a Dashboard draws for `session` at a size and theme. Drawn by Ink onto stub streams
 * as wide as the size: ink-testing-library's are 100 columns, and Ink cuts what is wider.
 */
export function dashboardFrame(
  session: Session,
  size: { columns: number; rows: number },
  theme: Theme = PLAIN,
): string {
  const { stdout, stdin } = stubStreams(size.columns);
  const instance = inkRender(
    <ThemeContext.Provider value={theme}>
      <Dashboard session={session} columns={size.columns} rows={size.rows} />
    </ThemeContext.Provider>,
    {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      debug: true,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  const frame = stdout.frames.at(-1) ?? "";
  instance.unmount();
  return frame;
}

/** Width in terminal cells: every character the dashboard draws is single-width, so code points. */
export const cells = (line: string) => Array.from(line).length;

/** What is wrong with a frame for a terminal of `columns`×`rows`, so one failure names it all. */
export function frameProblems(frame: string, columns: number, rows: number): string[] {
  const lines = frame.split("\n");
  const found = lines.length <= rows - 1 ? [] : [`${lines.length} lines for ${rows} rows`];
  for (const line of lines) {
    if (cells(line) > columns) found.push(`${cells(line)} > ${columns} columns: ${line}`);
  }
  return found;
}

export interface AppOptions {
  readonly theme?: Theme;
  readonly size?: { columns: number; rows: number };
  readonly room?: AppProps["room"];
  readonly rejoinMs?: number;
}

/**
 * Macrotasks to wait after a key. The reducer sees each key at once (app.test.tsx, "keys one
 * macrotask apart"), but Ink draws the frame a little later and the App's effects (the log's rows,
 * exiting) run after that; waiting a few keeps `press` from reading a frame one key behind.
 */
const SETTLE = 5;

/** Waits for Ink to handle the input, draw the frame and run the effects it sets off. */
export async function settle(): Promise<void> {
  for (let i = 0; i < SETTLE; i++) await flush();
}

/** The App under ink-testing-library, with `press` writing keys and waiting for each to settle. */
export function renderApp(
  initial: Session,
  { theme = PLAIN, size = FULL_SIZE, room, rejoinMs }: AppOptions = {},
) {
  const instance = render(
    <App initial={initial} fps={12} theme={theme} size={size} room={room} rejoinMs={rejoinMs} />,
  );
  const frame = () => instance.lastFrame() ?? "";
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      instance.stdin.write(key);
      await settle();
    }
    return frame();
  };
  const line = (n: number) => frame().split("\n").at(n) ?? "";
  return { ...instance, press, frame, line };
}

/** A terminal's streams for Ink: the frames it writes, and a stdin tests can type into. */
function stubStreams(columns: number) {
  const stdout = Object.assign(new EventEmitter(), {
    columns,
    frames: [] as string[],
    write(frame: string) {
      stdout.frames.push(frame);
      return true;
    },
  });
  const stdin = Object.assign(new EventEmitter(), {
    isTTY: true,
    data: null as string | null,
    setEncoding() {},
    setRawMode() {},
    resume() {},
    pause() {},
    ref() {},
    unref() {},
    read() {
      const { data } = stdin;
      stdin.data = null;
      return data;
    },
    write(data: string) {
      stdin.data = data;
      stdin.emit("readable");
      stdin.emit("data", data);
    },
  });
  return { stdout, stdin };
}

/** The App rendered by Ink itself onto stub streams, for the instance's `waitUntilExit`. */
export function renderAppWithExit(initial: Session) {
  const { stdout, stdin } = stubStreams(100);
  const instance = inkRender(<App initial={initial} fps={12} theme={PLAIN} size={FULL_SIZE} />, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  return { instance, stdin, stdout };
}

export const KEYS = {
  right: "\u001B[C",
  left: "\u001B[D",
  pageUp: "\u001B[5~",
  pageDown: "\u001B[6~",
  tab: "\t",
  enter: "\r",
  backspace: "\u007F",
  escape: "\u001B",
} as const;

/** A Key as Ink reports it with nothing pressed; a test sets the fields it means. */
export { NO_KEY };

/** The `input` and `key` Ink reports for a key of the keymap (named keys come with no input). */
export function inkKey(spec: KeySpec): [string, Key] {
  if ("ctrl" in spec) return [spec.ctrl, { ...NO_KEY, ctrl: true }];
  if ("key" in spec) {
    // Ink reports Esc as meta too: it is the prefix of Alt-key sequences.
    const isEscape = spec.key === "escape";
    return ["", { ...NO_KEY, [spec.key]: true, meta: isEscape }];
  }
  return [spec.input, NO_KEY];
}

/**
 * The inside of the panel titled `title` (from its title line down to its bottom border), each line
 * with trailing spaces trimmed. `bar` is the frame's vertical border, `│` or, in ASCII, `|`. The
 * panel is found by the columns of its title row's borders, so panels stacked beside it do not
 * matter; a panel whose content draws `|` itself (the ASCII charts) cannot be read this way.
 */
export function panelLines(frame: string, title: string, bar = "│"): string[] {
  const rows = frame.split("\n").map((line) => Array.from(line));
  const top = rows.findIndex((cells) => cells.join("").includes(`${bar}${title}`));
  if (top < 0) return [];
  const row = rows[top] ?? [];
  const left = row.join("").indexOf(`${bar}${title}`);
  const start = Array.from(row.join("").slice(0, left)).length;
  const end = row.indexOf(bar, start + 1);
  const inside: string[] = [];
  for (const cells of rows.slice(top)) {
    if (cells[start] !== bar || cells[end] !== bar) break;
    inside.push(
      cells
        .slice(start + 1, end)
        .join("")
        .trimEnd(),
    );
  }
  return inside;
}

/** The key bar alone, as a frame, at a width. */
export function keyBarFrame(width: number, theme: Theme = PLAIN): string {
  const { lastFrame, unmount } = render(
    <ThemeContext.Provider value={theme}>
      <KeyBar prompt={undefined} width={width} />
    </ThemeContext.Provider>,
  );
  const frame = lastFrame() ?? "";
  unmount();
  return frame;
}

/** The lecture run 25 epochs in: 100 log lines, small gradients, the longest readouts. */
export function nearConverged(): Session {
  const epoch: SessionAction = { type: "run", event: { type: "step-epoch" } };
  return play(lectureSession(), ...Array.from({ length: 25 }, () => epoch));
}

/**
 * The help texts a frame of the keys' help shows, each put back together from its lines: the help
 * panel sets bindings in one column or two, and wraps a help onto lines indented under it.
 */
export function helpTexts(frame: string, width: number): string[] {
  const rows = frame.split("\n").map((line) => Array.from(line));
  const top = rows.findIndex((cells) => cells.join("").includes("Keys ("));
  const inside = rows
    .slice(top + 1)
    .filter((cells) => cells[0] === "│" || cells[0] === "|")
    .map((cells) => cells.slice(1, width - 1).join(""));
  const half = Math.floor((width - 2) / 2);
  const column = Math.max(...KEYMAP.map((b) => b.label.length)) + 2;
  const texts: string[] = [];
  for (const part of [
    inside.map((line) => line.slice(0, half)),
    inside.map((line) => line.slice(half)),
  ]) {
    for (const line of part) {
      const text = line.slice(column).trim();
      if (line.slice(0, column).trim() === "" && texts.length > 0 && text !== "")
        texts[texts.length - 1] += ` ${text}`;
      else if (text !== "") texts.push(text);
    }
  }
  return texts;
}
