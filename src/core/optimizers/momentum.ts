import { defineOptimizer } from "./optimizer.js";

/**
 * SGD with momentum, torch.optim.SGD(momentum=0.9, dampening=0, nesterov=False)
 * (https://pytorch.org/docs/stable/generated/torch.optim.SGD.html):
 *   b ← g on the first step, else b ← μ·b + (1 − τ)·g;   θ ← θ − γ·b
 * and with nesterov=True the step uses g + μ·b instead of b.
 * State: [started, b_1 … b_p]; `started` stands for torch's "buffer is None" check.
 */
export const MOMENTUM = 0.9;
const DAMPENING = 0;

const buffer = {
  scalars: ["started"],
  slots: ["b"],
  prepare: "const isFirst = started === 0; started = 1;",
};

export const momentum = defineOptimizer({
  id: "momentum",
  label: `SGD + momentum ${MOMENTUM}`,
  ...buffer,
  step: `b = isFirst ? grad : ${MOMENTUM} * b + (1 - ${DAMPENING}) * grad;
    next = param - lr * b;`,
});

export const nesterov = defineOptimizer({
  id: "nesterov",
  label: `SGD + Nesterov ${MOMENTUM}`,
  ...buffer,
  step: `b = isFirst ? grad : ${MOMENTUM} * b + (1 - ${DAMPENING}) * grad;
    next = param - lr * (grad + ${MOMENTUM} * b);`,
});
