import { defineOptimizer } from "./optimizer.js";

/**
 * torch.optim.Adagrad with lr_decay 0, eps 1e-10, initial_accumulator_value 0
 * (https://pytorch.org/docs/stable/generated/torch.optim.Adagrad.html):
 *   t ← t + 1;  γ̃ ← γ / (1 + (t − 1)·η);  s ← s + g²;  θ ← θ − γ̃·g / (√s + ε)
 * State: [t, s_1 … s_p].
 */
const LR_DECAY = 0;
const EPS = 1e-10;

export const adagrad = defineOptimizer({
  id: "adagrad",
  label: "Adagrad",
  scalars: ["t"],
  slots: ["s"],
  prepare: `t = t + 1; const clr = lr / (1 + (t - 1) * ${LR_DECAY});`,
  step: `s = s + grad * grad;
    next = param - clr * (grad / (Math.sqrt(s) + ${EPS}));`,
});
