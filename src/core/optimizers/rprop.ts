import type { OptimizerDefinition } from "./optimizer.js";

/**
 * torch.optim.Rprop (https://pytorch.org/docs/stable/generated/torch.optim.Rprop.html),
 * etas (η−, η+), step sizes (Γmin, Γmax); each parameter's step size η starts at the lr:
 *   g_prev·g > 0: η ← min(η·η+, Γmax)
 *   g_prev·g < 0: η ← max(η·η−, Γmin), g ← 0   (no move; the next step sees no sign change)
 *   θ ← θ − η·sign(g);  g_prev ← g
 * The lr is read once, as the first step size: a later change of rate does not move Rprop.
 * State: [t, η_1 … η_p, g_prev_1 … g_prev_p].
 */
export const rprop: OptimizerDefinition = {
  id: "rprop",
  family: "rprop",
  torch: "torch.optim.Rprop",
  label: "Rprop",
  lr: 1e-2,
  defaults: { etas: [0.5, 1.2], step_sizes: [1e-6, 50] },
  pairs: { etas: ["etaMinus", "etaPlus"], step_sizes: ["stepMin", "stepMax"] },
  check(hyper) {
    const [minus, plus] = hyper.etas as readonly [number, number];
    if (!(minus > 0 && minus < 1 && plus > 1))
      return { key: "etas", reason: "must be 0 < eta- < 1 < eta+" };
    return undefined;
  },
  scalars: ["t"],
  slots: ["size", "prev"],
  prepare: "t = t + 1;",
  step: `let d = grad;
    let eta = t === 1 ? lr : size;
    if (prev * d > 0) {
      const grown = eta * etaPlus;
      eta = grown < stepMax ? grown : stepMax;
    } else if (prev * d < 0) {
      const shrunk = eta * etaMinus;
      eta = shrunk > stepMin ? shrunk : stepMin;
      d = 0;
    }
    size = eta;
    prev = d;
    next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);`,
};
