import { pastRange } from "./format.js";
import { MOMENTUM } from "./optimizers/momentum.js";
import type { OptimizerId } from "./optimizers/optimizer.js";

/**
 * How each optimizer's update reads when worked by hand, with its state filled in. The constants
 * are the ones each file in optimizers/ uses (torch.optim's defaults); the numbers come from the
 * real update, so this only says in words what that update computed.
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

const update = (p: ParamWork, rule: string, values: string) =>
  `${p.name} ← ${p.name} − ${rule} = ${workNumber(p.before)} − ${values} = ${workNumber(p.after)}`;

const moved = (p: ParamWork) =>
  `(moved ${p.after - p.before >= 0 ? "+" : ""}${workNumber(p.after - p.before)})`;

const MOMENTUM_TEXT = workNumber(MOMENTUM);

/** The buffer line shared by momentum and Nesterov. */
function buffer(work: OptimizerWork, p: ParamWork): string {
  const b = work.slotName("buf", p.name);
  const after = workNumber(p.slot("b", true));
  if (work.scalar("started", false) === 0) return `${b} ← g (first step) = ${after}`;
  return `${b} ← μ·${b} + g = ${MOMENTUM_TEXT}·${operand(p.slot("b", false))} + ${operand(p.grad)} = ${after}`;
}

type Explain = (work: OptimizerWork) => WorkLine[];

/** Each optimizer's update for a parameter θ with gradient g, as the help shows it. */
export const RULES: Readonly<Record<OptimizerId, readonly string[]>> = {
  sgd: ["θ ← θ − lr·g"],
  momentum: [`buf ← μ·buf + g (buf = g at the first step), μ = ${MOMENTUM_TEXT}`, "θ ← θ − lr·buf"],
  nesterov: [
    `buf ← μ·buf + g (buf = g at the first step), μ = ${MOMENTUM_TEXT}`,
    "θ ← θ − lr·(g + μ·buf)",
  ],
  adagrad: ["s ← s + g²", "θ ← θ − lr·g/(√(s) + ε), ε = 1e−10"],
  rmsprop: ["v ← α·v + (1 − α)·g², α = 0.99", "θ ← θ − lr·g/(√(v) + ε), ε = 1e−8"],
  adam: [
    "t ← t + 1; m ← β1·m + (1 − β1)·g; v ← β2·v + (1 − β2)·g², β1 = 0.9, β2 = 0.999",
    "m^ = m/(1 − β1^t); v^ = v/(1 − β2^t); θ ← θ − lr·m^/(√(v^) + ε), ε = 1e−8",
  ],
};

const lr = (work: OptimizerWork) => operand(work.lr);

export const EXPLAIN: Readonly<Record<OptimizerId, Explain>> = {
  sgd: (work) =>
    work.params.map((p) => [update(p, `lr·∂loss/∂${p.name}`, `${lr(work)}·${operand(p.grad)}`)]),
  momentum: (work) => [
    [`SGD with momentum μ = ${MOMENTUM_TEXT}; ${work.gradNote}`],
    ...work.params.flatMap((p): WorkLine[] => {
      const b = work.slotName("buf", p.name);
      return [
        [buffer(work, p)],
        [update(p, `lr·${b}`, `${lr(work)}·${operand(p.slot("b", true))}`), moved(p)],
      ];
    }),
  ],
  nesterov: (work) => [
    [`Nesterov momentum μ = ${MOMENTUM_TEXT}; ${work.gradNote}`],
    ...work.params.flatMap((p): WorkLine[] => {
      const b = work.slotName("buf", p.name);
      const inner = `${operand(p.grad)} + ${MOMENTUM_TEXT}·${operand(p.slot("b", true))}`;
      return [
        [buffer(work, p)],
        [update(p, `lr·(g + μ·${b})`, `${lr(work)}·(${inner})`), moved(p)],
      ];
    }),
  ],
  adagrad: (work) => [
    [`Adagrad, ε = 1e−10; ${work.gradNote}; s sums its squares`],
    ...work.params.flatMap((p): WorkLine[] => {
      const s = work.slotName("s", p.name);
      const sAfter = workNumber(p.slot("s", true));
      return [
        [`${s} ← ${s} + g² = ${workNumber(p.slot("s", false))} + ${operand(p.grad)}² = ${sAfter}`],
        [
          update(p, `lr·g/(√(${s}) + ε)`, `${lr(work)}·${operand(p.grad)}/(√(${sAfter}) + 1e−10)`),
          moved(p),
        ],
      ];
    }),
  ],
  rmsprop: (work) => [
    [`RMSprop, α = 0.99, ε = 1e−8; ${work.gradNote}`],
    ...work.params.flatMap((p): WorkLine[] => {
      const v = work.slotName("v", p.name);
      const vAfter = workNumber(p.slot("v", true));
      return [
        [
          `${v} ← α·${v} + (1 − α)·g² = 0.99·${operand(p.slot("v", false))} + 0.01·${operand(p.grad)}² = ${vAfter}`,
        ],
        [
          update(p, `lr·g/(√(${v}) + ε)`, `${lr(work)}·${operand(p.grad)}/(√(${vAfter}) + 1e−8)`),
          moved(p),
        ],
      ];
    }),
  ],
  adam: (work) => {
    const t = work.scalar("t", true);
    const c1 = 1 - 0.9 ** t;
    const c2 = 1 - 0.999 ** t;
    return [
      [
        `Adam, β1 = 0.9, β2 = 0.999, ε = 1e−8, step t = ${t}; ${work.gradNote}`,
        `bias corrections 1 − β1^t = ${workNumber(c1)}, 1 − β2^t = ${workNumber(c2)}`,
      ],
      ...work.params.flatMap((p): WorkLine[] => {
        const m = work.slotName("m", p.name);
        const v = work.slotName("v", p.name);
        // No combining hat: it takes no column on screen, and widths here count code points.
        const mh = work.slotName("m^", p.name);
        const vh = work.slotName("v^", p.name);
        const mAfter = p.slot("m", true);
        const vAfter = p.slot("v", true);
        const mHat = workNumber(mAfter / c1);
        const vHat = workNumber(vAfter / c2);
        return [
          [
            `${m} ← β1·${m} + (1 − β1)·g = 0.9·${operand(p.slot("m", false))} + 0.1·${operand(p.grad)} = ${workNumber(mAfter)}`,
            `${v} ← β2·${v} + (1 − β2)·g² = 0.999·${operand(p.slot("v", false))} + 0.001·${operand(p.grad)}² = ${workNumber(vAfter)}`,
          ],
          [
            `${mh} = ${m}/(1 − β1^t) = ${workNumber(mAfter)}/${workNumber(c1)} = ${mHat}`,
            `${vh} = ${v}/(1 − β2^t) = ${workNumber(vAfter)}/${workNumber(c2)} = ${vHat}`,
          ],
          [
            update(
              p,
              `lr·${mh}/(√(${vh}) + ε)`,
              `${lr(work)}·${operand(mAfter / c1)}/(√(${vHat}) + 1e−8)`,
            ),
            moved(p),
          ],
        ];
      }),
    ];
  },
};
