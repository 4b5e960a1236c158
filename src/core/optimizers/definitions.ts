import { adadelta } from "./adadelta.js";
import { adagrad } from "./adagrad.js";
import { adam } from "./adam.js";
import { adamax } from "./adamax.js";
import { adamw } from "./adamw.js";
import { nadam } from "./nadam.js";
import type { OptimizerDefinition, OptimizerId } from "./optimizer.js";
import { radam } from "./radam.js";
import { rmsprop } from "./rmsprop.js";
import { rprop } from "./rprop.js";
import { momentum, nesterov, sgd } from "./sgd.js";

/** The twelve, in the order `o` cycles through them: what the kernel generator reads. */
export const OPTIMIZER_DEFINITIONS: Readonly<Record<OptimizerId, OptimizerDefinition>> = {
  sgd,
  momentum,
  nesterov,
  adam,
  adamw,
  nadam,
  radam,
  adamax,
  adadelta,
  adagrad,
  rmsprop,
  rprop,
};

/** One of each family (the SGD shorthands share sgd's formulas): one generated update each. */
export const FAMILIES: readonly OptimizerDefinition[] = Object.values(OPTIMIZER_DEFINITIONS).filter(
  (o) => o.family === o.id,
);
