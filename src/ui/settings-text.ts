import { OPTIMIZERS, type OptimizerSpec } from "../core/optimizers/index.js";
import { readOptimizerText } from "../core/spec-text.js";

/**
 * The optimizer in use with the settings typed (`momentum=0.5`, `betas=0.8/0.99`), the others as
 * they are, or the reason the text is refused (as --optimizer would say it). `lr=` is refused: the
 * learning rate has its own keys, and a schedule may be setting it.
 */
export function parseSettings(spec: OptimizerSpec, text: string): OptimizerSpec | string {
  if (text.trim() === "") return `type ${spec.id} settings, e.g. ${exampleSetting(spec)}`;
  const read = readOptimizerText(`${spec.id}:${text}`);
  if (typeof read === "string") return read;
  if (read.lr !== undefined) return "set the learning rate with l, + or -";
  const typed = new Set(text.split(",").map((part) => part.split("=")[0]?.trim()));
  const hyper = { ...spec.hyper };
  for (const [key, value] of Object.entries(read.hyper)) if (typed.has(key)) hyper[key] = value;
  return { id: spec.id, hyper };
}

function exampleSetting(spec: OptimizerSpec): string {
  const key = Object.keys(OPTIMIZERS[spec.id].defaults)[0];
  const value = key === undefined ? undefined : spec.hyper[key];
  if (key === undefined || value === undefined) return "(it has no settings but lr)";
  return `${key}=${Array.isArray(value) ? value.join("/") : String(value)}`;
}
