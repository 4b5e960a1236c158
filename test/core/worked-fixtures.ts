import { readFileSync } from "node:fs";
import type { RunConfig } from "../../src/core/config.js";
import { MODELS, type ModelId } from "../../src/core/models/index.js";
import { defaultSpec, type OptimizerId } from "../../src/core/optimizers/index.js";

/** A case written by fixtures/gen/worked_steps.py, which works each update out on its own. */
export interface WorkedCase {
  readonly name: string;
  readonly model: ModelId;
  readonly optimizer: OptimizerId;
  readonly lr: number;
  /** Updates taken before the Step panel is read. */
  readonly steps: number;
  /** The update the panel shows, 1-based. */
  readonly update: number;
  readonly lines: string[][];
}

export const WORKED_CASES: readonly WorkedCase[] = JSON.parse(
  readFileSync(new URL("../../fixtures/worked/steps.json", import.meta.url), "utf8"),
);

/** The run settings of a case: the lecture's data, every parameter starting at 1. */
export function workedConfig(c: WorkedCase): Partial<RunConfig> {
  const model = MODELS[c.model];
  return {
    model: c.model,
    optimizer: defaultSpec(c.optimizer),
    lr: c.lr,
    init: model.params.map(() => 1),
  };
}
