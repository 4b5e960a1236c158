import type { RunConfig } from "../../src/core/config.js";
import { createRun } from "../../src/core/run.js";
import { type OptimizerText, readOptimizerText } from "../../src/core/spec-text.js";
import { createSession, type Session } from "../../src/ui/session.js";
import { lectureConfig } from "./helpers.js";

/** The race: SGD, SGD with momentum, Adam at lr 0.1. */
export const THREE = ["sgd", "momentum", "adam:lr=0.1"];
/** Eight racers, one of every kind the key bar may have to tell apart. */
export const EIGHT = [
  "sgd",
  "momentum",
  "nesterov",
  "adam:lr=0.1",
  "adamw:lr=0.1",
  "rmsprop",
  "adagrad:lr=0.5",
  "sgd:lr=0.3",
];

/** The lecture's config for an optimizer as --optimizer takes it (its lr=, else 0.01). */
export function racerConfig(text: string, overrides: Partial<RunConfig> = {}): RunConfig {
  const read = readOptimizerText(text) as OptimizerText;
  return {
    ...lectureConfig(overrides),
    optimizer: { id: read.id, hyper: read.hyper },
    lr: read.lr ?? 0.01,
  };
}

/** A fresh race of `texts`, the data summed once, the first followed. */
export function raceSession(texts: readonly string[], overrides: Partial<RunConfig> = {}): Session {
  const [first, ...rest] = texts.map((t) => racerConfig(t, overrides));
  const start = createRun(first as RunConfig);
  return createSession([start, ...rest.map((c) => createRun(c, start.stats))]);
}
