/**
 * Models and optimizers are written once, as formulas (TypeScript expressions and statements in
 * strings), and turned from here into the source of every function that computes with them: a
 * model's `evaluate` and `predict`, an optimizer's `update`, and the engine's fused kernels
 * (kernel-source.ts). That source is written at build time into src/core/generated/kernels.ts
 * (`npm run gen`), typed and committed, so nothing is compiled from strings at run time and a
 * stack trace or profile names a line there. One description for all of them means the kernels
 * cannot drift from what the views compute, and the kernels keep parameters in local variables,
 * which V8 holds in registers: the reason the engine runs near the speed of a hand-written loop.
 *
 * Generated code names its own variables with a leading `$`; formulas use plain names only.
 */

/** A model as formulas of one sample `x` and the parameters, by name. */
export interface ModelFormulas {
  /** Parameter names, in the order of every parameter vector. */
  readonly params: readonly string[];
  /** ŷ, e.g. `x * w + b`. */
  readonly prediction: string;
  /** Each parameter's ∂(ŷ − y)²/∂θ, in terms of `x`, the residual `r` = ŷ − y and the parameters. */
  readonly gradients: readonly string[];
}

/**
 * An optimizer as formulas. Its state array holds the `scalars` first, then one block of p values
 * for each name in `slots`, in that order.
 */
export interface OptimizerFormulas {
  /** State shared by all parameters, such as a step count `t`. */
  readonly scalars: readonly string[];
  /** State kept per parameter, such as Adam's `m` and `v`. */
  readonly slots: readonly string[];
  /** Statements run once an update before the parameters' steps: may assign the scalars and
   * declare constants for `step`; `lr` is the learning rate, and each hyperparameter is in scope
   * by its name (see hyperNames in optimizers/optimizer.ts). */
  readonly prepare: string;
  /** Statements for one parameter: read `param`, `grad`, `lr`, the scalars and what `prepare`
   * declared; assign the slots and `next`, the parameter's new value. */
  readonly step: string;
}

/**
 * Formulas name their own variables; these names are the generated code's, and `$` starts all of
 * its others. A model or optimizer that used one would be silently wrong, so it fails to load.
 */
const RESERVED = ["x", "r", "lr", "param", "grad", "next", "d"];

/** Throws when a name in formulas is not a plain identifier or is one the generated code uses. */
export function checkNames(names: readonly string[], what: string): void {
  for (const name of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || RESERVED.includes(name)) {
      throw new Error(`${what}: "${name}" cannot name a variable in generated code`);
    }
  }
}

export function optimizerStateSize(o: OptimizerFormulas, p: number): number {
  return o.scalars.length + o.slots.length * p;
}

const indices = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** `name + i` for each index: the local variables of a vector. */
export const locals = (name: string, n: number): string[] => indices(n).map((i) => `${name}${i}`);

/** `array[i]` for each index: the elements of an array argument. */
export const elements = (array: string, n: number): string[] =>
  indices(n).map((i) => `(${array}[${i}] as number)`);

/** Statements declaring each model parameter by its name, with its value from `at`. */
export const bindParams = (m: Pick<ModelFormulas, "params">, at: readonly string[]): string =>
  m.params.map((name, j) => `const ${name} = ${at[j]};`).join(" ");

/**
 * Statements setting `loss` and `grads` (variables the caller declared) to the mean squared error
 * over samples [start, end) of `$xs`/`$ys` and its gradient, with the parameters taken from the
 * expressions `at`. Sums start at −0, so that a lone −0 gradient stays −0 as Python prints it; a
 * mean of one sample is the sum itself (dividing by 1 is exact anyway, and the slowest step).
 * With `isOneSample`, the caller promises end = start + 1 and the loop is left out (−0 + v is v,
 * so the values are the same).
 */
export function evaluateCode(
  m: ModelFormulas,
  at: readonly string[],
  range: { readonly start: string; readonly end: string; readonly isOneSample: boolean },
  out: { readonly loss: string; readonly grads: readonly string[] },
): string {
  const bind = bindParams(m, at);
  const { start, end } = range;
  if (range.isOneSample) {
    return `{ ${bind}
      const x = $xs[${start}] as number; const r = (${m.prediction}) - ($ys[${start}] as number);
      ${m.gradients.map((g, j) => `${out.grads[j]} = ${g};`).join(" ")}
      ${out.loss} = r * r; }`;
  }
  const sums = locals("$sum", m.params.length);
  return `{ ${bind}
    let $sum = -0; ${sums.map((s) => `let ${s} = -0;`).join(" ")}
    for (let $i = ${start}; $i < ${end}; $i++) {
      const x = $xs[$i] as number; const r = (${m.prediction}) - ($ys[$i] as number);
      ${m.gradients.map((g, j) => `${sums[j]} += ${g};`).join(" ")}
      $sum += r * r;
    }
    const $count = ${end} - ${start};
    if ($count === 1) { ${out.loss} = $sum; ${sums.map((s, j) => `${out.grads[j]} = ${s};`).join(" ")} }
    else { ${out.loss} = $sum / $count; ${sums.map((s, j) => `${out.grads[j]} = ${s} / $count;`).join(" ")} }
  }`;
}

/**
 * Statements for one update of `p` parameters: from the expressions `params`, `grads` and `state`
 * (in the state array's order) into the variables `nextParams` and `nextState`, which the caller
 * declared. `lr` must be in scope.
 */
export function updateCode(
  o: OptimizerFormulas,
  p: number,
  from: {
    readonly params: readonly string[];
    readonly grads: readonly string[];
    readonly state: readonly string[];
  },
  into: { readonly params: readonly string[]; readonly state: readonly string[] },
): string {
  const k = o.scalars.length;
  const slot = (s: number, j: number) => k + s * p + j;
  const steps = indices(p).map(
    (j) => `{ const param = ${from.params[j]}; const grad = ${from.grads[j]};
      ${o.slots.map((name, s) => `let ${name} = ${from.state[slot(s, j)]};`).join(" ")}
      let next = 0;
      ${o.step}
      ${into.params[j]} = next;
      ${o.slots.map((name, s) => `${into.state[slot(s, j)]} = ${name};`).join(" ")} }`,
  );
  return `{ ${o.scalars.map((name, i) => `let ${name} = ${from.state[i]};`).join(" ")}
    ${o.prepare}
    ${o.scalars.map((name, i) => `${into.state[i]} = ${name};`).join(" ")}
    ${steps.join("\n")} }`;
}

/**
 * Statements for one update of any number of parameters, a loop over them: from the arrays
 * `params`, `grads` and `state` into `nextParams` and `nextState`. `lr` and the hyperparameters
 * must be in scope. What views and checks call; the kernels unroll the same steps (updateCode).
 */
export function updateLoopCode(o: OptimizerFormulas): string {
  const k = o.scalars.length;
  const slot = (s: number) => `${k} + ${s} * $n + $j`;
  return `const $n = params.length;
    ${o.scalars.map((name, i) => `let ${name} = state[${i}] as number;`).join(" ")}
    ${o.prepare}
    ${o.scalars.map((name, i) => `nextState[${i}] = ${name};`).join(" ")}
    for (let $j = 0; $j < $n; $j++) {
      const param = params[$j] as number; const grad = grads[$j] as number;
      ${o.slots.map((name, s) => `let ${name} = state[${slot(s)}] as number;`).join(" ")}
      let next = 0;
      ${o.step}
      nextParams[$j] = next;
      ${o.slots.map((name, s) => `nextState[${slot(s)}] = ${name};`).join(" ")}
    }`;
}
