import type { Optimizer } from "./optimizer.js";

/**
 * torch.optim.RMSprop with alpha 0.99, eps 1e-8, momentum 0, centered False
 * (https://pytorch.org/docs/stable/generated/torch.optim.RMSprop.html):
 *   v ← α·v + (1 − α)·g²;  θ ← θ − γ·g / (√v + ε)
 * State: [v_1 … v_p].
 */
const ALPHA = 0.99;
const EPS = 1e-8;

export const rmsprop: Optimizer = {
  id: "rmsprop",
  label: "RMSprop",
  stateSize: (p) => p,
  update(params, state, grads, lr, nextParams, nextState) {
    for (let i = 0; i < params.length; i++) {
      const g = grads[i] as number;
      const v = ALPHA * (state[i] as number) + (1 - ALPHA) * (g * g);
      nextState[i] = v;
      nextParams[i] = (params[i] as number) - lr * (g / (Math.sqrt(v) + EPS));
    }
  },
};
