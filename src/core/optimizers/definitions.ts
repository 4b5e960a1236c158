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
import { momentum, nesterov, sgd, sgdPlain } from "./sgd.js";

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

/**
 * One of each family (the SGD shorthands share sgd's formulas), and plain SGD's fast path: one
 * generated update and set of kernels each.
 */
export const FAMILIES: readonly OptimizerDefinition[] = [
  ...Object.values(OPTIMIZER_DEFINITIONS).filter((o) => o.family === o.id),
  sgdPlain,
];
