import { checkBetas, DECAYED, nonNegative, type OptimizerDefinition } from "./optimizer.js";

/**
 * torch.optim.Adamax (https://pytorch.org/docs/stable/generated/torch.optim.Adamax.html):
 *   g ← g + λ·θ;  t ← t + 1;  m ← β1·m + (1 − β1)·g;  u ← max(β2·u, |g| + ε)
 *   θ ← θ − γ·m/((1 − β1ᵗ)·u)
 * State: [t, m_1 … m_p, u_1 … u_p].
 */
export const adamax: OptimizerDefinition = {
  id: "adamax",
  family: "adamax",
  torch: "torch.optim.Adamax",
  label: "Adamax",
  lr: 2e-3,
  defaults: { betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0 },
  pairs: { betas: ["beta1", "beta2"] },
  check: (hyper) => checkBetas(hyper) ?? nonNegative(hyper, ["eps", "weight_decay"]),
  scalars: ["t"],
  slots: ["m", "u"],
  prepare: "t = t + 1; const correction1 = 1 - beta1 ** t;",
  step: `${DECAYED}
    m = beta1 * m + (1 - beta1) * d;
    const decayedNorm = beta2 * u;
    const size = Math.abs(d) + eps;
    u = decayedNorm > size ? decayedNorm : size;
    next = param - (lr * m) / (correction1 * u);`,
};
