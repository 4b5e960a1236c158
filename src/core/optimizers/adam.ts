import { defineOptimizer } from "./optimizer.js";

/**
 * torch.optim.Adam with betas (0.9, 0.999), eps 1e-8, amsgrad False
 * (https://pytorch.org/docs/stable/generated/torch.optim.Adam.html):
 *   t ← t + 1;  m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²
 *   m̂ ← m / (1 − β1ᵗ);  v̂ ← v / (1 − β2ᵗ);  θ ← θ − γ·m̂ / (√v̂ + ε)
 * State: [t, m_1 … m_p, v_1 … v_p].
 */
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-8;

export const adam = defineOptimizer({
  id: "adam",
  label: "Adam",
  scalars: ["t"],
  slots: ["m", "v"],
  prepare: `t = t + 1;
    const correction1 = 1 - ${BETA1} ** t;
    const correction2 = 1 - ${BETA2} ** t;`,
  step: `m = ${BETA1} * m + (1 - ${BETA1}) * grad;
    v = ${BETA2} * v + (1 - ${BETA2}) * (grad * grad);
    next = param - (lr * (m / correction1)) / (Math.sqrt(v / correction2) + ${EPS});`,
});
