import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { modelOf } from "../core/config.js";
import { transition } from "../core/machine.js";
import { escapeControls } from "../core/quote.js";
import type { RecordedEvent, TimedEvent } from "../core/recording.js";
import { epochsDone, type RunState } from "../core/run.js";
import { buildRun } from "../core/run-spec.js";
import { InputError } from "./input-error.js";
import { argumentError, FORMATS, type Format, fps as readFps } from "./options.js";
import { summaryLine, writeLines } from "./print.js";
import { type Recording, readRecording } from "./recording-reader.js";

export interface ReplayOptions {
  readonly file: string;
  readonly isPrint: boolean;
  readonly format: Format;
  readonly fps: number | undefined;
  readonly ascii: boolean | undefined;
  readonly color: boolean;
  readonly isHelp: boolean;
}

const REPLAY_SPEC = {
  print: { type: "boolean" },
  format: { type: "string" },
  fps: { type: "string" },
  ascii: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const REPLAY_DEFAULTS: ReplayOptions = {
  file: "",
  isPrint: false,
  format: "transcript",
  fps: undefined,
  ascii: undefined,
  color: true,
  isHelp: false,
};

/** `gd-tui replay FILE [--print [--format F]] [--fps N] [--ascii] [--no-color]`. */
export function parseReplayArgs(args: readonly string[]): ReplayOptions {
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof REPLAY_SPEC; strict: true; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({
      args: [...args],
      options: REPLAY_SPEC,
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw argumentError(error as { code?: string; message: string });
  }
  const { values, positionals } = parsed;
  if (values.help) return { ...REPLAY_DEFAULTS, isHelp: true };
  if (positionals.length !== 1)
    throw new InputError("replay: give one recording file (gd-tui replay FILE)");
  const format = values.format ?? "transcript";
  if (!(FORMATS as readonly string[]).includes(format))
    throw new InputError(`--format: unknown value '${format}' (choose from ${FORMATS.join(", ")})`);
  return {
    file: positionals[0] as string,
    isPrint: values.print === true,
    format: format as Format,
    fps: values.fps === undefined ? undefined : readFps(values.fps),
    ascii: values.ascii,
    color: !values["no-color"],
    isHelp: false,
  };
}

/** The run a recording starts from. */
export function replayStart(recording: Recording): RunState {
  return buildRun(recording.header.runs[0] as Recording["header"]["runs"][number]);
}

/** The next state of a replay: the recorded event through the run's own state machine. */
export function replayEvent(run: RunState, event: RecordedEvent): RunState {
  return transition(run, event);
}

function eventName(event: RecordedEvent): string {
  switch (event.type) {
    case "tick":
      return `tick ${event.updates}`;
    case "set-learning-rate":
      return `lr ${event.lr}`;
    case "set-optimizer":
      return `optimizer ${event.optimizer.id}`;
    default:
      return event.type;
  }
}

function jsonLine(run: RunState, { t, event }: TimedEvent): string {
  const names = modelOf(run.config).params;
  return JSON.stringify({
    t,
    event: event.type,
    ...(event.type === "tick" ? { updates: event.updates } : {}),
    update: run.updates,
    epoch: epochsDone(run),
    status: run.status.kind,
    lr: run.lr,
    optimizer: run.optimizer.id,
    params: Object.fromEntries(names.map((n, j) => [n, run.params[j]])),
  });
}

/** Lines written between two waits for the reader, as --print does. */
const SLICE = 4096;

/** Replays headless: a line an event (transcript, jsonl), or the final state (summary). */
export async function printReplay(
  recording: Recording,
  format: Format,
  out: Writable,
): Promise<RunState> {
  let run = replayStart(recording);
  const lines: string[] = [];
  for (const timed of recording.events) {
    run = replayEvent(run, timed.event);
    if (format === "jsonl") lines.push(jsonLine(run, timed));
    if (format === "transcript") {
      lines.push(`${(timed.t / 1000).toFixed(3)}s ${eventName(timed.event)}: ${summaryLine(run)}`);
    }
    if (lines.length >= SLICE) await writeLines(out, lines);
  }
  if (format === "summary") lines.push(summaryLine(run));
  await writeLines(out, lines);
  return run;
}

/** The recording named by the options, with a word on stderr when its last line was cut short. */
export async function loadRecording(options: ReplayOptions, stderr: Writable): Promise<Recording> {
  const recording = await readRecording(options.file);
  if (recording.truncatedLine !== undefined) {
    stderr.write(
      `gd-tui: ${escapeControls(options.file)} line ${recording.truncatedLine}: cut short (the recorder stopped mid-write); replaying the ${recording.events.length} events before it\n`,
    );
  }
  return recording;
}
