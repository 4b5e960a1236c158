import { DECAYED, nonNegative, type OptimizerDefinition } from "./optimizer.js";

/**
 * torch.optim.RMSprop (https://pytorch.org/docs/stable/generated/torch.optim.RMSprop.html):
 *   g ← g + λ·θ;  v ← α·v + (1 − α)·g²;  ṽ = v
 *   centered: ḡ ← α·ḡ + (1 − α)·g,  ṽ ← ṽ − ḡ²
 *   momentum μ > 0: b ← μ·b + g/(√ṽ + ε),  θ ← θ − γ·b;  else θ ← θ − γ·g/(√ṽ + ε)
 * State: [v_1 … v_p, ḡ_1 … ḡ_p, b_1 … b_p].
 */
export const rmsprop: OptimizerDefinition = {
  id: "rmsprop",
  family: "rmsprop",
  torch: "torch.optim.RMSprop",
  label: "RMSprop",
  lr: 1e-2,
  defaults: { alpha: 0.99, eps: 1e-8, weight_decay: 0, momentum: 0, centered: false },
  check: (hyper) => nonNegative(hyper, ["alpha", "eps", "weight_decay", "momentum"]),
  scalars: [],
  slots: ["v", "gavg", "b"],
  prepare: "",
  step: `${DECAYED}
    v = alpha * v + (1 - alpha) * (d * d);
    let vt = v;
    if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
    if (momentum > 0) {
      b = momentum * b + d / (Math.sqrt(vt) + eps);
      next = param - lr * b;
    } else {
      next = param - lr * (d / (Math.sqrt(vt) + eps));
    }`,
};
