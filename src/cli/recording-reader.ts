import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { escapeControls, quote } from "../core/quote.js";
import { MAX_RACERS } from "../core/race.js";
import {
  RECORDING_FORMAT,
  RECORDING_VERSION,
  type RecordingHeader,
  readEvent,
  readRunSpec,
  type TimedEvent,
} from "../core/recording.js";
import { DEFAULT_LIMITS, formatSize } from "./data-limits.js";
import { fileError, InputError } from "./input-error.js";
import { DEFAULT_FPS } from "./options.js";

export interface Recording {
  readonly header: RecordingHeader;
  readonly events: readonly TimedEvent[];
  /** The line cut short at the end (the recorder died mid-write), when there was one. */
  readonly truncatedLine: number | undefined;
}

/** How much a recording may hold: an endless or huge file stops with one line, not all memory. */
export interface RecordingLimits {
  readonly maxBytes: number;
  readonly maxEvents: number;
}

// A session at 12 ticks a second makes a million events in a day; the bytes cap is the data
// reader's, since a header carries the data set.
export const RECORDING_LIMITS: RecordingLimits = {
  maxBytes: DEFAULT_LIMITS.maxBytes,
  maxEvents: 1_000_000,
};

function readHeader(value: unknown, at: string): RecordingHeader {
  const header = value as Partial<Record<keyof RecordingHeader, unknown>> | null;
  if (typeof header !== "object" || header === null || header.format !== RECORDING_FORMAT)
    throw new InputError(`${at}: not a gd-tui recording (no "format": "${RECORDING_FORMAT}")`);
  if (header.version !== RECORDING_VERSION) {
    const version =
      typeof header.version === "number" ? String(header.version) : quote(String(header.version));
    throw new InputError(
      `${at}: version ${version} cannot be replayed (this gd-tui replays version ${RECORDING_VERSION})`,
    );
  }
  const { runs } = header;
  if (!Array.isArray(runs) || runs.length < 1 || runs.length > MAX_RACERS)
    throw new InputError(`${at}: runs is not a list of 1 to ${MAX_RACERS} run specs`);
  const specs = runs.map((run, i) => {
    const spec = readRunSpec(run);
    if (typeof spec === "string") throw new InputError(`${at}: run ${i + 1}: ${spec}`);
    return spec;
  });
  const terminal = (header.terminal ?? {}) as Record<string, unknown>;
  const fps = terminal.fps;
  return {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    gdTui: typeof header.gdTui === "string" ? header.gdTui : "unknown",
    runs: specs,
    terminal: {
      fps:
        typeof fps === "number" && Number.isSafeInteger(fps) && fps >= 1 && fps <= 60
          ? fps
          : DEFAULT_FPS,
      isAscii: terminal.isAscii === true,
      isColor: terminal.isColor !== false,
    },
  };
}

/**
 * Reads a recording as a stream: a line is parsed as soon as it is whole, and only the parsed
 * events are kept, within `limits`. Every problem is one InputError naming the file and line.
 */
export async function readRecording(
  file: string,
  limits: RecordingLimits = RECORDING_LIMITS,
): Promise<Recording> {
  const name = escapeControls(file);
  let header: RecordingHeader | undefined;
  const events: TimedEvent[] = [];
  let lineNo = 0;
  let last = 0;
  // Runs in the race as of each line, so that an event naming a run names one there is.
  let count = 0;
  const take = (line: string) => {
    lineNo++;
    const at = `${name} line ${lineNo}`;
    if (line.trim() === "" && header) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`${at}: not JSON: ${quote(line)}`);
    }
    if (!header) {
      header = readHeader(value, at);
      count = header.runs.length;
      return;
    }
    const event = readEvent(value);
    if (typeof event === "string") throw new InputError(`${at}: ${event}`);
    const { run } = event.event as { run?: number };
    if (run !== undefined && run >= count)
      throw new InputError(
        `${at}: ${event.event.type}: run ${run} is not one of the race's ${count}`,
      );
    if (event.event.type === "add-racer") count = Math.min(MAX_RACERS, count + 1);
    if (event.event.type === "remove-racer" && count > 1) count--;
    if (event.t < last)
      throw new InputError(`${at}: t ${event.t} is before the line above (${last})`);
    if (events.length === limits.maxEvents)
      throw new InputError(`${name}: more than ${limits.maxEvents.toLocaleString("en-US")} events`);
    last = event.t;
    events.push(event);
  };
  const stream = createReadStream(file, { highWaterMark: 2 ** 20 });
  const decoder = new StringDecoder("utf8");
  // A line's pieces until its newline comes: joined once, so a long line costs its length once.
  const pending: string[] = [];
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > limits.maxBytes)
        throw new InputError(`${name}: larger than ${formatSize(limits.maxBytes)}`);
      if (chunk.includes(0)) throw new InputError(`${name}: not text (holds NUL bytes)`);
      const text = decoder.write(chunk);
      const lines = text.split("\n");
      pending.push(lines.shift() ?? "");
      if (lines.length === 0) continue;
      take(pending.join(""));
      pending.length = 0;
      pending.push(lines.pop() ?? "");
      for (const line of lines) take(line);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(file, error, "is a directory, not a recording");
  } finally {
    stream.destroy();
  }
  pending.push(decoder.end());
  const rest = pending.join("");
  let truncatedLine: number | undefined;
  if (rest.trim() !== "") {
    try {
      take(rest);
    } catch (error) {
      // The recorder writes whole lines and ends each with a newline: an unparsable last line
      // without one is a write cut short, and what came before it is whole.
      if (!header || !(error instanceof InputError) || !isUnfinished(rest)) throw error;
      truncatedLine = lineNo;
    }
  }
  if (!header) throw new InputError(`${name}: empty, not a gd-tui recording`);
  return { header, events, truncatedLine };
}

function isUnfinished(line: string): boolean {
  try {
    JSON.parse(line);
    return false;
  } catch {
    return true;
  }
}
