import { pastRange } from "./format.js";
import type { Hyper } from "./optimizers/index.js";

/**
 * How each optimizer's update reads when worked by hand, with its state filled in. The constants
 * are the run's hyperparameters; the numbers come from the real update, so this only says in words
 * what that update computed. Where a setting changes the arithmetic beyond what the words spell out
 * (weight decay added to the gradient, amsgrad, a centred RMSprop...), the panel shows the gradient
 * and the move only (worked-explain.ts): true, if less. NAdam, RAdam, Adamax, Adadelta and Rprop are
 * in worked-adaptive.ts, the help's formulas in worked-rules.ts.
 */

/** A number as the Step panel writes it: six significant digits, `1.0` for a whole number. */
export function workNumber(x: number): string {
  if (!Number.isFinite(x)) return pastRange(x);
  if (x === 0) return Object.is(x, -0) ? "−0.0" : "0.0";
  // Near the largest double the rounded value can overflow: then the digits as they are.
  const rounded = Number.isFinite(Number(x.toPrecision(6))) ? Number(x.toPrecision(6)) : x;
  const magnitude = Math.abs(rounded);
  let text: string;
  if (magnitude >= 1e-4 && magnitude < 1e7) {
    text = String(rounded);
    if (Number.isInteger(rounded)) text += ".0";
  } else {
    text = rounded.toExponential().replace("e+", "e");
  }
  return text.replaceAll("-", "−");
}

/** In brackets when negative, as it reads after an operator: `0.01·(−2.0)`. */
export function operand(x: number): string {
  const text = workNumber(x);
  return text.startsWith("−") ? `(${text})` : text;
}

/** One parameter's update: its values and the optimizer's state for it, before and after. */
export interface ParamWork {
  readonly name: string;
  readonly before: number;
  readonly grad: number;
  readonly after: number;
  /** The state slot `slot` of this parameter, before and after the update. */
  readonly slot: (slot: string, isAfter: boolean) => number;
}

export interface OptimizerWork {
  /** The optimizer as the header names it (`specLabel`). */
  readonly label: string;
  readonly hyper: Hyper;
  readonly lr: number;
  /** The optimizer's scalar state (Adam's t, momentum's "started"), before and after. */
  readonly scalar: (name: string, isAfter: boolean) => number;
  readonly params: readonly ParamWork[];
  /** A state slot's name for a parameter: `m` with one parameter, `m_w2` with several. */
  readonly slotName: (slot: string, param: string) => string;
  /** What `g` stands for in the lines: `g = ∂loss/∂w`, or each parameter's with several. */
  readonly gradNote: string;
}

/** A line of the panel: pieces joined on one line when they fit, else one under the other. */
export type WorkLine = readonly string[];

/** `from`: where the rule starts, when a step before it moved the parameter (AdamW's decay). */
export const update = (p: ParamWork, rule: string, values: string, from = p.before) =>
  `${p.name} ← ${p.name} − ${rule} = ${workNumber(from)} − ${values} = ${workNumber(p.after)}`;

export const moved = (p: ParamWork) =>
  `(moved ${p.after - p.before >= 0 ? "+" : ""}${workNumber(p.after - p.before)})`;

export const num = (hyper: Hyper, key: string) => hyper[key] as number;
export const pair = (hyper: Hyper, key: string) => hyper[key] as readonly [number, number];
export const isOn = (hyper: Hyper, key: string) => hyper[key] === true || (hyper[key] ?? 0) !== 0;

/** The buffer line shared by momentum and Nesterov. */
function buffer(work: OptimizerWork, p: ParamWork): string {
  const b = work.slotName("buf", p.name);
  const mu = workNumber(num(work.hyper, "momentum"));
  const after = workNumber(p.slot("b", true));
  if (work.scalar("started", false) === 0) return `${b} ← g (first step) = ${after}`;
  return `${b} ← μ·${b} + g = ${mu}·${operand(p.slot("b", false))} + ${operand(p.grad)} = ${after}`;
}

/** Adam's two moving averages for a parameter, as Adam, AdamW and NAdam update them alike. */
export function moments(
  work: OptimizerWork,
  p: ParamWork,
  [beta1, beta2]: readonly [number, number],
): string[] {
  const [m, v] = [work.slotName("m", p.name), work.slotName("v", p.name)];
  const [b1, b2] = [workNumber(beta1), workNumber(beta2)];
  return [
    `${m} ← β1·${m} + (1 − β1)·g = ${b1}·${operand(p.slot("m", false))} + ${workNumber(1 - beta1)}·${operand(p.grad)} = ${workNumber(p.slot("m", true))}`,
    `${v} ← β2·${v} + (1 − β2)·g² = ${b2}·${operand(p.slot("v", false))} + ${workNumber(1 - beta2)}·${operand(p.grad)}² = ${workNumber(p.slot("v", true))}`,
  ];
}

/** Adam's moments for a parameter: their names (and their corrected ones) and values after. */
export function adamSlots(work: OptimizerWork, p: ParamWork) {
  return {
    m: work.slotName("m", p.name),
    v: work.slotName("v", p.name),
    // No combining hat: it takes no column on screen, and widths here count code points.
    mh: work.slotName("m^", p.name),
    vh: work.slotName("v^", p.name),
    mAfter: p.slot("m", true),
    vAfter: p.slot("v", true),
  };
}

/** The lines for an update, or undefined when its settings go past what they spell out. */
export type Explain = (work: OptimizerWork) => WorkLine[] | undefined;

export const lr = (work: OptimizerWork) => operand(work.lr);

export const sgdFamily: Explain = (work) => {
  const { hyper } = work;
  if (isOn(hyper, "weight_decay") || isOn(hyper, "dampening")) return undefined;
  if (!isOn(hyper, "momentum"))
    return work.params.map((p) => [
      update(p, `lr·∂loss/∂${p.name}`, `${lr(work)}·${operand(p.grad)}`),
    ]);
  const mu = workNumber(num(hyper, "momentum"));
  const isNesterov = hyper.nesterov === true;
  return [
    [`${isNesterov ? "Nesterov momentum" : "SGD with momentum"} μ = ${mu}; ${work.gradNote}`],
    ...work.params.flatMap((p): WorkLine[] => {
      const b = work.slotName("buf", p.name);
      const bAfter = operand(p.slot("b", true));
      const step = isNesterov
        ? update(p, `lr·(g + μ·${b})`, `${lr(work)}·(${operand(p.grad)} + ${mu}·${bAfter})`)
        : update(p, `lr·${b}`, `${lr(work)}·${bAfter}`);
      return [[buffer(work, p)], [step, moved(p)]];
    }),
  ];
};

export const adagrad: Explain = (work) => {
  const { hyper } = work;
  const isPlain = ["weight_decay", "lr_decay", "initial_accumulator_value"].every(
    (key) => !isOn(hyper, key),
  );
  if (!isPlain) return undefined;
  const eps = workNumber(num(hyper, "eps"));
  return [
    [`Adagrad, ε = ${eps}; ${work.gradNote}; s sums its squares`],
    ...work.params.flatMap((p): WorkLine[] => {
      const s = work.slotName("s", p.name);
      const sAfter = workNumber(p.slot("s", true));
      return [
        [`${s} ← ${s} + g² = ${workNumber(p.slot("s", false))} + ${operand(p.grad)}² = ${sAfter}`],
        [
          update(p, `lr·g/(√(${s}) + ε)`, `${lr(work)}·${operand(p.grad)}/(√(${sAfter}) + ${eps})`),
          moved(p),
        ],
      ];
    }),
  ];
};

export const rmsprop: Explain = (work) => {
  const { hyper } = work;
  if (isOn(hyper, "weight_decay") || isOn(hyper, "momentum") || hyper.centered === true)
    return undefined;
  const alpha = num(hyper, "alpha");
  const eps = workNumber(num(hyper, "eps"));
  return [
    [`RMSprop, α = ${workNumber(alpha)}, ε = ${eps}; ${work.gradNote}`],
    ...work.params.flatMap((p): WorkLine[] => {
      const v = work.slotName("v", p.name);
      const vAfter = workNumber(p.slot("v", true));
      return [
        [
          `${v} ← α·${v} + (1 − α)·g² = ${workNumber(alpha)}·${operand(p.slot("v", false))} + ${workNumber(1 - alpha)}·${operand(p.grad)}² = ${vAfter}`,
        ],
        [
          update(p, `lr·g/(√(${v}) + ε)`, `${lr(work)}·${operand(p.grad)}/(√(${vAfter}) + ${eps})`),
          moved(p),
        ],
      ];
    }),
  ];
};

export const adam: Explain = (work) => adamWorked(work, false);

/** AdamW: Adam after the weight decay is taken off the parameter itself (decoupled). */
export const adamw: Explain = (work) => adamWorked(work, true);

function adamWorked(work: OptimizerWork, isDecoupled: boolean): WorkLine[] | undefined {
  const { hyper } = work;
  if ((!isDecoupled && isOn(hyper, "weight_decay")) || hyper.amsgrad === true) return undefined;
  const lambda = isDecoupled ? num(hyper, "weight_decay") : 0;
  const [beta1, beta2] = pair(hyper, "betas");
  const [b1, b2] = [workNumber(beta1), workNumber(beta2)];
  const eps = workNumber(num(hyper, "eps"));
  const t = work.scalar("t", true);
  const c1 = 1 - beta1 ** t;
  const c2 = 1 - beta2 ** t;
  return [
    [
      `${isDecoupled ? "AdamW" : "Adam"}, β1 = ${b1}, β2 = ${b2}, ε = ${eps}${lambda ? `, λ = ${workNumber(lambda)}` : ""}, step t = ${t}; ${work.gradNote}`,
      `bias corrections 1 − β1^t = ${workNumber(c1)}, 1 − β2^t = ${workNumber(c2)}`,
    ],
    ...work.params.flatMap((p): WorkLine[] => {
      const { m, v, mh, vh, mAfter, vAfter } = adamSlots(work, p);
      const mHat = workNumber(mAfter / c1);
      const vHat = workNumber(vAfter / c2);
      // The same arithmetic as the update's: the decayed value is not kept.
      const decayed = p.before - work.lr * lambda * p.before;
      const decay = lambda
        ? [
            `${p.name} ← ${p.name} − lr·λ·${p.name} = ${workNumber(p.before)} − ${lr(work)}·${workNumber(lambda)}·${operand(p.before)} = ${workNumber(decayed)}`,
          ]
        : [];
      return [
        [...decay, ...moments(work, p, [beta1, beta2])],
        [
          `${mh} = ${m}/(1 − β1^t) = ${workNumber(mAfter)}/${workNumber(c1)} = ${mHat}`,
          `${vh} = ${v}/(1 − β2^t) = ${workNumber(vAfter)}/${workNumber(c2)} = ${vHat}`,
        ],
        [
          update(
            p,
            `lr·${mh}/(√(${vh}) + ε)`,
            `${lr(work)}·${operand(mAfter / c1)}/(√(${vHat}) + ${eps})`,
            decayed,
          ),
          moved(p),
        ],
      ];
    }),
  ];
}
