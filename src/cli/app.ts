import { createReadStream, readFileSync } from "node:fs";
import type { Readable, Writable } from "node:stream";
import type { RunConfig } from "../core/config.js";
import type { Dataset } from "../core/data.js";
import { PRESETS } from "../core/presets.js";
import { escapeControls } from "../core/quote.js";
import { type RunSpec, runConfig } from "../core/run-spec.js";
import { HELP } from "./help.js";
import { fileError, InputError } from "./input-error.js";
import { buildSpecs, type Options, parseOptions } from "./options.js";
import { printRace } from "./print.js";
import type { Recording } from "./recording-reader.js";
import type { ReplayOptions } from "./replay.js";

/** The process's streams and facts, passed in so that the CLI can be run in tests. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Starts the dashboard when stdout is a terminal; without it the CLI prints, as when piped.
   * `isStdinData` says stdin was read for --data, so keys must come from elsewhere.
   */
  readonly dashboard?: (
    configs: readonly RunConfig[],
    options: Options,
    isStdinData: boolean,
    specs: readonly RunSpec[],
  ) => Promise<number>;
  /** Starts a recording's replay in the dashboard; without it, `replay` needs --print. */
  readonly replayDashboard?: (recording: Recording, options: ReplayOptions) => Promise<number>;
  /** Runs `gd-tui serve` with the arguments after `serve`; resolves to the exit code. */
  readonly serve?: (args: readonly string[]) => Promise<number>;
}

/** The dashboard's epoch limit when --epochs is not given: long enough to watch convergence. */
export const DASHBOARD_EPOCHS = 100;

/** What to type when the data comes from a terminal: without it the screen stays blank. */
export const TERMINAL_DATA_HINT =
  "gd-tui: type the data: the line x,y, then one x,y pair a line; Ctrl+D to end\n";

export async function loadData(
  options: Options,
  stdin: Readable,
  stderr?: Writable,
): Promise<Dataset> {
  if (options.data === undefined) return PRESETS[options.preset].data;
  if (options.data === "") throw new InputError("--data: the file name is empty");
  // Loaded only when there is a file to read: the lecture's own data starts faster without it.
  const { readData } = await import("./data-file.js");
  const isStdin = options.data === "-";
  if (isStdin && (stdin as { isTTY?: boolean }).isTTY) stderr?.write(TERMINAL_DATA_HINT);
  const source = isStdin ? "stdin" : options.data;
  // Large chunks: a million-row file is read in ~30 pieces, not ~500.
  const stream = isStdin ? stdin : createReadStream(options.data, { highWaterMark: 2 ** 20 });
  try {
    return await readData(stream, source, options.dataLimits);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(source, error, "is a directory, not a data file");
  } finally {
    if (!isStdin) stream.destroy();
  }
}

export async function version(): Promise<string> {
  for (let dir = new URL("./", import.meta.url); dir.pathname !== "/"; dir = new URL("../", dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "gd-tui" && pkg.version) return pkg.version;
    } catch {
      // not here: look one folder up
    }
  }
  return "unknown";
}

/** The headless command: parses, validates, runs and prints. Resolves to the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    if (args[0] === "serve") {
      if (!io.serve) throw new InputError("serve: not available here");
      return await io.serve(args.slice(1));
    }
    if (args[0] === "replay") return await runReplay(args.slice(1), io);
    const options = parseOptions(args);
    if (options.mode === "help") {
      io.stdout.write(HELP);
      return 0;
    }
    if (options.mode === "version") {
      io.stdout.write(`gd-tui ${await version()}\n`);
      return 0;
    }
    if (options.record !== undefined && (options.mode !== "dashboard" || !io.dashboard)) {
      throw new InputError(
        "--record: records a dashboard session, so it needs a terminal (not --print or a pipe)",
      );
    }
    if (options.record === "") throw new InputError("--record: the file name is empty");
    const isDashboard = options.mode === "dashboard" && io.dashboard !== undefined;
    const data = await loadData(options, io.stdin, io.stderr);
    if (isDashboard && io.dashboard) {
      // A dashboard run goes on past the lecture's 10 epochs unless told otherwise.
      const specs = buildSpecs(options, data, DASHBOARD_EPOCHS);
      return await io.dashboard(specs.map(runConfig), options, options.data === "-", specs);
    }
    const racers = buildSpecs(options, data).map((spec, run) => {
      const config = runConfig(spec);
      // The lecture's loop has no stopping rule: every format runs every epoch unless asked, so
      // that the transcript, jsonl and summary of the same flags end at the same update.
      const stopping = options.hasTolerance ? config : { ...config, tolLoss: 0, tolGrad: 0 };
      return { config: stopping, label: options.racers[run]?.text ?? "" };
    });
    await printRace(racers, options.format, io.stdout);
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return inputErrorExit(error, io.stderr);
  }
}

async function runReplay(args: readonly string[], io: CliIo): Promise<number> {
  // Loaded only for a replay, as the data reader is only for a data file.
  const { loadRecording, parseReplayArgs, printReplay } = await import("./replay.js");
  const options = parseReplayArgs(args);
  if (options.isHelp) {
    io.stdout.write(HELP);
    return 0;
  }
  const recording = await loadRecording(options, io.stderr);
  if (!options.isPrint && io.replayDashboard) return io.replayDashboard(recording, options);
  await printReplay(recording, options.format, io.stdout);
  return 0;
}

function inputErrorExit(error: InputError, stderr: Writable): number {
  // Messages quote outside text through quote(); escaping the whole line as well means no
  // message can ever hand a terminal a control character, whoever wrote it. Its backslashes
  // are kept: they come from quote() (`\e`), and doubling them would misquote the value.
  stderr.write(`gd-tui: ${escapeControls(error.message, true)}\n`);
  return 2;
}
