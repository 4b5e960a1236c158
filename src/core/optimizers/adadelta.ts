import { DECAYED, nonNegative, type OptimizerDefinition } from "./optimizer.js";

/**
 * torch.optim.Adadelta (https://pytorch.org/docs/stable/generated/torch.optim.Adadelta.html):
 *   g ← g + λ·θ;  v ← ρ·v + (1 − ρ)·g²;  Δx = √(u + ε)/√(v + ε)·g
 *   u ← ρ·u + (1 − ρ)·Δx²;  θ ← θ − γ·Δx
 * State: [v_1 … v_p, u_1 … u_p].
 */
export const adadelta: OptimizerDefinition = {
  id: "adadelta",
  family: "adadelta",
  torch: "torch.optim.Adadelta",
  label: "Adadelta",
  lr: 1,
  defaults: { rho: 0.9, eps: 1e-6, weight_decay: 0 },
  check(hyper) {
    const rho = hyper.rho as number;
    if (!(rho >= 0 && rho <= 1)) return { key: "rho", reason: "must be in [0, 1]" };
    return nonNegative(hyper, ["eps", "weight_decay"]);
  },
  scalars: [],
  slots: ["v", "u"],
  prepare: "",
  step: `${DECAYED}
    v = rho * v + (1 - rho) * d * d;
    const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
    u = rho * u + (1 - rho) * delta * delta;
    next = param - lr * delta;`,
};
