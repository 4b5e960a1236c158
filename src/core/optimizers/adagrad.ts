import type { Optimizer } from "./optimizer.js";

/**
 * torch.optim.Adagrad with lr_decay 0, eps 1e-10, initial_accumulator_value 0
 * (https://pytorch.org/docs/stable/generated/torch.optim.Adagrad.html):
 *   t ← t + 1;  γ̃ ← γ / (1 + (t − 1)·η);  s ← s + g²;  θ ← θ − γ̃·g / (√s + ε)
 * State: [t, s_1 … s_p].
 */
const LR_DECAY = 0;
const EPS = 1e-10;

export const adagrad: Optimizer = {
  id: "adagrad",
  label: "Adagrad",
  stateSize: (p) => p + 1,
  update(params, state, grads, lr, nextParams, nextState) {
    const t = (state[0] as number) + 1;
    nextState[0] = t;
    const clr = lr / (1 + (t - 1) * LR_DECAY);
    for (let i = 0; i < params.length; i++) {
      const g = grads[i] as number;
      const s = (state[i + 1] as number) + g * g;
      nextState[i + 1] = s;
      nextParams[i] = (params[i] as number) - clr * (g / (Math.sqrt(s) + EPS));
    }
  },
};
