import { checkBetas, DECAYED, nonNegative, type OptimizerDefinition } from "./optimizer.js";

/**
 * torch.optim.Adam (https://pytorch.org/docs/stable/generated/torch.optim.Adam.html):
 *   g ← g + λ·θ;  t ← t + 1;  m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²
 *   amsgrad: v_max ← max(v_max, v), v̂ = v_max/(1 − β2ᵗ);  else v̂ = v/(1 − β2ᵗ)
 *   m̂ = m/(1 − β1ᵗ);  θ ← θ − γ·m̂/(√v̂ + ε)
 * State: [t, m_1 … m_p, v_1 … v_p, v_max_1 … v_max_p].
 */
export const adam: OptimizerDefinition = {
  id: "adam",
  family: "adam",
  torch: "torch.optim.Adam",
  label: "Adam",
  lr: 1e-3,
  defaults: { betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, amsgrad: false },
  pairs: { betas: ["beta1", "beta2"] },
  check: (hyper) => checkBetas(hyper) ?? nonNegative(hyper, ["eps", "weight_decay"]),
  scalars: ["t"],
  slots: ["m", "v", "vmax"],
  prepare: `t = t + 1;
    const correction1 = 1 - beta1 ** t;
    const correction2 = 1 - beta2 ** t;`,
  step: `${DECAYED}
    m = beta1 * m + (1 - beta1) * d;
    v = beta2 * v + (1 - beta2) * (d * d);
    let vhat = v;
    if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
    next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);`,
};
