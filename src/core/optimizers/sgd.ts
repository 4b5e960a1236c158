import { DECAYED, nonNegative, type OptimizerDefinition } from "./optimizer.js";

/**
 * torch.optim.SGD (https://pytorch.org/docs/stable/generated/torch.optim.SGD.html), momentum μ,
 * dampening τ, weight decay λ, nesterov:
 *   g ← g + λ·θ;  b ← g on the first step, else b ← μ·b + (1 − τ)·g
 *   g ← g + μ·b with nesterov, else g ← b (when μ ≠ 0);  θ ← θ − γ·g
 * With μ = 0 and λ = 0 this is `θ - lr * g`, the lecture's `w = w - lr * grad`, digit for digit.
 * State: [started, b_1 … b_p]; `started` stands for torch's "buffer is None" check.
 */
const SGD_DEFAULTS = { momentum: 0, dampening: 0, weight_decay: 0, nesterov: false };

export const sgdFormulas = {
  family: "sgd",
  torch: "torch.optim.SGD",
  // torch's SGD had no default rate until 2.x; gd-tui keeps the lecture's.
  lr: 0.01,
  scalars: ["started"],
  slots: ["b"],
  // The buffer starts at the first step that uses it: plain SGD leaves the state all zeros.
  prepare: "const isFirst = started === 0; if (momentum !== 0) started = 1;",
  step: `${DECAYED}
    if (momentum !== 0) {
      b = isFirst ? d : momentum * b + (1 - dampening) * d;
      d = nesterov !== 0 ? d + momentum * b : b;
    }
    next = param - lr * d;`,
  check(hyper: OptimizerDefinition["defaults"]) {
    const bad = nonNegative(hyper, ["momentum", "weight_decay"]);
    if (bad) return bad;
    if (hyper.nesterov === true && !((hyper.momentum as number) > 0))
      return { key: "nesterov", reason: "needs a momentum above 0" };
    if (hyper.nesterov === true && hyper.dampening !== 0)
      return { key: "nesterov", reason: "needs dampening 0" };
    return undefined;
  },
} as const;

export const sgd: OptimizerDefinition = {
  ...sgdFormulas,
  id: "sgd",
  label: "SGD",
  defaults: SGD_DEFAULTS,
};

/** gd-tui's shorthands: torch.optim.SGD with momentum 0.9, and with Nesterov momentum. */
export const momentum: OptimizerDefinition = {
  ...sgdFormulas,
  id: "momentum",
  label: "SGD + momentum",
  defaults: { ...SGD_DEFAULTS, momentum: 0.9 },
};

export const nesterov: OptimizerDefinition = {
  ...sgdFormulas,
  id: "nesterov",
  label: "SGD + Nesterov",
  defaults: { ...SGD_DEFAULTS, momentum: 0.9, nesterov: true },
};

/**
 * The same update when momentum and weight decay are 0 (plain SGD, the lecture's): its own
 * generated kernel, which keeps no state (SGD's update leaves it all zeros then), so the engine's
 * most common loop carries no branch it never takes and runs as fast as before hyperparameters.
 */
export const sgdPlain: OptimizerDefinition = {
  ...sgd,
  family: "sgdPlain",
  scalars: [],
  slots: [],
  prepare: "",
  step: "next = param - lr * grad;",
};

/** Whether an SGD-family spec can use the plain kernel. */
export function isPlainSgd(hyper: OptimizerDefinition["defaults"]): boolean {
  return hyper.momentum === 0 && hyper.weight_decay === 0;
}
