import type { Writable } from "node:stream";
import { modelOf, type RunConfig } from "../core/config.js";
import { advance, type EpochEvent, type UpdateEvent, type UpdateSink } from "../core/engine.js";
import { meanLoss } from "../core/evaluate.js";
import { formatFull } from "../core/format.js";
import { quote } from "../core/quote.js";
import { createRun, epochsDone, isTerminal, type RunState } from "../core/run.js";
import { afterLine, beforeLine, gradLine, progressLine } from "../core/transcript.js";
import type { Format } from "./options.js";

/** Updates computed between two writes: small enough to notice a closed pipe soon. */
const SLICE = 4096;

function lineSink(
  config: RunConfig,
  format: Format,
  lines: string[],
  racer?: { run: number; label: string },
): UpdateSink | undefined {
  const names = modelOf(config).params;
  const named = (values: ArrayLike<number>) =>
    Object.fromEntries(names.map((n, j) => [n, values[j]]));
  switch (format) {
    case "transcript":
      return {
        update: (u: UpdateEvent) => lines.push(gradLine(config, u.start, u.end, u.grads)),
        epoch: (e: EpochEvent) =>
          lines.push(progressLine(config, e.epoch, e.params, e.progressLoss)),
      };
    case "jsonl":
      return {
        update: (u: UpdateEvent) =>
          lines.push(
            JSON.stringify({
              ...(racer && { run: racer.run, optimizer: racer.label }),
              epoch: u.epoch,
              update: u.update,
              lr: u.lr,
              loss: u.loss,
              grads: named(u.grads),
              params: named(u.params),
            }),
          ),
        epoch: () => {},
      };
    case "summary":
      return undefined;
    default:
      return format satisfies never;
  }
}

/** The closing line of `--format summary`. */
export function summaryLine(state: RunState): string {
  const { data } = state.config;
  const model = modelOf(state.config);
  const params = model.params.map((name, j) => `${name}=${formatFull(state.params[j] as number)}`);
  const status =
    "reason" in state.status ? `${state.status.kind} (${state.status.reason})` : state.status.kind;
  const loss = formatFull(meanLoss(model, data.xs, data.ys, state.params));
  return `updates=${state.updates} epochs=${epochsDone(state)} ${params.join(" ")} mean_loss=${loss} status=${status}`;
}

export async function writeLines(out: Writable, lines: string[]): Promise<void> {
  if (lines.length === 0 || out.destroyed) return;
  const ok = out.write(`${lines.join("\n")}\n`);
  lines.length = 0;
  // Yield to the event loop, so that a closed pipe's error (emitted on a later tick) is seen.
  if (ok) return new Promise((resolve) => setImmediate(resolve));
  if (out.destroyed) return;
  // Wait for room, or for the reader to go away; an error here is the closed pipe itself.
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off("drain", done).off("close", done).off("error", done);
      resolve();
    };
    out.on("drain", done).on("close", done).on("error", done);
  });
}

/** One run of a race: its config, and the name its rows and summary give it when it has rivals. */
export interface PrintRacer {
  readonly config: RunConfig;
  readonly label: string;
}

/** A racer's name on a summary line: as given when plain, else quoted (spaces, odd characters). */
function labelWord(label: string): string {
  return /^[\x21-\x7e]+$/.test(label) ? label : quote(label);
}

/**
 * Runs every racer to its end without the dashboard, streaming `format` to `out`, and returns the
 * final states in order. Stops early, quietly, when `out` is closed (as by `| head`). One racer is
 * printed exactly as a plain run; several run in lockstep, each row saying which run it is, and one
 * that stops (diverges, converges) stops alone. A transcript of several is one section per run, in
 * turn: interleaved it would read as nonsense, and kept back until the end it would grow with the run.
 */
export async function printRace(
  racers: readonly PrintRacer[],
  format: Format,
  out: Writable,
): Promise<RunState[]> {
  const isRace = racers.length > 1;
  // A closed pipe shows as write errors, and stdout is not marked destroyed after them.
  let isClosed = false;
  const onError = () => {
    isClosed = true;
  };
  out.on("error", onError);
  const isOpen = () => !isClosed && !out.destroyed;
  const lines: string[] = [];
  const states: RunState[] = [];
  if (format === "transcript") {
    for (const [run, { config, label }] of racers.entries()) {
      if (!isOpen()) break;
      if (isRace) lines.push(`${run === 0 ? "" : "\n"}== run ${run}: ${labelWord(label)} ==`);
      states.push(await streamTranscript(createRun(config), out, lines, isOpen));
    }
  } else {
    const labels = isRace ? racers.map((r) => r.label) : undefined;
    // Racers share the data, model and init, so the data are summed once for all of them.
    const first = createRun((racers[0] as PrintRacer).config);
    const runs = racers.map((r, i) => (i === 0 ? first : createRun(r.config, first.stats)));
    states.push(...(await streamRace(runs, format, out, lines, isOpen, labels)));
    if (format === "summary") {
      for (const [run, state] of states.entries()) {
        const name = isRace ? `run=${run} optimizer=${labelWord(racers[run]?.label ?? "")} ` : "";
        lines.push(`${name}${summaryLine(state)}`);
      }
    }
  }
  if (isOpen()) await writeLines(out, lines);
  out.off("error", onError);
  return states;
}

/** One run's transcript, from its `before` line to its `after` (and why it stopped). */
async function streamTranscript(
  start: RunState,
  out: Writable,
  lines: string[],
  isOpen: () => boolean,
): Promise<RunState> {
  const { config } = start;
  lines.push(beforeLine(config, start.params));
  const [state] = (await streamRace([start], "transcript", out, lines, isOpen, undefined)) as [
    RunState,
  ];
  lines.push(afterLine(config, state.params));
  if (state.status.kind !== "done" && "reason" in state.status) {
    lines.push(`stopped: ${state.status.kind}, ${state.status.reason}`);
  }
  return state;
}

/**
 * Advances every run SLICE updates at a time, writing their rows update by update: row i of each
 * run's slice is the same update number, since every run takes one row per update until it stops.
 */
async function streamRace(
  starts: readonly RunState[],
  format: Format,
  out: Writable,
  lines: string[],
  isOpen: () => boolean,
  labels: readonly string[] | undefined,
): Promise<RunState[]> {
  const states = [...starts];
  const own = states.map((): string[] => []);
  const sinks = states.map(({ config }, run) =>
    lineSink(config, format, own[run] as string[], labels && { run, label: labels[run] ?? "" }),
  );
  while (states.some((state) => !isTerminal(state.status)) && isOpen()) {
    for (const [run, state] of states.entries()) {
      if (!isTerminal(state.status)) states[run] = advance(state, SLICE, sinks[run]);
    }
    interleave(own, lines);
    await writeLines(out, lines);
  }
  return states;
}

/** Moves each run's rows into `lines`, row i of every run before row i + 1 of any. */
function interleave(own: readonly string[][], lines: string[]): void {
  if (own.length === 1) {
    lines.push(...(own[0] as string[]));
    (own[0] as string[]).length = 0;
    return;
  }
  const longest = Math.max(...own.map((rows) => rows.length));
  for (let i = 0; i < longest; i++) {
    for (const rows of own) if (i < rows.length) lines.push(rows[i] as string);
  }
  for (const rows of own) rows.length = 0;
}

/** Runs `config` to its end without the dashboard: a race of one. */
export async function printRun(
  config: RunConfig,
  format: Format,
  out: Writable,
): Promise<RunState> {
  const [state] = await printRace([{ config, label: "" }], format, out);
  return state as RunState;
}
