import type { RunEvent } from "./machine.js";
import { isModelId, MODELS } from "./models/index.js";
import { isOptimizerId, type OptimizerSpec } from "./optimizers/index.js";
import { quote } from "./quote.js";
import { MAX_RACERS } from "./race.js";
import type { RaceEvent } from "./race-state.js";
import type { RunSpec } from "./run-spec.js";
import { readOptimizerText, readScheduleText } from "./spec-text.js";
import { startProblem } from "./start-check.js";

/**
 * A recorded session, as JSON Lines: a header line, then one line an event that changed a run.
 * Events are the run's own (machine.ts), so replaying one is `transition`: a tick holds the updates
 * it did, never its time budget, and replays to the same bits on any machine at any speed.
 */
export const RECORDING_FORMAT = "gd-tui-recording";
export const RECORDING_VERSION = 1;

export interface RecordingTerminal {
  readonly fps: number;
  readonly isAscii: boolean;
  readonly isColor: boolean;
}

export interface RecordingHeader {
  readonly format: typeof RECORDING_FORMAT;
  readonly version: typeof RECORDING_VERSION;
  /** The gd-tui that wrote it, for people reading the file. */
  readonly gdTui: string;
  readonly runs: readonly RunSpec[];
  readonly terminal: RecordingTerminal;
}

/**
 * An event as a line holds it: a run event, for every run of the race or, with `run`, for that
 * one alone (a learning rate set on each run's own ladder); a change of the race's line-up; or a
 * viewer's fork.
 */
export type RecordedEvent = (RecordedRunEvent & { readonly run?: number }) | RaceEvent | ForkEvent;
export type RecordedRunEvent = Exclude<RunEvent, { type: "tick" }> | TickEvent;
type TickEvent = { readonly type: "tick"; readonly updates: number };
/**
 * gd-tui serve --follow: a viewer took their own copy of the presenter's race as it stood, every
 * run of it, so the line names no run; `updates` is the race's front then (raceFront). The
 * presenter's race goes on unchanged (a fork is a copy), so replayed it changes nothing. The copy
 * is the state the viewer's screen showed, which may be a frame behind the presenter's events
 * already written: `updates` says which it was.
 */
export type ForkEvent = { readonly type: "fork"; readonly updates: number };

export interface TimedEvent {
  readonly t: number;
  readonly event: RecordedEvent;
}

/** The line for `event` at `t` ms: `{"t":12,"event":"tick","updates":5}`. */
export function eventLine(t: number, event: RecordedEvent): string {
  const { type, ...rest } = event;
  return JSON.stringify({ t, event: type, ...rest });
}

/**
 * Updates one tick may hold: what the dashboard's runner asks of a frame at top speed
 * (TOP_SPEED_UPDATES in src/ui/use-runner.ts), about a second of the engine's work. A recording
 * cannot ask more of one event.
 */
export const MAX_TICK_UPDATES = 100_000_000;

type Json = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const PLAIN = new Set([
  "step",
  "step-epoch",
  "run",
  "pause",
  "toggle",
  "step-back",
  "reset",
  "continue",
]);

/** A run's index as a line holds it, or undefined when it is not one of a race's. */
function runIndex(value: unknown): number | undefined {
  return typeof value === "number" &&
    Number.isSafeInteger(value) &&
    value >= 0 &&
    value < MAX_RACERS
    ? value
    : undefined;
}

const RUN_TEXT = `run is not a run's index (0 to ${MAX_RACERS - 1})`;

/** The event a parsed line holds, or why it is not one (the reader adds file and line). */
export function readEvent(value: unknown): TimedEvent | string {
  if (!isObject(value)) return "is not an event object";
  const { t, event } = value;
  if (typeof t !== "number" || !(t >= 0) || !Number.isFinite(t))
    return "has no time (t, milliseconds since the start, 0 or more)";
  if (typeof event !== "string") return "has no event name";
  if (event === "remove-racer" || event === "follow-run") {
    const run = runIndex(value.run);
    return run === undefined ? `${event}: ${RUN_TEXT}` : { t, event: { type: event, run } };
  }
  if (event === "add-racer") {
    const optimizer = readOptimizer(value.optimizer);
    if (typeof optimizer === "string") return `add-racer: ${optimizer}`;
    const { lr } = value;
    if (typeof lr !== "number" || !Number.isFinite(lr) || lr <= 0)
      return "add-racer: lr is not a positive number";
    return {
      t,
      event: { type: event, optimizer: { id: optimizer.id, hyper: optimizer.hyper }, lr },
    };
  }
  if (event === "fork") {
    if (value.run !== undefined)
      return "fork: a viewer's copy takes the whole race, so names no run";
    const { updates } = value;
    if (typeof updates !== "number" || !Number.isSafeInteger(updates) || updates < 0)
      return "fork: updates is not a whole number, 0 or more";
    return { t, event: { type: "fork", updates } };
  }
  if (value.run !== undefined && runIndex(value.run) === undefined) return `${event}: ${RUN_TEXT}`;
  const read = readRunEvent(value, event);
  if (typeof read === "string" || value.run === undefined) return read;
  return { t, event: { ...(read.event as RecordedRunEvent), run: value.run as number } };
}

function readRunEvent(value: Json, event: string): TimedEvent | string {
  const t = value.t as number;
  if (PLAIN.has(event)) return { t, event: { type: event } as RecordedEvent };
  switch (event) {
    case "tick": {
      const { updates } = value;
      if (typeof updates !== "number" || !Number.isSafeInteger(updates) || updates < 0)
        return "tick: updates is not a whole number, 0 or more";
      if (updates > MAX_TICK_UPDATES)
        return `tick: ${updates} updates is more than a frame at top speed asks (${MAX_TICK_UPDATES})`;
      return { t, event: { type: "tick", updates } };
    }
    case "set-learning-rate": {
      const { lr } = value;
      if (typeof lr !== "number" || !Number.isFinite(lr) || lr <= 0)
        return "set-learning-rate: lr is not a positive number";
      return { t, event: { type: "set-learning-rate", lr } };
    }
    case "set-optimizer": {
      const optimizer = readOptimizer(value.optimizer);
      return typeof optimizer === "string"
        ? `set-optimizer: ${optimizer}`
        : { t, event: { type: "set-optimizer", optimizer } };
    }
    case "tune-optimizer": {
      // Settings typed with `t`: the optimizer as it was, other hyperparameters; never its lr.
      const optimizer = readOptimizer(value.optimizer);
      return typeof optimizer === "string"
        ? `tune-optimizer: ${optimizer}`
        : {
            t,
            event: {
              type: "tune-optimizer",
              optimizer: { id: optimizer.id, hyper: optimizer.hyper },
            },
          };
    }
    default:
      return `unknown event ${quote(event)}`;
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Hyperparameters or schedule parameters as --optimizer/--schedule text, so that one validator
 * judges flags and recordings alike; undefined for anything that text could not say.
 */
function hyperText(hyper: unknown): string | undefined {
  if (hyper === undefined) return "";
  if (!isObject(hyper)) return undefined;
  const items: string[] = [];
  for (const [key, value] of Object.entries(hyper)) {
    if (!NAME.test(key)) return undefined;
    const isList = Array.isArray(value) && value.every((v) => typeof v === "number");
    const isWord = typeof value === "string" && NAME.test(value);
    if (!isList && !isWord && typeof value !== "number" && typeof value !== "boolean")
      return undefined;
    items.push(`${key}=${isList ? value.join("/") : String(value)}`);
  }
  return items.join(",");
}

function readOptimizer(value: unknown): (OptimizerSpec & { lr?: number }) | string {
  if (!isObject(value) || typeof value.id !== "string" || !isOptimizerId(value.id))
    return `optimizer is not one of gd-tui's (${quote(String(isObject(value) ? value.id : value))})`;
  const text = hyperText(value.hyper);
  if (text === undefined) return `${value.id}: hyper is not an object of numbers and booleans`;
  const read = readOptimizerText(text === "" ? value.id : `${value.id}:${text}`);
  if (typeof read === "string") return read;
  return read.lr === undefined ? { id: read.id, hyper: read.hyper } : { ...read, lr: read.lr };
}

function finiteList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((v) => typeof v === "number" && Number.isFinite(v));
}

/** A RunSpec from a recording's header, judged as the CLI judges its flags, or why it is not one. */
export function readRunSpec(value: unknown): RunSpec | string {
  if (!isObject(value)) return "is not a run spec object";
  const { data, model, init, batch, optimizer, schedule } = value;
  if (!isObject(data) || typeof data.name !== "string") return "data has no name";
  const { xs, ys } = data;
  if (!finiteList(xs) || !finiteList(ys) || xs.length === 0 || xs.length !== ys.length)
    return "data is not two equally long lists of finite numbers, x and y";
  if (typeof model !== "string" || !isModelId(model))
    return `unknown model ${quote(String(model))}`;
  const params = MODELS[model].params;
  if (init !== undefined && (!finiteList(init) || init.length !== params.length))
    return `init is not ${params.length} finite number(s) (${params.join(", ")})`;
  const isBatch = typeof batch === "number" && Number.isSafeInteger(batch) && batch >= 1;
  if (batch !== undefined && batch !== "full" && !(isBatch && batch <= xs.length))
    return `batch is not "full" or a whole number from 1 to ${xs.length}`;
  const spec: Record<string, unknown> = { data: { name: data.name, xs, ys }, model, init, batch };
  if (optimizer !== undefined) {
    const read = readOptimizer(optimizer);
    if (typeof read === "string") return read;
    const { lr, ...rest } = read;
    spec.optimizer = lr === undefined ? rest : { id: rest.id, hyper: { ...rest.hyper, lr } };
  }
  if (schedule !== undefined) {
    const read = isObject(schedule) ? scheduleOf(schedule) : "schedule is not an object";
    if (typeof read === "string") return read;
    spec.schedule = read;
  }
  for (const key of ["maxEpochs", "tolLoss", "tolGrad", "maxLoss"] as const) {
    const v = value[key];
    if (v === undefined) continue;
    const isOk =
      typeof v === "number" &&
      (key === "maxEpochs" ? Number.isSafeInteger(v) && v >= 1 : v >= 0 && Number.isFinite(v));
    if (!isOk)
      return `${key} is not ${key === "maxEpochs" ? "a whole number, 1 or more" : "a finite number, 0 or more"}`;
    spec[key] = v;
  }
  const problem = startProblem(
    spec.data as RunSpec["data"],
    MODELS[model],
    init ?? params.map(() => 1),
  );
  if (problem) return "the run overflows at its start";
  return spec as unknown as RunSpec;
}

function scheduleOf(schedule: Json): RunSpec["schedule"] | string {
  const { id, params } = schedule;
  if (typeof id !== "string") return "schedule has no id";
  const text = hyperText(params);
  if (text === undefined) return `${quote(id)}: params is not an object of numbers`;
  const read = readScheduleText(text === "" ? id : `${id}:${text}`);
  return typeof read === "string" ? read : { id: read.id, params: read.params };
}
