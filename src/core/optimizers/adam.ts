import type { Optimizer } from "./optimizer.js";

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

export const adam: Optimizer = {
  id: "adam",
  label: "Adam",
  stateSize: (p) => 2 * p + 1,
  update(params, state, grads, lr, nextParams, nextState) {
    const p = params.length;
    const t = (state[0] as number) + 1;
    nextState[0] = t;
    const correction1 = 1 - BETA1 ** t;
    const correction2 = 1 - BETA2 ** t;
    for (let i = 0; i < p; i++) {
      const g = grads[i] as number;
      const m = BETA1 * (state[1 + i] as number) + (1 - BETA1) * g;
      const v = BETA2 * (state[1 + p + i] as number) + (1 - BETA2) * (g * g);
      nextState[1 + i] = m;
      nextState[1 + p + i] = v;
      nextParams[i] =
        (params[i] as number) - (lr * (m / correction1)) / (Math.sqrt(v / correction2) + EPS);
    }
  },
};
