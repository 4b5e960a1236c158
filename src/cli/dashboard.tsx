import { render } from "ink";
import type { ReactNode } from "react";
import type { RunConfig } from "../core/config.js";
import { raceFront } from "../core/race.js";
import { RECORDING_FORMAT, RECORDING_VERSION } from "../core/recording.js";
import { createRun } from "../core/run.js";
import type { RunSpec } from "../core/run-spec.js";
import { type CellDiffOptions, CellDiffWriter } from "../term/cell-diff-writer.js";
import { AlternateScreen } from "../ui/alternate-screen.js";
import { App, type AppProps } from "../ui/app.js";
import type { EngineShare } from "../ui/engine-share.js";
import { recordingReducer } from "../ui/recorder.js";
import { ReplayApp } from "../ui/replay-app.js";
import { createReplay } from "../ui/replay-state.js";
import { createSession } from "../ui/session.js";
import type { Theme } from "../ui/theme.js";
import { openRecordFile } from "./record-file.js";
import type { Recording } from "./recording-reader.js";
import { replayStart } from "./replay.js";

export interface DashboardIo {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  /** Ends the dashboard from outside (gd-tui serve: the viewer left or the server stops). */
  readonly signal?: AbortSignal;
  /**
   * How frames reach the terminal: only the changed cells (CellDiffWriter), Ink's whole frame, or
   * Ink's changed lines (its `incrementalRendering`). gd-tui's own terminal and gd-tui serve's
   * viewers get "cells" (main.ts, serve.ts): CellDiffWriter waits while its output's
   * `writableNeedDrain` is set and catches up in one frame, so a slow viewer costs one screen.
   * @default "ink"
   */
  readonly renderer?: Renderer;
  /**
   * Calls `listener` on every change of the terminal's window (SIGWINCH), even one that ends at
   * the size it had; returns a way to stop. Without it, stdout's `resize` events, which Node
   * emits only when the size it reads differs.
   */
  readonly onWindowChange?: (listener: () => void) => () => void;
  /** The engine time this dashboard divides with the others in the process (gd-tui serve). */
  readonly engineShare?: EngineShare;
  /** With "cells": the terminal already shows a dashboard (CellDiffWriter's `continues`). */
  readonly continues?: CellDiffOptions["continues"];
  /** With "cells": the screen stays as it is when the dashboard ends (CellDiffWriter's). */
  readonly keepsScreen?: CellDiffOptions["keepsScreen"];
}

export type Renderer = "cells" | "ink" | "ink-lines";

/**
 * Runs the live dashboard until the user quits; resolves when the terminal is restored. Several
 * configs race (the same data, model and init; the data summed once for all).
 */
export async function runDashboard(
  configs: readonly RunConfig[],
  fps: number,
  theme: Theme,
  io: DashboardIo,
  room?: AppProps["room"],
  reducer?: AppProps["reducer"],
): Promise<void> {
  const [first, ...rest] = configs;
  const start = createRun(first as RunConfig);
  const session = createSession([start, ...rest.map((c) => createRun(c, start.stats))]);
  await renderUntilExit(
    <App
      initial={session}
      fps={fps}
      theme={theme}
      room={room}
      reducer={reducer}
      engineShare={io.engineShare}
      keyGapMs={500 / fps}
    />,
    // Ink's frame limit is a debounce: a key's frame waited for the next engine slice to end.
    // Each render is drawn at once instead; the runner paces the frames, and keys are applied at
    // most twice a frame (KeyPacer): a flood of them is not drawn one frame per key.
    0,
    io,
  );
}

/** What --record writes to: the file, and what its header says. */
export interface RecordTarget {
  readonly file: string;
  /** One a run of the race. */
  readonly specs: readonly RunSpec[];
  readonly version: string;
}

/**
 * The live dashboard with its session written to a recording (--record); resolves to the exit
 * code: 1 when the recording could not all be written (said on stderr), else 0.
 */
export async function runRecordedDashboard(
  configs: readonly RunConfig[],
  fps: number,
  theme: Theme,
  io: DashboardIo,
  record: RecordTarget,
  room?: AppProps["room"],
): Promise<number> {
  const file = openRecordFile(
    record.file,
    {
      format: RECORDING_FORMAT,
      version: RECORDING_VERSION,
      gdTui: record.version,
      runs: record.specs,
      terminal: { fps, isAscii: theme.isAscii, isColor: theme.isColor },
    },
    () => performance.now(),
  );
  // A viewer's fork copies the whole race and leaves it as it is: a line that says where it was.
  const stopForks =
    room?.role === "presenter"
      ? room.room.onFork((from) => file.record({ type: "fork", updates: raceFront(from.runs) }))
      : undefined;
  let problem: string | undefined;
  try {
    await runDashboard(configs, fps, theme, io, room, recordingReducer(file.record));
  } finally {
    stopForks?.();
    problem = file.close();
  }
  if (problem === undefined) return 0;
  io.stderr.write(`gd-tui: ${problem}\n`);
  return 1;
}

/** A recording on the dashboard, paused at its start, until the user quits. */
export async function runReplayDashboard(
  recording: Recording,
  fps: number,
  theme: Theme,
  io: DashboardIo,
): Promise<void> {
  const initial = createReplay(createSession(replayStart(recording).runs), recording.events);
  await renderUntilExit(<ReplayApp initial={initial} fps={fps} theme={theme} />, fps, io);
}

/**
 * Draws `app` on the alternate screen until it exits, or until `io.signal` ends it; Ink draws at
 * most `maxFps` frames a second, or (0) each render as it comes.
 */
async function renderUntilExit(app: ReactNode, maxFps: number, io: DashboardIo): Promise<void> {
  const renderer = io.renderer ?? "ink";
  const size = () => ({ columns: io.stdout.columns || 80, rows: io.stdout.rows || 24 });
  const writer =
    renderer === "cells"
      ? new CellDiffWriter({
          output: io.stdout,
          ...size(),
          continues: io.continues,
          keepsScreen: io.keepsScreen,
        })
      : undefined;
  const onResize = () => {
    const { columns, rows } = size();
    writer?.resize(columns, rows);
  };
  const stopListening = (io.onWindowChange ?? onStdoutResize(io.stdout))(onResize);
  const instance = render(<AlternateScreen>{app}</AlternateScreen>, {
    stdin: io.stdin,
    // Ink reads columns, rows, isTTY and the resize event from it, all of which it has.
    stdout: writer ? (writer as unknown as NodeJS.WriteStream) : io.stdout,
    stderr: io.stderr,
    exitOnCtrlC: false,
    patchConsole: false,
    maxFps,
    incrementalRendering: renderer === "ink-lines",
  });
  // Asked for before any unmount: Ink settles only a promise that exists when it unmounts.
  const exited = instance.waitUntilExit();
  const onAbort = () => instance.unmount();
  io.signal?.addEventListener("abort", onAbort, { once: true });
  if (io.signal?.aborted) onAbort();
  try {
    await exited;
  } finally {
    io.signal?.removeEventListener("abort", onAbort);
    stopListening();
    writer?.close();
  }
}

const onStdoutResize = (stdout: NodeJS.WriteStream) => (listener: () => void) => {
  stdout.on("resize", listener);
  return () => {
    stdout.off("resize", listener);
  };
};

/** UTF-8 unless the locale says otherwise: LC_ALL, then LC_CTYPE, then LANG, as C's setlocale reads them. */
export function isUtf8Locale(env: NodeJS.ProcessEnv): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || "";
  return /utf-?8/i.test(locale);
}

/** NO_COLOR (any non-empty value, https://no-color.org) or --no-color turn colour off. */
export function themeFor(
  env: NodeJS.ProcessEnv,
  options: { ascii: boolean | undefined; color: boolean },
): Theme {
  return {
    isColor: options.color && !env.NO_COLOR,
    isAscii: options.ascii ?? !isUtf8Locale(env),
  };
}
