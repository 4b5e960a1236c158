import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { modelOf, type RunConfig } from "../core/config.js";
import { specLabel } from "../core/optimizers/index.js";
import { escapeControls } from "../core/quote.js";
import { type RaceState, recordedApplied } from "../core/race-state.js";
import type { RecordedEvent, TimedEvent } from "../core/recording.js";
import { createRun, epochsDone, type RunState } from "../core/run.js";
import { runConfig } from "../core/run-spec.js";
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

/** The race a recording starts from: its runs, the first followed, the data summed once. */
export function replayStart(recording: Recording): RaceState {
  const [first, ...rest] = recording.header.runs.map(runConfig);
  const start = createRun(first as RunConfig);
  return { runs: [start, ...rest.map((config) => createRun(config, start.stats))], followed: 0 };
}

function eventName(event: RecordedEvent): string {
  const on = "run" in event && event.type !== "remove-racer" && event.type !== "follow-run";
  const to = on && event.run !== undefined ? ` (run ${event.run})` : "";
  switch (event.type) {
    case "tick":
      return `tick ${event.updates}`;
    case "set-learning-rate":
      return `lr ${event.lr}${to}`;
    case "set-optimizer":
      return `optimizer ${event.optimizer.id}${to}`;
    case "add-racer":
      return `add ${specLabel(event.optimizer)} lr ${event.lr}`;
    case "remove-racer":
    case "follow-run":
      return `${event.type} ${event.run}`;
    case "fork":
      return `a viewer forked at update ${event.updates}`;
    default:
      return `${event.type}${to}`;
  }
}

function jsonLine(run: RunState, { t, event }: TimedEvent, index: number | undefined): string {
  const names = modelOf(run.config).params;
  return JSON.stringify({
    t,
    event: event.type,
    ...(event.type === "tick" || event.type === "fork" ? { updates: event.updates } : {}),
    ...(index === undefined ? {} : { run: index }),
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

/**
 * Replays headless: a line an event (transcript, jsonl), or the final state (summary); for a race,
 * a line a run, each naming its run, as --print names a racer's rows.
 */
export async function printReplay(
  recording: Recording,
  format: Format,
  out: Writable,
): Promise<RaceState> {
  let race = replayStart(recording);
  const lines: string[] = [];
  const isRace = () => race.runs.length > 1 || recording.header.runs.length > 1;
  const named = (i: number) => (isRace() ? i : undefined);
  for (const timed of recording.events) {
    race = recordedApplied(race, timed.event);
    for (const [i, run] of race.runs.entries()) {
      if (format === "jsonl") lines.push(jsonLine(run, timed, named(i)));
      if (format === "transcript") {
        const who = isRace() ? `run ${i} ` : "";
        lines.push(
          `${(timed.t / 1000).toFixed(3)}s ${eventName(timed.event)}: ${who}${summaryLine(run)}`,
        );
      }
    }
    if (lines.length >= SLICE) await writeLines(out, lines);
  }
  if (format === "summary") {
    for (const [i, run] of race.runs.entries()) {
      const who = isRace()
        ? `run=${i} optimizer=${specLabel(run.optimizer).replaceAll(" ", ",")} `
        : "";
      lines.push(`${who}${summaryLine(run)}`);
    }
  }
  await writeLines(out, lines);
  return race;
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
