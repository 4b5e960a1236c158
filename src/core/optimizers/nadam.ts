import { checkBetas, DECAYED, nonNegative, type OptimizerDefinition } from "./optimizer.js";

/**
 * torch.optim.NAdam (https://pytorch.org/docs/stable/generated/torch.optim.NAdam.html),
 * momentum decay ψ:
 *   g ← g + λ·θ;  t ← t + 1;  μ_t = β1·(1 − ½·0.96^(t·ψ));  μ_{t+1} likewise
 *   m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²
 *   m̂ = μ_{t+1}·m/(1 − ∏_{i≤t+1} μ_i) + (1 − μ_t)·g/(1 − ∏_{i≤t} μ_i);  v̂ = v/(1 − β2ᵗ)
 *   θ ← θ − γ·m̂/(√v̂ + ε)
 * State: [t, ∏ μ_i, m_1 … m_p, v_1 … v_p].
 */
export const nadam: OptimizerDefinition = {
  id: "nadam",
  family: "nadam",
  torch: "torch.optim.NAdam",
  label: "NAdam",
  lr: 2e-3,
  defaults: { betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, momentum_decay: 4e-3 },
  pairs: { betas: ["beta1", "beta2"] },
  check: (hyper) =>
    checkBetas(hyper) ?? nonNegative(hyper, ["eps", "weight_decay", "momentum_decay"]),
  scalars: ["t", "muProduct"],
  slots: ["m", "v"],
  prepare: `t = t + 1;
    const mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentum_decay));
    const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentum_decay));
    muProduct = (t === 1 ? 1 : muProduct) * mu;
    const correction2 = 1 - beta2 ** t;`,
  step: `${DECAYED}
    m = beta1 * m + (1 - beta1) * d;
    v = beta2 * v + (1 - beta2) * (d * d);
    const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
    next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);`,
};
