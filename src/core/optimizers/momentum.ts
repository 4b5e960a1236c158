import type { Optimizer } from "./optimizer.js";

/**
 * SGD with momentum, torch.optim.SGD(momentum=0.9, dampening=0, nesterov=False)
 * (https://pytorch.org/docs/stable/generated/torch.optim.SGD.html):
 *   b ← g on the first step, else b ← μ·b + (1 − τ)·g;   θ ← θ − γ·b
 * and with nesterov=True the step uses g + μ·b instead of b.
 * State: [started, b_1 … b_p]; `started` stands for torch's "buffer is None" check.
 */
export const MOMENTUM = 0.9;
const DAMPENING = 0;

function makeMomentum(isNesterov: boolean): Optimizer {
  return {
    id: isNesterov ? "nesterov" : "momentum",
    label: isNesterov ? `SGD + Nesterov ${MOMENTUM}` : `SGD + momentum ${MOMENTUM}`,
    stateSize: (p) => p + 1,
    update(params, state, grads, lr, nextParams, nextState) {
      const isFirst = state[0] === 0;
      nextState[0] = 1;
      for (let i = 0; i < params.length; i++) {
        const g = grads[i] as number;
        const b = isFirst ? g : MOMENTUM * (state[i + 1] as number) + (1 - DAMPENING) * g;
        nextState[i + 1] = b;
        const step = isNesterov ? g + MOMENTUM * b : b;
        nextParams[i] = (params[i] as number) - lr * step;
      }
    },
  };
}

export const momentum = makeMomentum(false);
export const nesterov = makeMomentum(true);
