import type { Writable } from "node:stream";
import { modelOf, type RunConfig } from "../core/config.js";
import { advance, type EpochEvent, type UpdateEvent, type UpdateSink } from "../core/engine.js";
import { meanLoss } from "../core/evaluate.js";
import { formatFull } from "../core/format.js";
import { createRun, epochsDone, isTerminal, type RunState } from "../core/run.js";
import { afterLine, beforeLine, gradLine, progressLine } from "../core/transcript.js";
import type { Format } from "./options.js";

/** Updates computed between two writes: small enough to notice a closed pipe soon. */
const SLICE = 4096;

function lineSink(config: RunConfig, format: Format, lines: string[]): UpdateSink | undefined {
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

/** Writes `lines` and empties it, then waits for room (or for the reader to leave). */
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

/**
 * Runs `config` to its end without the dashboard, streaming `format` to `out`, and returns the final
 * state. Stops early, quietly, when `out` is closed (as by `| head`).
 */
export async function printRun(
  config: RunConfig,
  format: Format,
  out: Writable,
): Promise<RunState> {
  let state = createRun(config);
  // A closed pipe shows as write errors, and stdout is not marked destroyed after them.
  let isClosed = false;
  const onError = () => {
    isClosed = true;
  };
  out.on("error", onError);
  const lines: string[] = [];
  const sink = lineSink(config, format, lines);
  if (format === "transcript") lines.push(beforeLine(config, state.params));
  while (!isTerminal(state.status) && !isClosed && !out.destroyed) {
    state = advance(state, SLICE, sink);
    await writeLines(out, lines);
  }
  if (format === "transcript") {
    lines.push(afterLine(config, state.params));
    if (state.status.kind !== "done" && "reason" in state.status) {
      lines.push(`stopped: ${state.status.kind}, ${state.status.reason}`);
    }
  }
  if (format === "summary") lines.push(summaryLine(state));
  if (!isClosed) await writeLines(out, lines);
  out.off("error", onError);
  return state;
}
