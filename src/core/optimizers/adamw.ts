import { adam } from "./adam.js";
import type { OptimizerDefinition } from "./optimizer.js";

/**
 * torch.optim.AdamW (https://pytorch.org/docs/stable/generated/torch.optim.AdamW.html): Adam
 * with the weight decay applied to the parameter itself, not added to the gradient:
 *   θ ← θ − γ·λ·θ;  t ← t + 1;  m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²
 *   v̂ as Adam's (amsgrad or not);  θ ← θ − γ·(m/(1 − β1ᵗ))/(√v̂ + ε)
 * State: as Adam's.
 */
export const adamw: OptimizerDefinition = {
  ...adam,
  id: "adamw",
  family: "adamw",
  torch: "torch.optim.AdamW",
  label: "AdamW",
  defaults: { ...adam.defaults, weight_decay: 1e-2 },
  step: `const decayed = param - lr * weight_decay * param;
    m = beta1 * m + (1 - beta1) * grad;
    v = beta2 * v + (1 - beta2) * (grad * grad);
    let vhat = v;
    if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
    next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);`,
};
