import { parseArgs } from "node:util";
import { DEFAULTS, type RunConfig, readLearningRate } from "../core/config.js";
import type { Dataset } from "../core/data.js";
import { formatShort, parseDecimal } from "../core/format.js";
import { isModelId, MODEL_IDS, MODELS, type ModelId } from "../core/models/index.js";
import { isPresetId, PRESETS, type PresetId } from "../core/presets.js";
import { QUOTE_MAX, quote } from "../core/quote.js";
import { type RunSpec, runConfig } from "../core/run-spec.js";
import type { ScheduleSpec } from "../core/schedules.js";
import { type OptimizerText, readOptimizerText, readScheduleText } from "../core/spec-text.js";
import { type StartProblem, startProblem } from "../core/start-check.js";
import { type DataLimits, DEFAULT_LIMITS, parseSize } from "./data-limits.js";
import { InputError } from "./input-error.js";

/** One --optimizer of a race: its text as given (jsonl and summary name the run by it), read. */
export interface Racer {
  readonly text: string;
  readonly optimizer: OptimizerText;
}

/** Runs a race takes at most: eight series and letters still tell apart on an 80-column screen. */
export const MAX_RACERS = 8;

export const FORMATS = ["transcript", "jsonl", "summary"] as const;
export type Format = (typeof FORMATS)[number];

/** Everything the command line asked for, validated; the data itself is read later. */
export interface Options {
  readonly mode: "dashboard" | "print" | "help" | "version";
  readonly format: Format;
  /** undefined: the preset's data; "-": standard input; else a file path. */
  readonly data: string | undefined;
  readonly preset: PresetId;
  readonly model: ModelId;
  /** --optimizer NAME[:key=value,...], read: the first one given (or the default). */
  readonly optimizer: OptimizerText;
  /** Every --optimizer in the order given, each with its text as typed: several race. */
  readonly racers: readonly Racer[];
  /** --lr, when given. */
  readonly lr: number | undefined;
  readonly schedule: ScheduleSpec;
  readonly epochs: number;
  /** Whether --epochs was given (the dashboard picks its own default otherwise). */
  readonly hasEpochs: boolean;
  readonly batch: number | "full";
  readonly init: string | undefined;
  readonly tolLoss: number;
  readonly tolGrad: number;
  /** Whether a tolerance was given (--print runs every epoch otherwise, like the lecture). */
  readonly hasTolerance: boolean;
  readonly fps: number;
  readonly ascii: boolean | undefined;
  readonly color: boolean;
  /** Caps on what --data reads (--max-bytes, --max-rows). */
  readonly dataLimits: DataLimits;
  /** --record FILE: the dashboard session written there as it happens. */
  readonly record: string | undefined;
}

export const OPTION_SPEC = {
  print: { type: "boolean" },
  data: { type: "string" },
  preset: { type: "string" },
  model: { type: "string" },
  optimizer: { type: "string", multiple: true },
  lr: { type: "string" },
  schedule: { type: "string" },
  epochs: { type: "string" },
  batch: { type: "string" },
  init: { type: "string" },
  format: { type: "string" },
  "tol-loss": { type: "string" },
  "tol-grad": { type: "string" },
  fps: { type: "string" },
  ascii: { type: "boolean" },
  "no-color": { type: "boolean" },
  "max-bytes": { type: "string" },
  "max-rows": { type: "string" },
  record: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`--${flag}: unknown value '${value}' (choose from ${allowed.join(", ")})`);
}

function nonNegative(flag: string, value: string): number {
  const n = finite(flag, value);
  if (n < 0) throw new InputError(`--${flag}: ${value} must be 0 or more`);
  return n;
}

function learningRate(value: string): number {
  const lr = readLearningRate(value, QUOTE_MAX);
  if (typeof lr === "string") throw new InputError(`--lr: ${lr}`);
  return lr;
}

/** Frames a second: 12 keeps an SSH link calm and still looks live. */
export const DEFAULT_FPS = 12;
const MAX_FPS = 60;

export function fps(value: string): number {
  const n = integer("fps", value);
  if (n > MAX_FPS) throw new InputError(`--fps: ${value} is more than ${MAX_FPS}`);
  return n;
}

function integer(flag: string, value: string): number {
  if (!/^\+?\d+$/.test(value.trim()) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new InputError(`--${flag}: '${value}' is not a positive whole number`);
  }
  return Number(value);
}

/**
 * `--lr -0.5` as `--lr=-0.5`: parseArgs takes a value starting with `-` for a flag, so a negative
 * number is joined to the flag that takes it, and then judged like any other value.
 */
function joinNegativeValues(args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const spec = (OPTION_SPEC as Record<string, { type: string }>)[arg.replace(/^--/, "")];
    if (
      arg.startsWith("--") &&
      spec?.type === "string" &&
      next !== undefined &&
      /^-\.?\d/.test(next)
    ) {
      joined.push(`${arg}=${next}`);
      i++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

/**
 * `-h=x`: parseArgs reads it as the flags h, = and x, and would blame "-="; say what was meant.
 * gd-tui's one-letter flags take no values.
 */
function refuseShortWithValue(args: readonly string[]): void {
  for (const arg of args) {
    if (arg === "--") return;
    const letter = /^-([^-=])=/.exec(arg)?.[1];
    if (letter === undefined) continue;
    const isKnown = Object.values(OPTION_SPEC).some(
      (spec) => "short" in spec && spec.short === letter,
    );
    throw new InputError(
      isKnown ? `-${letter} takes no value` : `unknown flag -${letter} (see gd-tui --help)`,
    );
  }
}

/** Node's parseArgs messages, said the way the rest of gd-tui says things. */
export function argumentError(error: { code?: string; message: string }): InputError {
  const first = error.message.split("\n")[0] ?? error.message;
  // A flag with a short form is named as '-h, --help': the long form is the one to show.
  const flag = /'(?:-[^-], )?(-[^' ]+)/.exec(first)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new InputError(`unknown flag ${flag} (see gd-tui --help)`);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new InputError(
        `unexpected argument '${/'([^']*)'/.exec(first)?.[1]}' (see gd-tui --help)`,
      );
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return first.includes("does not take an argument")
        ? new InputError(`${flag} takes no value`)
        : new InputError(`${flag} needs a value`);
    default:
      return new InputError(first);
  }
}

export function parseOptions(args: readonly string[]): Options {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTION_SPEC; strict: true }>>["values"];
  refuseShortWithValue(args);
  try {
    ({ values } = parseArgs({
      args: joinNegativeValues(args),
      options: OPTION_SPEC,
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw argumentError(error as { code?: string; message: string });
  }
  const preset =
    values.preset === undefined
      ? "lecture3"
      : oneOf("preset", values.preset, Object.keys(PRESETS) as PresetId[]);
  if (!isPresetId(preset)) throw new InputError(`--preset: unknown value '${preset}'`);
  const model =
    values.model === undefined ? PRESETS[preset].model : oneOf("model", values.model, MODEL_IDS);
  const racers = readRacers(values.optimizer ?? [DEFAULTS.optimizer]);
  const schedule = readScheduleText(values.schedule ?? "constant");
  if (typeof schedule === "string") throw new InputError(`--schedule: ${schedule}`);
  const batch: number | "full" =
    values.batch === undefined
      ? 1
      : values.batch === "full"
        ? "full"
        : integer("batch", values.batch);
  if (!isModelId(model)) throw new InputError("unreachable");
  return {
    mode: values.help ? "help" : values.version ? "version" : values.print ? "print" : "dashboard",
    format: values.format === undefined ? "transcript" : oneOf("format", values.format, FORMATS),
    data: values.data,
    preset,
    model,
    optimizer: (racers[0] as Racer).optimizer,
    racers,
    lr: values.lr === undefined ? undefined : learningRate(values.lr),
    schedule,
    epochs: values.epochs === undefined ? DEFAULTS.maxEpochs : integer("epochs", values.epochs),
    hasEpochs: values.epochs !== undefined,
    batch,
    init: values.init,
    tolLoss:
      values["tol-loss"] === undefined
        ? DEFAULTS.tolLoss
        : nonNegative("tol-loss", values["tol-loss"]),
    tolGrad:
      values["tol-grad"] === undefined
        ? DEFAULTS.tolGrad
        : nonNegative("tol-grad", values["tol-grad"]),
    hasTolerance: values["tol-loss"] !== undefined || values["tol-grad"] !== undefined,
    fps: values.fps === undefined ? DEFAULT_FPS : fps(values.fps),
    ascii: values.ascii,
    color: !values["no-color"],
    dataLimits: {
      maxBytes:
        values["max-bytes"] === undefined
          ? DEFAULT_LIMITS.maxBytes
          : parseSize("max-bytes", values["max-bytes"]),
      maxRows:
        values["max-rows"] === undefined
          ? DEFAULT_LIMITS.maxRows
          : integer("max-rows", values["max-rows"]),
    },
    record: values.record,
  };
}

function readRacers(texts: readonly string[]): Racer[] {
  if (texts.length > MAX_RACERS) {
    throw new InputError(
      `--optimizer: given ${texts.length} times; a race takes at most ${MAX_RACERS}`,
    );
  }
  return texts.map((text) => {
    const optimizer = readOptimizerText(text);
    if (typeof optimizer === "string") throw new InputError(`--optimizer: ${optimizer}`);
    return { text, optimizer };
  });
}

/** Starting values from --init: a bare number for a one-parameter model, or `name=value,…`. */
export function parseInit(text: string | undefined, model: ModelId): number[] {
  const names = MODELS[model].params;
  const init: number[] = names.map(() => DEFAULTS.initValue);
  if (text === undefined) return init;
  const parts = text.split(",").map((part) => part.trim());
  if (parts.length === 1 && !(parts[0] as string).includes("=")) {
    if (names.length !== 1) {
      throw new InputError(
        `--init: '${text}' is a bare value, but ${model} has ${names.join(", ")}; write ${names.map((n) => `${n}=…`).join(",")}`,
      );
    }
    return [finite("init", parts[0] as string)];
  }
  const given = new Set<string>();
  for (const part of parts) {
    const [name, value, ...rest] = part.split("=");
    if (value === undefined || rest.length > 0 || name === undefined) {
      throw new InputError(`--init: '${part}' is not name=value`);
    }
    if (value.trim() === "") throw new InputError(`--init: ${name.trim()} has no value`);
    const index = names.indexOf(name.trim());
    if (index < 0)
      throw new InputError(
        `--init: ${model} has no parameter '${name.trim()}' (it has ${names.join(", ")})`,
      );
    if (given.has(name.trim())) throw new InputError(`--init: ${name.trim()} is given twice`);
    given.add(name.trim());
    init[index] = finite("init", value);
  }
  return init;
}

function finite(flag: string, value: string): number {
  const n = parseDecimal(value);
  if (Number.isNaN(n)) throw new InputError(`--${flag}: ${quote(value)} is not a number`);
  // 1e400 is a number, only not one a double can hold.
  if (!Number.isFinite(n)) {
    throw new InputError(`--${flag}: ${quote(value)} is out of range (beyond ±1.8e308)`);
  }
  return n;
}

/**
 * The run the options describe on `data`, as data; an InputError for the combinations that do
 * not fit. The rate is the optimizer's `lr=` if given, else --lr, else that optimizer's default
 * (torch's; the lecture's 0.01 for SGD and its momentum shorthands).
 */
export function buildSpec(
  options: Options,
  data: Dataset,
  defaultEpochs = options.epochs,
): RunSpec {
  const n = data.xs.length;
  if (options.batch !== "full" && options.batch > n) {
    throw new InputError(`--batch: ${options.batch} is larger than the data (${n} rows)`);
  }
  const model = MODELS[options.model];
  const init = parseInit(options.init, options.model);
  const problem = startProblem(data, model, init);
  if (problem) throw new InputError(startMessage(problem, options, data));
  const { id, hyper, lr = options.lr } = options.optimizer;
  return {
    data,
    model: options.model,
    batch: options.batch,
    init,
    optimizer: { id, hyper: lr === undefined ? hyper : { ...hyper, lr } },
    schedule: options.schedule,
    maxEpochs: options.hasEpochs ? options.epochs : defaultEpochs,
    tolLoss: options.tolLoss,
    tolGrad: options.tolGrad,
  };
}

/** One spec per racer, in the order given: the same data, model, init and batches for each. */
export function buildSpecs(
  options: Options,
  data: Dataset,
  defaultEpochs = options.epochs,
): RunSpec[] {
  return options.racers.map(({ optimizer }) =>
    buildSpec({ ...options, optimizer }, data, defaultEpochs),
  );
}

/** The resolved config of buildSpec's run. */
export function buildConfig(
  options: Options,
  data: Dataset,
  defaultEpochs = options.epochs,
): RunConfig {
  return runConfig(buildSpec(options, data, defaultEpochs));
}

/** An overflowing start in words: the data row to blame, or --init when it was given. */
function startMessage(problem: StartProblem, options: Options, data: Dataset): string {
  const { formula } = MODELS[options.model];
  const at = (row: number) => `${data.name} data row ${row + 1}`;
  const init = options.init === undefined ? undefined : `--init: ${quote(options.init)}`;
  switch (problem.kind) {
    case "data-row": {
      const value = (problem.column === "x" ? data.xs : data.ys)[problem.row] as number;
      return `${at(problem.row)}: ${problem.column} = ${formatShort(value)} is too large for ${formula} (the loss would overflow)`;
    }
    case "start-row":
      return init
        ? `${init} is too large: the loss at the start overflows (at data row ${problem.row + 1})`
        : `${at(problem.row)}: the loss at the start overflows`;
    case "sums":
      return init
        ? `${init} is too large: the mean loss at the start overflows`
        : `${data.name}: the mean loss over the data overflows at the start`;
    case "prediction":
      return `${init ?? "--init"} is too large: the prediction at x=4 overflows`;
    default:
      return problem satisfies never;
  }
}
