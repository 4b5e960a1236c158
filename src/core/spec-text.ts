import { readLearningRate } from "./config.js";
import { parseDecimal } from "./format.js";
import {
  type Hyper,
  type HyperValue,
  isOptimizerId,
  OPTIMIZER_IDS,
  OPTIMIZERS,
  type OptimizerId,
} from "./optimizers/index.js";
import { QUOTE_MAX, quote } from "./quote.js";
import {
  SCHEDULE_DEFAULTS,
  SCHEDULE_IDS,
  type ScheduleId,
  type ScheduleSpec,
  type ScheduleValue,
} from "./schedules.js";

/**
 * `NAME[:key=value,...]` for an optimizer or a schedule, read as torch's keyword arguments are:
 * numbers, `true`/`false`, pairs and lists written `a/b`. What the CLI's flags and a prompt take;
 * a reason in words (naming the optimizer or schedule, the key and the value) when it is not one.
 */

/** What `--optimizer` text asks for: the optimizer, every hyperparameter, and `lr=` if given. */
export interface OptimizerText {
  readonly id: OptimizerId;
  readonly hyper: Hyper;
  readonly lr: number | undefined;
}

interface Item {
  readonly key: string;
  readonly text: string;
}

function splitSpec(text: string): { name: string; items: Item[] } | string {
  const colon = text.indexOf(":");
  const name = (colon < 0 ? text : text.slice(0, colon)).trim();
  const rest = colon < 0 ? "" : text.slice(colon + 1);
  const items: Item[] = [];
  for (const part of rest.trim() === "" ? [] : rest.split(",")) {
    const eq = part.indexOf("=");
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (eq < 0 || part.slice(eq + 1).trim() === "")
      return `${shown(name)}: ${shown(key)} has no value (write ${shown(key)}=…)`;
    if (items.some((item) => item.key === key))
      return `${shown(name)}: ${shown(key)} is given twice`;
    items.push({ key, text: part.slice(eq + 1).trim() });
  }
  return { name, items };
}

/** A value as a message shows it: as typed when short and plain, else quoted (escaped, cut). */
function shown(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) && text.length <= QUOTE_MAX ? text : quote(text);
}

function finiteNumber(text: string): number | undefined {
  const value = parseDecimal(text);
  return Number.isFinite(value) ? value : undefined;
}

/** A value typed like the default it replaces, or why it is not one. */
function hyperValue(text: string, like: HyperValue): HyperValue | string {
  if (typeof like === "boolean") {
    if (text === "true" || text === "false") return text === "true";
    return "is not true or false";
  }
  if (Array.isArray(like)) {
    const parts = text.split("/").map(finiteNumber);
    const [a, b] = parts;
    if (parts.length !== 2 || a === undefined || b === undefined) return "is not two numbers a/b";
    return [a, b];
  }
  return finiteNumber(text) ?? "is not a finite number";
}

export function readOptimizerText(text: string): OptimizerText | string {
  const split = splitSpec(text);
  if (typeof split === "string") return split;
  const { name, items } = split;
  if (!isOptimizerId(name))
    return `unknown optimizer ${quote(name)} (choose from ${OPTIMIZER_IDS.join(", ")})`;
  const optimizer = OPTIMIZERS[name];
  const hyper: Record<string, HyperValue> = { ...optimizer.defaults };
  let lr: number | undefined;
  for (const { key, text: value } of items) {
    if (key === "lr") {
      const rate = readLearningRate(value, QUOTE_MAX);
      if (typeof rate === "string") return `${name}: lr ${rate}`;
      lr = rate;
      continue;
    }
    const like = optimizer.defaults[key];
    if (like === undefined) {
      const keys = ["lr", ...Object.keys(optimizer.defaults)].join(", ");
      return `${name} takes no ${shown(key)} (it takes ${keys})`;
    }
    const read = hyperValue(value, like);
    if (typeof read === "string") return `${name}: ${key}=${shown(value)} ${read}`;
    hyper[key] = read;
  }
  const bad = optimizer.check(hyper);
  if (bad) {
    const given = items.find((item) => item.key === bad.key)?.text;
    const value = given ?? String(hyper[bad.key]);
    return `${name}: ${bad.key}=${shown(value)} ${bad.reason}`;
  }
  return { id: name, hyper, lr };
}

const INTEGERS = new Set(["step_size", "T_max", "total_iters", "patience", "cooldown"]);

/** torch's constructors reject these, or its schedules divide by them at the first step. */
const RULES: Partial<Record<ScheduleId, Record<string, [(v: number) => boolean, string]>>> = {
  step: { step_size: [(v) => v >= 1, "must be 1 or more"] },
  cosine: { T_max: [(v) => v >= 1, "must be 1 or more"] },
  linear: {
    start_factor: [(v) => v > 0 && v <= 1, "must be in (0, 1]"],
    end_factor: [(v) => v >= 0 && v <= 1, "must be in [0, 1]"],
    total_iters: [(v) => v >= 1, "must be 1 or more"],
  },
  plateau: {
    factor: [(v) => v < 1, "must be below 1"],
    patience: [(v) => v >= 0, "must be 0 or more"],
    cooldown: [(v) => v >= 0, "must be 0 or more"],
    min_lr: [(v) => v >= 0, "must be 0 or more"],
    eps: [(v) => v >= 0, "must be 0 or more"],
  },
};

/** A schedule parameter's value, or `{ error }` saying why the text is not one. */
function scheduleValue(key: string, text: string): ScheduleValue | { readonly error: string } {
  const isWhole = (t: string) => /^[+-]?\d+$/.test(t) && Number.isSafeInteger(Number(t));
  if (key === "milestones") {
    const parts = text.split("/");
    if (!parts.every(isWhole)) return { error: "is not whole numbers a/b/c" };
    return parts.map(Number);
  }
  if (key === "threshold_mode")
    return text === "rel" || text === "abs" ? text : { error: "is not rel or abs" };
  if (INTEGERS.has(key)) return isWhole(text) ? Number(text) : { error: "is not a whole number" };
  return finiteNumber(text) ?? { error: "is not a finite number" };
}

export function readScheduleText(text: string): ScheduleSpec | string {
  const split = splitSpec(text);
  if (typeof split === "string") return split;
  const { name, items } = split;
  if (!(SCHEDULE_IDS as readonly string[]).includes(name))
    return `unknown schedule ${quote(name)} (choose from ${SCHEDULE_IDS.join(", ")})`;
  const id = name as ScheduleId;
  const defaults = SCHEDULE_DEFAULTS[id];
  const params: Record<string, ScheduleValue | undefined> = { ...defaults };
  for (const { key, text: value } of items) {
    if (!Object.hasOwn(defaults, key)) {
      const keys = Object.keys(defaults);
      return `${name} takes no ${shown(key)}${keys.length > 0 ? ` (it takes ${keys.join(", ")})` : ""}`;
    }
    const read = scheduleValue(key, value);
    if (typeof read === "object" && "error" in read)
      return `${name}: ${key}=${shown(value)} ${read.error}`;
    params[key] = read;
  }
  const missing = Object.keys(params).filter((key) => params[key] === undefined);
  if (missing.length > 0) return `${name} needs ${missing.map((k) => `${k}=…`).join(", ")}`;
  for (const [key, [isOk, reason]] of Object.entries(RULES[id] ?? {})) {
    if (!isOk(params[key] as number)) return `${name}: ${key}=${String(params[key])} ${reason}`;
  }
  return { id, params: params as Record<string, ScheduleValue> };
}
