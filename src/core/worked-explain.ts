import type { OptimizerId } from "./optimizers/index.js";
import { adadelta, adamax, nadam, radam, rprop } from "./worked-adaptive.js";
import {
  adagrad,
  adam,
  adamw,
  type Explain,
  moved,
  type OptimizerWork,
  rmsprop,
  sgdFamily,
  type WorkLine,
  workNumber,
} from "./worked-optimizer.js";

/** Any update, true whatever the optimizer: the gradient it was given and where it went. */
function movedOnly(work: OptimizerWork): WorkLine[] {
  return [
    [`${work.label}, its state not worked out here`, work.gradNote],
    ...work.params.map(
      (p): WorkLine => [`${p.name}: ${workNumber(p.before)} → ${workNumber(p.after)}`, moved(p)],
    ),
  ];
}

const EXPLAIN: Readonly<Record<OptimizerId, Explain>> = {
  sgd: sgdFamily,
  momentum: sgdFamily,
  nesterov: sgdFamily,
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

/** The optimizer's lines for one update: worked out where it can be, else the move alone. */
export function explainUpdate(id: OptimizerId, work: OptimizerWork): WorkLine[] {
  return EXPLAIN[id](work) ?? movedOnly(work);
}
