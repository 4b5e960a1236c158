import type { Optimizer } from "./optimizer.js";

/**
 * Plain SGD, torch.optim.SGD with momentum 0 (https://pytorch.org/docs/stable/generated/torch.optim.SGD.html):
 *   θ ← θ − γ·g
 * Written as `θ - lr * g`, the lecture's `w = w - lr * grad`, so every digit matches its script.
 */
export const sgd: Optimizer = {
  id: "sgd",
  label: "SGD",
  stateSize: () => 0,
  update(params, _state, grads, lr, nextParams) {
    for (let i = 0; i < params.length; i++) {
      nextParams[i] = (params[i] as number) - lr * (grads[i] as number);
    }
  },
};
