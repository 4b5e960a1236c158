import { checkBetas, DECAYED, nonNegative, type OptimizerDefinition } from "./optimizer.js";

/**
 * torch.optim.RAdam (https://pytorch.org/docs/stable/generated/torch.optim.RAdam.html):
 *   g ← g + λ·θ;  t ← t + 1;  m, v as Adam's;  m̂ = m/(1 − β1ᵗ)
 *   ρ∞ = 2/(1 − β2) − 1;  ρ_t = ρ∞ − 2t·β2ᵗ/(1 − β2ᵗ)
 *   ρ_t > 5: l = √(1 − β2ᵗ)/(√v + ε),  r = √((ρ_t − 4)(ρ_t − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρ_t)),
 *            θ ← θ − γ·m̂·r·l
 *   else:    θ ← θ − γ·m̂   (the first steps, before the variance can be trusted)
 * State: [t, m_1 … m_p, v_1 … v_p].
 */
export const radam: OptimizerDefinition = {
  id: "radam",
  family: "radam",
  torch: "torch.optim.RAdam",
  label: "RAdam",
  lr: 1e-3,
  defaults: { betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0 },
  pairs: { betas: ["beta1", "beta2"] },
  check: (hyper) => checkBetas(hyper) ?? nonNegative(hyper, ["eps", "weight_decay"]),
  scalars: ["t"],
  slots: ["m", "v"],
  prepare: `t = t + 1;
    const correction1 = 1 - beta1 ** t;
    const beta2t = beta2 ** t;
    const correction2 = 1 - beta2t;
    const rhoInf = 2 / (1 - beta2) - 1;
    const rhoT = rhoInf - (2 * t * beta2t) / correction2;
    const isRectified = rhoT > 5;
    const rect = isRectified
      ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
      : 0;`,
  step: `${DECAYED}
    m = beta1 * m + (1 - beta1) * d;
    v = beta2 * v + (1 - beta2) * (d * d);
    const mhat = m / correction1;
    next = isRectified
      ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
      : param - lr * mhat;`,
};
