import {
  adamSlots,
  type Explain,
  isOn,
  lr,
  moments,
  moved,
  num,
  operand,
  pair,
  update,
  type WorkLine,
  workNumber,
} from "./worked-optimizer.js";

/** NAdam, RAdam, Adamax, Adadelta and Rprop worked by hand, as worked-optimizer.ts does the classic ones. */

export const adamax: Explain = (work) => {
  const { hyper } = work;
  if (isOn(hyper, "weight_decay")) return undefined;
  const [beta1, beta2] = pair(hyper, "betas");
  const [b1, b2] = [workNumber(beta1), workNumber(beta2)];
  const eps = workNumber(num(hyper, "eps"));
  const t = work.scalar("t", true);
  const c1 = 1 - beta1 ** t;
  return [
    [
      `Adamax, β1 = ${b1}, β2 = ${b2}, ε = ${eps}, step t = ${t}; ${work.gradNote}`,
      `bias correction 1 − β1^t = ${workNumber(c1)}`,
    ],
    ...work.params.flatMap((p): WorkLine[] => {
      const m = work.slotName("m", p.name);
      const u = work.slotName("u", p.name);
      const mAfter = workNumber(p.slot("m", true));
      const uAfter = workNumber(p.slot("u", true));
      return [
        [
          `${m} ← β1·${m} + (1 − β1)·g = ${b1}·${operand(p.slot("m", false))} + ${workNumber(1 - beta1)}·${operand(p.grad)} = ${mAfter}`,
          `${u} ← max(β2·${u}, |g| + ε) = max(${b2}·${operand(p.slot("u", false))}, ${workNumber(Math.abs(p.grad))} + ${eps}) = ${uAfter}`,
        ],
        [
          update(
            p,
            `lr·${m}/((1 − β1^t)·${u})`,
            `${lr(work)}·${operand(p.slot("m", true))}/(${workNumber(c1)}·${uAfter})`,
          ),
          moved(p),
        ],
      ];
    }),
  ];
};

export const adadelta: Explain = (work) => {
  const { hyper } = work;
  if (isOn(hyper, "weight_decay")) return undefined;
  const rho = num(hyper, "rho");
  const epsValue = num(hyper, "eps");
  const [r, eps] = [workNumber(rho), workNumber(epsValue)];
  return [
    [`Adadelta, ρ = ${r}, ε = ${eps}`, `${work.gradNote}; v averages g², u averages Δ²`],
    ...work.params.flatMap((p): WorkLine[] => {
      const v = work.slotName("v", p.name);
      const u = work.slotName("u", p.name);
      const delta = work.slotName("Δ", p.name);
      const [uBefore, vAfter] = [p.slot("u", false), p.slot("v", true)];
      // The step itself is not kept in the state: the same arithmetic as the update's, again.
      const step = (Math.sqrt(uBefore + epsValue) / Math.sqrt(vAfter + epsValue)) * p.grad;
      return [
        [
          `${v} ← ρ·${v} + (1 − ρ)·g² = ${r}·${operand(p.slot("v", false))} + ${workNumber(1 - rho)}·${operand(p.grad)}² = ${workNumber(vAfter)}`,
        ],
        [
          `${delta} = √(${u} + ε)/√(${v} + ε)·g = √(${workNumber(uBefore)} + ${eps})/√(${workNumber(vAfter)} + ${eps})·${operand(p.grad)} = ${workNumber(step)}`,
        ],
        [
          `${u} ← ρ·${u} + (1 − ρ)·${delta}² = ${r}·${operand(uBefore)} + ${workNumber(1 - rho)}·${operand(step)}² = ${workNumber(p.slot("u", true))}`,
        ],
        [update(p, `lr·${delta}`, `${lr(work)}·${operand(step)}`), moved(p)],
      ];
    }),
  ];
};

export const rprop: Explain = (work) => {
  const [down, up] = pair(work.hyper, "etas").map(workNumber);
  const [low, high] = pair(work.hyper, "step_sizes").map(workNumber);
  const isFirst = work.scalar("t", true) === 1;
  return [
    [
      `Rprop, η+ = ${up}, η− = ${down}, step sizes ${low} to ${high}`,
      `${work.gradNote}; η: its step size`,
    ],
    ...work.params.flatMap((p): WorkLine[] => {
      const eta = work.slotName("η", p.name);
      const prev = work.slotName("g_prev", p.name);
      const [before, after] = [p.slot("size", false), p.slot("size", true)];
      const sign = Math.sign(p.slot("prev", true));
      const product = p.slot("prev", false) * p.grad;
      const size = isFirst
        ? `${eta} = lr (first step) = ${workNumber(after)}`
        : product > 0
          ? `${prev}·g > 0: ${eta} ← min(${eta}·η+, ${high}) = min(${workNumber(before)}·${up}, ${high}) = ${workNumber(after)}`
          : product < 0
            ? `${prev}·g < 0: ${eta} ← max(${eta}·η−, ${low}) = max(${workNumber(before)}·${down}, ${low}) = ${workNumber(after)}; g taken as 0`
            : `${prev}·g = 0: ${eta} stays ${workNumber(after)}`;
      return [
        [size],
        [update(p, `${eta}·sign(g)`, `${workNumber(after)}·${operand(sign)}`), moved(p)],
      ];
    }),
  ];
};

export const nadam: Explain = (work) => {
  const { hyper } = work;
  if (isOn(hyper, "weight_decay")) return undefined;
  const [beta1, beta2] = pair(hyper, "betas");
  const [b1, b2] = [workNumber(beta1), workNumber(beta2)];
  const eps = workNumber(num(hyper, "eps"));
  const psi = num(hyper, "momentum_decay");
  const t = work.scalar("t", true);
  // The momentum schedule as the update computed it; only the product of its μs is kept.
  const mu = beta1 * (1 - 0.5 * 0.96 ** (t * psi));
  const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi));
  const product = work.scalar("muProduct", true);
  const c2 = 1 - beta2 ** t;
  return [
    [
      `NAdam, β1 = ${b1}, β2 = ${b2}, ε = ${eps}, ψ = ${workNumber(psi)}, step t = ${t}; ${work.gradNote}`,
      `μ_t = β1·(1 − 0.5·0.96^(t·ψ)) = ${workNumber(mu)}, μ_(t+1) = ${workNumber(muNext)}`,
      `∏μ to t = ${workNumber(product)}, 1 − β2^t = ${workNumber(c2)}`,
    ],
    ...work.params.flatMap((p): WorkLine[] => {
      const { m, v, mh, vh, mAfter, vAfter } = adamSlots(work, p);
      const mHat = (muNext * mAfter) / (1 - product * muNext) + ((1 - mu) * p.grad) / (1 - product);
      const vHat = workNumber(vAfter / c2);
      return [
        [...moments(work, p, [beta1, beta2])],
        [
          `${mh} = μ_(t+1)·${m}/(1 − ∏μ·μ_(t+1)) + (1 − μ_t)·g/(1 − ∏μ) = ${workNumber(muNext)}·${operand(mAfter)}/${workNumber(1 - product * muNext)} + ${workNumber(1 - mu)}·${operand(p.grad)}/${workNumber(1 - product)} = ${workNumber(mHat)}`,
          `${vh} = ${v}/(1 − β2^t) = ${workNumber(vAfter)}/${workNumber(c2)} = ${vHat}`,
        ],
        [
          update(
            p,
            `lr·${mh}/(√(${vh}) + ε)`,
            `${lr(work)}·${operand(mHat)}/(√(${vHat}) + ${eps})`,
          ),
          moved(p),
        ],
      ];
    }),
  ];
};

export const radam: Explain = (work) => {
  const { hyper } = work;
  if (isOn(hyper, "weight_decay")) return undefined;
  const [beta1, beta2] = pair(hyper, "betas");
  const eps = workNumber(num(hyper, "eps"));
  const t = work.scalar("t", true);
  // The rectification as the update computed it: nothing of it is kept in the state.
  const c1 = 1 - beta1 ** t;
  const c2 = 1 - beta2 ** t;
  const rhoInf = 2 / (1 - beta2) - 1;
  const rhoT = rhoInf - (2 * t * beta2 ** t) / c2;
  const isRectified = rhoT > 5;
  const r = Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT));
  return [
    [
      `RAdam, β1 = ${workNumber(beta1)}, β2 = ${workNumber(beta2)}, ε = ${eps}, step t = ${t}; ${work.gradNote}`,
      `1 − β1^t = ${workNumber(c1)}, 1 − β2^t = ${workNumber(c2)}`,
    ],
    [
      `ρ∞ = 2/(1 − β2) − 1 = ${workNumber(rhoInf)}`,
      `ρ_t = ρ∞ − 2t·β2^t/(1 − β2^t) = ${workNumber(rhoT)}`,
    ],
    [
      isRectified
        ? `ρ_t > 5: r = √((ρ_t − 4)(ρ_t − 2)ρ∞/((ρ∞ − 4)(ρ∞ − 2)ρ_t)) = ${workNumber(r)}`
        : "ρ_t ≤ 5: v is not trusted yet, the step is lr·m^",
    ],
    ...work.params.flatMap((p): WorkLine[] => {
      const { m, v, mh, mAfter, vAfter } = adamSlots(work, p);
      const mHat = mAfter / c1;
      return [
        [...moments(work, p, [beta1, beta2])],
        [`${mh} = ${m}/(1 − β1^t) = ${workNumber(mAfter)}/${workNumber(c1)} = ${workNumber(mHat)}`],
        [
          isRectified
            ? update(
                p,
                `lr·${mh}·r·√(1 − β2^t)/(√(${v}) + ε)`,
                `${lr(work)}·${operand(mHat)}·${workNumber(r)}·√(${workNumber(c2)})/(√(${workNumber(vAfter)}) + ${eps})`,
              )
            : update(p, `lr·${mh}`, `${lr(work)}·${operand(mHat)}`),
          moved(p),
        ],
      ];
    }),
  ];
};
