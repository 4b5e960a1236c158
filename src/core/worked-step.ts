import { batchesPerEpoch, modelOf } from "./config.js";
import type { ModelId } from "./models/index.js";
import { OPTIMIZERS, optimizerStep, specLabel } from "./optimizers/index.js";
import { rewind } from "./replay.js";
import type { RunState } from "./run.js";
import { explainUpdate } from "./worked-explain.js";
import { operand, type WorkLine, workNumber } from "./worked-optimizer.js";

export type { WorkLine } from "./worked-optimizer.js";

/**
 * The last update worked out as the lecture's slides do it by hand, with the run's numbers filled
 * in: the sample, the prediction, the error and loss, each gradient with its formula, and the
 * optimizer's update. Before the first update it is the update about to be taken.
 */
export interface WorkedStep {
  /** 1-based number of the update shown. */
  readonly update: number;
  /** True before the first update: the lines show the update about to be taken. */
  readonly isNext: boolean;
  /** The lecture's epoch number (0-based, as its `progress:` lines count) and batch in it. */
  readonly epoch: number;
  readonly batch: number;
  readonly batches: number;
  readonly lines: readonly WorkLine[];
}

interface ModelWork {
  readonly prediction: string;
  readonly substitute: (x: string, p: readonly string[]) => string;
  /** Each parameter's ∂loss/∂θ for one sample, and the same with the numbers put in. */
  readonly gradients: readonly {
    readonly formula: string;
    readonly substitute: (x: string, y: string, p: readonly string[], r: string) => string;
  }[];
}

/** The lecture's notation for each model: Exercise 3-1's answer for the quadratic one. */
const MODEL_WORK: Readonly<Record<ModelId, ModelWork>> = {
  linear: {
    prediction: "x·w",
    substitute: (x, [w]) => `${x}·${w}`,
    gradients: [{ formula: "2x(xw − y)", substitute: (x, y, [w]) => `2·${x}·(${x}·${w} − ${y})` }],
  },
  affine: {
    prediction: "x·w + b",
    substitute: (x, [w, b]) => `${x}·${w} + ${b}`,
    gradients: [
      { formula: "2x(ŷ − y)", substitute: (x, _, __, r) => `2·${x}·${r}` },
      { formula: "2(ŷ − y)", substitute: (_, __, ___, r) => `2·${r}` },
    ],
  },
  quadratic: {
    prediction: "x²·w2 + x·w1 + b",
    substitute: (x, [w2, w1, b]) => `${x}²·${w2} + ${x}·${w1} + ${b}`,
    gradients: [
      { formula: "2x²(ŷ − y)", substitute: (x, _, __, r) => `2·${x}²·${r}` },
      { formula: "2x(ŷ − y)", substitute: (x, _, __, r) => `2·${x}·${r}` },
      { formula: "2(ŷ − y)", substitute: (_, __, ___, r) => `2·${r}` },
    ],
  },
  cubic: {
    prediction: "x³·w3 + x²·w2 + x·w1 + b",
    substitute: (x, [w3, w2, w1, b]) => `${x}³·${w3} + ${x}²·${w2} + ${x}·${w1} + ${b}`,
    gradients: [
      { formula: "2x³(ŷ − y)", substitute: (x, _, __, r) => `2·${x}³·${r}` },
      { formula: "2x²(ŷ − y)", substitute: (x, _, __, r) => `2·${x}²·${r}` },
      { formula: "2x(ŷ − y)", substitute: (x, _, __, r) => `2·${x}·${r}` },
      { formula: "2(ŷ − y)", substitute: (_, __, ___, r) => `2·${r}` },
    ],
  },
};

/** Each parameter's `∂loss/∂θ = formula` for one sample, as the help shows them. */
export function gradientFormulas(model: ModelId, names: readonly string[]): string[] {
  return MODEL_WORK[model].gradients.map((g, j) => `∂loss/∂${names[j]} = ${g.formula}`);
}

/** Samples of a batch shown one by one; a larger batch shows its first ones and its last. */
const SHOWN_SAMPLES = 4;

/** Unicode the ASCII theme cannot draw, and what it writes instead. */
const ASCII_FORMS: readonly (readonly [string, string])[] = [
  ["ŷ", "y^"],
  ["·", "*"],
  ["−", "-"],
  ["²", "^2"],
  ["³", "^3"],
  ["→", "->"],
  ["∂", "d"],
  ["←", "<-"],
  ["√", "sqrt"],
  ["β", "beta"],
  ["ε", "eps"],
  ["ρ", "rho"],
  ["η", "eta"],
  ["α", "alpha"],
  ["μ", "mu"],
  ["λ", "lambda"],
  ["ψ", "psi"],
  ["∏", "prod "],
  ["∞", "_inf"],
  ["≤", "<="],
  ["θ", "theta"],
  ["Δ", "d"],
  ["∇", "grad"],
  ["…", "..."],
  ["–", "-"],
];

export function asciiLine(text: string): string {
  return ASCII_FORMS.reduce((line, [from, to]) => line.replaceAll(from, to), text);
}

/** Mean of terms written out: `(a + b + c)/3`, or with `…` past the first few. */
function meanText(terms: readonly number[], count: number): string {
  // The first term follows a bracket, not an operator: it needs none of its own.
  const shown = terms.map((t, i) => (i === 0 ? workNumber(t) : operand(t)));
  const sum = count > terms.length ? [...shown.slice(0, -1), "…", ...shown.slice(-1)] : shown;
  return `(${sum.join(" + ")})/${count}`;
}

export function workedStep(state: RunState, isAscii = false): WorkedStep {
  const before = (state.updates > 0 && rewind(state, state.updates - 1)) || state;
  const { data, batchSize } = state.config;
  const model = modelOf(state.config);
  const work = MODEL_WORK[state.config.model];
  const batches = batchesPerEpoch(state.config);
  const batch = before.updates % batches;
  const start = batch * batchSize;
  const end = Math.min(start + batchSize, data.xs.length);
  const p = model.params.length;
  const grads = new Float64Array(p);
  const loss = model.evaluate(before.params, data.xs, data.ys, start, end, grads);
  const spec = before.optimizer;
  const optimizer = OPTIMIZERS[spec.id];
  const next = optimizerStep(spec, before.params, grads, before.optState, before.lr);
  const params = Array.from(before.params, operand);
  const names = model.params;

  const count = end - start;
  const indices =
    count <= SHOWN_SAMPLES
      ? Array.from({ length: count }, (_, i) => start + i)
      : [start, start + 1, start + 2, end - 1];
  const scratch = new Float64Array(p);
  const samples = indices.map((i) => {
    const x = data.xs[i] as number;
    const y = data.ys[i] as number;
    const yHat = model.predict(before.params, x);
    model.evaluate(before.params, data.xs, data.ys, i, i + 1, scratch);
    return { x, y, yHat, r: yHat - y, terms: Array.from(scratch) };
  });

  const lines: WorkLine[] = [];
  if (count === 1) {
    const { x, y, yHat, r } = samples[0] as (typeof samples)[number];
    const sx = operand(x);
    lines.push([`x = ${workNumber(x)}`, `y = ${workNumber(y)}`]);
    lines.push([
      `ŷ = ${work.prediction} = ${work.substitute(sx, params)} = ${workNumber(yHat)}`,
      `error ŷ − y = ${workNumber(r)}`,
      `loss (ŷ − y)² = ${workNumber(loss)}`,
    ]);
    work.gradients.forEach((g, j) => {
      const value = g.substitute(sx, operand(y), params, operand(r));
      lines.push([
        `∂loss/∂${names[j]} = ${g.formula} = ${value} = ${workNumber(grads[j] as number)}`,
      ]);
    });
  } else {
    lines.push([
      `batch of ${count}: samples ${start + 1}–${end} of ${data.xs.length}`,
      `ŷ = ${work.prediction} at ${names.map((n, j) => `${n} = ${workNumber(before.params[j] as number)}`).join(", ")}`,
    ]);
    const header = ["x", "y", "ŷ", "ŷ − y", "(ŷ − y)²", ...work.gradients.map((g) => g.formula)];
    const rows = samples.map((s) => [
      workNumber(s.x),
      workNumber(s.y),
      workNumber(s.yHat),
      workNumber(s.r),
      workNumber(s.r * s.r),
      ...s.terms.map(workNumber),
    ]);
    if (count > SHOWN_SAMPLES)
      rows.splice(
        -1,
        0,
        header.map((_, c) => (c === 0 ? "…" : "")),
      );
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]?.length ?? 0)));
    for (const row of [header, ...rows]) {
      lines.push([
        row
          .map((cell, c) => cell.padEnd(widths[c] as number))
          .join("  ")
          .trimEnd(),
      ]);
    }
    lines.push([
      `loss = mean (ŷ − y)² = ${meanText(
        samples.map((s) => s.r * s.r),
        count,
      )} = ${workNumber(loss)}`,
    ]);
    work.gradients.forEach((g, j) => {
      const terms = samples.map((s) => s.terms[j] as number);
      lines.push([
        `∂loss/∂${names[j]} = mean ${g.formula} = ${meanText(terms, count)} = ${workNumber(grads[j] as number)}`,
      ]);
    });
  }

  const { scalars, slots } = optimizer;
  const stateAt = (isAfter: boolean) => (isAfter ? next.state : before.optState);
  lines.push(
    ...explainUpdate(spec.id, {
      label: specLabel(spec),
      hyper: spec.hyper,
      lr: before.lr,
      scalar: (name, isAfter) => stateAt(isAfter)[scalars.indexOf(name)] as number,
      slotName: (slot, param) => (p === 1 ? slot : `${slot}_${param}`),
      gradNote: p === 1 ? `g = ∂loss/∂${names[0]}` : "g = its ∂loss/∂ above",
      params: names.map((name, j) => ({
        name,
        before: before.params[j] as number,
        grad: grads[j] as number,
        after: next.params[j] as number,
        slot: (slot, isAfter) =>
          stateAt(isAfter)[scalars.length + slots.indexOf(slot) * p + j] as number,
      })),
    }),
  );
  return {
    update: before.updates + 1,
    isNext: before === state,
    epoch: Math.floor(before.updates / batches),
    batch,
    batches,
    lines: isAscii ? lines.map((line) => line.map(asciiLine)) : lines,
  };
}
