import { pastRange } from "./format.js";
import type { Hyper, OptimizerId, OptimizerSpec } from "./optimizers/index.js";

/**
 * How each optimizer's update reads when worked by hand, with its state filled in. The constants
 * are the run's hyperparameters; the numbers come from the real update, so this only says in words
 * what that update computed. Where a setting changes the arithmetic beyond what the words spell out
 * (weight decay, amsgrad, a centred RMSprop...), or for the optimizers not yet written out, the
 * panel shows the gradient and the move only (`movedOnly`): true, if less.
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

const update = (p: ParamWork, rule: string, values: string) =>
  `${p.name} ← ${p.name} − ${rule} = ${workNumber(p.before)} − ${values} = ${workNumber(p.after)}`;

const moved = (p: ParamWork) =>
  `(moved ${p.after - p.before >= 0 ? "+" : ""}${workNumber(p.after - p.before)})`;

const num = (hyper: Hyper, key: string) => hyper[key] as number;
const pair = (hyper: Hyper, key: string) => hyper[key] as readonly [number, number];
const isOn = (hyper: Hyper, key: string) => hyper[key] === true || (hyper[key] ?? 0) !== 0;

/** The buffer line shared by momentum and Nesterov. */
function buffer(work: OptimizerWork, p: ParamWork): string {
  const b = work.slotName("buf", p.name);
  const mu = workNumber(num(work.hyper, "momentum"));
  const after = workNumber(p.slot("b", true));
  if (work.scalar("started", false) === 0) return `${b} ← g (first step) = ${after}`;
  return `${b} ← μ·${b} + g = ${mu}·${operand(p.slot("b", false))} + ${operand(p.grad)} = ${after}`;
}

/** The lines for an update, or undefined when its settings go past what they spell out. */
type Explain = (work: OptimizerWork) => WorkLine[] | undefined;

/** Each optimizer's update for a parameter θ with gradient g, as the help shows it. */
export function rules(spec: OptimizerSpec): readonly string[] {
  const { hyper } = spec;
  const w = (key: string) => workNumber(num(hyper, key));
  const [b1, b2] = pair(hyper, "betas") ?? [0, 0];
  const decay = isOn(hyper, "weight_decay") ? [`g ← g + λ·θ, λ = ${w("weight_decay")}`] : [];
  switch (spec.id) {
    case "sgd":
    case "momentum":
    case "nesterov": {
      if (!isOn(hyper, "momentum")) return [...decay, "θ ← θ − lr·g"];
      const tau = isOn(hyper, "dampening") ? `(1 − τ)·g, τ = ${w("dampening")}` : "g";
      return [
        ...decay,
        `buf ← μ·buf + ${tau} (buf = g at the first step), μ = ${w("momentum")}`,
        hyper.nesterov === true ? "θ ← θ − lr·(g + μ·buf)" : "θ ← θ − lr·buf",
      ];
    }
    case "adagrad":
      return [
        ...decay,
        isOn(hyper, "initial_accumulator_value")
          ? `s ← s + g² (s starts at ${w("initial_accumulator_value")})`
          : "s ← s + g²",
        isOn(hyper, "lr_decay")
          ? `θ ← θ − lr/(1 + (t − 1)·η)·g/(√(s) + ε), η = ${w("lr_decay")}, ε = ${w("eps")}`
          : `θ ← θ − lr·g/(√(s) + ε), ε = ${w("eps")}`,
      ];
    case "rmsprop":
      return [
        ...decay,
        `v ← α·v + (1 − α)·g², α = ${w("alpha")}`,
        ...(hyper.centered === true ? ["centred: v ← v − ḡ², ḡ ← α·ḡ + (1 − α)·g"] : []),
        isOn(hyper, "momentum")
          ? `buf ← μ·buf + g/(√(v) + ε), θ ← θ − lr·buf, μ = ${w("momentum")}, ε = ${w("eps")}`
          : `θ ← θ − lr·g/(√(v) + ε), ε = ${w("eps")}`,
      ];
    case "adam":
    case "adamw":
      return [
        ...(spec.id === "adamw" ? [`θ ← θ − lr·λ·θ, λ = ${w("weight_decay")}`] : decay),
        `t ← t + 1; m ← β1·m + (1 − β1)·g; v ← β2·v + (1 − β2)·g², β1 = ${workNumber(b1)}, β2 = ${workNumber(b2)}`,
        `m^ = m/(1 − β1^t); v^ = ${hyper.amsgrad === true ? "max of every v" : "v"}/(1 − β2^t); θ ← θ − lr·m^/(√(v^) + ε), ε = ${w("eps")}`,
      ];
    case "nadam":
      return [
        ...decay,
        `μ_t = β1·(1 − 0.5·0.96^(t·ψ)), ψ = ${w("momentum_decay")}; m, v as Adam's, β1 = ${workNumber(b1)}, β2 = ${workNumber(b2)}`,
        `m^ = μ_(t+1)·m/(1 − ∏μ to t+1) + (1 − μ_t)·g/(1 − ∏μ to t); θ ← θ − lr·m^/(√(v/(1 − β2^t)) + ε), ε = ${w("eps")}`,
      ];
    case "radam":
      return [
        ...decay,
        `m, v as Adam's, β1 = ${workNumber(b1)}, β2 = ${workNumber(b2)}; ρ_t = ρ∞ − 2t·β2^t/(1 − β2^t), ρ∞ = 2/(1 − β2) − 1`,
        `ρ_t > 5: θ ← θ − lr·m^·r·√(1 − β2^t)/(√(v) + ε) (r: the variance's rectification), else θ ← θ − lr·m^`,
      ];
    case "adamax":
      return [
        ...decay,
        `m ← β1·m + (1 − β1)·g; u ← max(β2·u, |g| + ε), β1 = ${workNumber(b1)}, β2 = ${workNumber(b2)}, ε = ${w("eps")}`,
        "θ ← θ − lr·m/((1 − β1^t)·u)",
      ];
    case "adadelta":
      return [
        ...decay,
        `v ← ρ·v + (1 − ρ)·g²; Δ = √(u + ε)/√(v + ε)·g; u ← ρ·u + (1 − ρ)·Δ², ρ = ${w("rho")}, ε = ${w("eps")}`,
        "θ ← θ − lr·Δ",
      ];
    case "rprop": {
      const [down, up] = pair(hyper, "etas");
      const [low, high] = pair(hyper, "step_sizes");
      return [
        `step η (from lr): ×${workNumber(up)} (at most ${workNumber(high)}) when g keeps its sign, ×${workNumber(down)} (at least ${workNumber(low)}) and g = 0 when it flips`,
        "θ ← θ − η·sign(g)",
      ];
    }
    default:
      return assertNever(spec.id);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown optimizer ${String(value)}`);
}

const lr = (work: OptimizerWork) => operand(work.lr);

/** Any update, true whatever the optimizer: the gradient it was given and where it went. */
function movedOnly(work: OptimizerWork): WorkLine[] {
  return [
    [`${work.label}, its state not worked out here; ${work.gradNote}`],
    ...work.params.map(
      (p): WorkLine => [`${p.name}: ${workNumber(p.before)} → ${workNumber(p.after)}`, moved(p)],
    ),
  ];
}

const sgdFamily: Explain = (work) => {
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

const adagrad: Explain = (work) => {
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

const rmsprop: Explain = (work) => {
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

const adam: Explain = (work) => {
  const { hyper } = work;
  if (isOn(hyper, "weight_decay") || hyper.amsgrad === true) return undefined;
  const [beta1, beta2] = pair(hyper, "betas");
  const [b1, b2] = [workNumber(beta1), workNumber(beta2)];
  const eps = workNumber(num(hyper, "eps"));
  const t = work.scalar("t", true);
  const c1 = 1 - beta1 ** t;
  const c2 = 1 - beta2 ** t;
  return [
    [
      `Adam, β1 = ${b1}, β2 = ${b2}, ε = ${eps}, step t = ${t}; ${work.gradNote}`,
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
          `${m} ← β1·${m} + (1 − β1)·g = ${b1}·${operand(p.slot("m", false))} + ${workNumber(1 - beta1)}·${operand(p.grad)} = ${workNumber(mAfter)}`,
          `${v} ← β2·${v} + (1 − β2)·g² = ${b2}·${operand(p.slot("v", false))} + ${workNumber(1 - beta2)}·${operand(p.grad)}² = ${workNumber(vAfter)}`,
        ],
        [
          `${mh} = ${m}/(1 − β1^t) = ${workNumber(mAfter)}/${workNumber(c1)} = ${mHat}`,
          `${vh} = ${v}/(1 − β2^t) = ${workNumber(vAfter)}/${workNumber(c2)} = ${vHat}`,
        ],
        [
          update(
            p,
            `lr·${mh}/(√(${vh}) + ε)`,
            `${lr(work)}·${operand(mAfter / c1)}/(√(${vHat}) + ${eps})`,
          ),
          moved(p),
        ],
      ];
    }),
  ];
};

const adamax: Explain = (work) => {
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

const adadelta: Explain = (work) => {
  const { hyper } = work;
  if (isOn(hyper, "weight_decay")) return undefined;
  const rho = num(hyper, "rho");
  const epsValue = num(hyper, "eps");
  const [r, eps] = [workNumber(rho), workNumber(epsValue)];
  return [
    [`Adadelta, ρ = ${r}, ε = ${eps}; ${work.gradNote}; v averages g², u averages Δ²`],
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

const rprop: Explain = (work) => {
  const [down, up] = pair(work.hyper, "etas").map(workNumber);
  const [low, high] = pair(work.hyper, "step_sizes").map(workNumber);
  const isFirst = work.scalar("t", true) === 1;
  return [
    [
      `Rprop, η+ = ${up}, η− = ${down}, step sizes ${low} to ${high}; ${work.gradNote}; η: its step size`,
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

const notWritten: Explain = () => undefined;

const EXPLAIN: Readonly<Record<OptimizerId, Explain>> = {
  sgd: sgdFamily,
  momentum: sgdFamily,
  nesterov: sgdFamily,
  adam,
  adamw: notWritten,
  nadam: notWritten,
  radam: notWritten,
  adamax,
  adadelta,
  adagrad,
  rmsprop,
  rprop,
};

/** The optimizer's lines for one update: worked out where it can be, else the move alone. */
export function explainUpdate(id: OptimizerId, work: OptimizerWork): WorkLine[] {
  return EXPLAIN[id](work) ?? movedOnly(work);
}
