import type { OptimizerFormulas } from "../formulas.js";

/** A keyword argument's value: a number, a boolean, or a pair such as `betas`. */
export type HyperValue = number | boolean | readonly [number, number];

/** Hyperparameters by torch's keyword names; the learning rate is kept apart (see `lr`). */
export type Hyper = Readonly<Record<string, HyperValue>>;

export type OptimizerId =
  | "sgd"
  | "momentum"
  | "nesterov"
  | "adam"
  | "adamw"
  | "nadam"
  | "radam"
  | "adamax"
  | "adadelta"
  | "adagrad"
  | "rmsprop"
  | "rprop";

/**
 * An optimizer in the optax style, as data: its state is a plain float64 array the caller owns,
 * its hyperparameters arrive with every update, and its arithmetic is written once as formulas
 * (formulas.ts) from which `scripts/gen-kernels.mjs` writes typed source at build time
 * (src/core/generated/kernels.ts): the view's `update` and the engine's kernels.
 */
export interface OptimizerDefinition extends OptimizerFormulas {
  readonly id: OptimizerId;
  /** Whose formulas and generated code it uses: the SGD shorthands share `sgd`'s. */
  readonly family: string;
  /** The torch.optim class it follows, e.g. `torch.optim.Adam`. */
  readonly torch: string;
  /** Short human name, e.g. `SGD + momentum`. */
  readonly label: string;
  /** The learning rate when none is given: torch's default (the SGD family: the lecture's). */
  readonly lr: number;
  /** Every other keyword argument it takes, with torch's default, in the state formulas' order. */
  readonly defaults: Hyper;
  /**
   * The variable names the formulas read for each keyword: a number or boolean (1 or 0) is read
   * under its own name, a pair under the two names given here.
   */
  readonly pairs?: Readonly<Record<string, readonly [string, string]>>;
  /** torch's constructor checks: the key at fault and why, or undefined when it takes them. */
  check(hyper: Hyper): { readonly key: string; readonly reason: string } | undefined;
}

/** The formulas' variable names for an optimizer's hyperparameters, in the vector's order. */
export function hyperNames(o: Pick<OptimizerDefinition, "defaults" | "pairs">): string[] {
  return Object.entries(o.defaults).flatMap(([key, value]) =>
    Array.isArray(value) ? [...(o.pairs?.[key] ?? [`${key}0`, `${key}1`])] : [key],
  );
}

/** The hyperparameters as the float64 vector the generated code reads (booleans as 1 or 0). */
export function hyperVector(o: Pick<OptimizerDefinition, "defaults">, hyper: Hyper): Float64Array {
  const values = Object.keys(o.defaults).flatMap((key) => {
    const value = hyper[key] ?? (o.defaults[key] as HyperValue);
    if (Array.isArray(value)) return [...value];
    return [typeof value === "boolean" ? Number(value) : (value as number)];
  });
  return Float64Array.from(values);
}

/** Shared checks, torch's ValueErrors: each key that must not be negative. */
export function nonNegative(hyper: Hyper, keys: readonly string[]) {
  for (const key of keys) {
    const value = hyper[key];
    if (typeof value === "number" && value < 0)
      return { key, reason: "must be 0 or more" } as const;
  }
  return undefined;
}

/** `betas`: torch wants each in [0, 1). */
export function checkBetas(hyper: Hyper) {
  const betas = hyper.betas as readonly number[] | undefined;
  if (betas && !betas.every((b) => b >= 0 && b < 1))
    return { key: "betas", reason: "each must be in [0, 1)" } as const;
  return undefined;
}

/** The weight decay added to the gradient, as torch's coupled optimizers do before their step. */
export const DECAYED = "let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;";
