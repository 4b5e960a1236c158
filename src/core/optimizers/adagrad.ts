import { DECAYED, nonNegative, type OptimizerDefinition } from "./optimizer.js";

/**
 * torch.optim.Adagrad (https://pytorch.org/docs/stable/generated/torch.optim.Adagrad.html):
 *   g ← g + λ·θ;  t ← t + 1;  γ̃ ← γ/(1 + (t − 1)·η)
 *   s ← s + g² (s starts at initial_accumulator_value);  θ ← θ − γ̃·g/(√s + ε)
 * State: [t, s_1 … s_p].
 */
export const adagrad: OptimizerDefinition = {
  id: "adagrad",
  family: "adagrad",
  torch: "torch.optim.Adagrad",
  label: "Adagrad",
  lr: 1e-2,
  defaults: { lr_decay: 0, weight_decay: 0, initial_accumulator_value: 0, eps: 1e-10 },
  check: (hyper) =>
    nonNegative(hyper, ["lr_decay", "weight_decay", "initial_accumulator_value", "eps"]),
  scalars: ["t"],
  slots: ["s"],
  prepare: "t = t + 1; const clr = lr / (1 + (t - 1) * lr_decay);",
  step: `${DECAYED}
    s = (t === 1 ? initial_accumulator_value : s) + d * d;
    next = param - clr * (d / (Math.sqrt(s) + eps));`,
};
