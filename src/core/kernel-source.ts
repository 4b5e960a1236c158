import {
  bindParams,
  checkNames,
  elements,
  evaluateCode,
  locals,
  optimizerStateSize,
  updateCode,
  updateLoopCode,
} from "./formulas.js";
import { kernelKey } from "./kernel-key.js";
import { STOP } from "./kernel-stop.js";
import { MODEL_DEFINITIONS } from "./models/definitions.js";
import type { ModelDefinition } from "./models/model.js";
import { FAMILIES } from "./optimizers/definitions.js";
import { hyperNames, type OptimizerDefinition } from "./optimizers/optimizer.js";
import { EPOCH_FIELDS } from "./run-layout.js";

/**
 * The source of src/core/generated/kernels.ts, from the models' and optimizers' formulas:
 * scripts/gen-kernels.mjs writes it, and a test holds the committed file to it.
 */

/** `const name = array[i] as number;` for each hyperparameter the formulas read. */
function hyperDeclarations(o: OptimizerDefinition, array: string): string {
  return hyperNames(o)
    .map((name, i) => `const ${name} = ${array}[${i}] as number;`)
    .join(" ");
}

/**
 * The engine's inner loop for one model, optimizer family and batch shape, with the parameters,
 * gradients and optimizer state in local variables; hyperparameters are read from `io.hyper`
 * once a call. Each kernel is its own function, so V8's feedback for it is monomorphic and it
 * optimises as a hand-written loop would. An update is kept only if its loss, new parameters, new
 * state and (at an epoch's end) mean loss are all finite and within bounds; otherwise the kernel
 * stops before it with STOP.diverged.
 */
function kernelSource(m: ModelDefinition, o: OptimizerDefinition, isOneSample: boolean): string {
  const p = m.params.length;
  const size = optimizerStateSize(o, p);
  const P = locals("$p", p); // parameters
  const G = locals("$g", p); // gradient of the update's batch
  const S = locals("$s", size); // optimizer state
  const Q = locals("$q", p); // parameters after the update
  const T = locals("$t", size); // state after the update
  const F = locals("$f", p); // gradient over all the data, at an epoch's end
  const E = EPOCH_FIELDS;
  const declare = (names: readonly string[], from?: string) =>
    names.map((v, i) => `let ${v} = ${from ? `${from}[${i}] as number` : "0"};`).join(" ");
  const finite = (names: readonly string[]) => names.map((v) => `${v} - ${v} === 0`);
  const range = (start: string, end: string, one: boolean) => ({ start, end, isOneSample: one });
  return `export function ${kernelName(m, o, isOneSample)}(io: KernelIO): number {
    const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
    const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
    const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
    const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
    const $h = io.hyper; ${hyperDeclarations(o, "$h")}
    ${declare(P, "io.params")} ${declare(S, "io.state")} ${declare(G)}
    let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
    while ($done < $count) {
      if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = ${STOP.needsRoom}; break; }
      ${
        isOneSample
          ? "const $first = $batch; const $last = $batch + 1;"
          : "const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;"
      }
      ${evaluateCode(m, P, range("$first", "$last", isOneSample), { loss: "$loss", grads: G })}
      if (!($loss <= $maxLoss)) { $stop = ${STOP.diverged}; break; }
      ${declare(Q)} ${declare(T)}
      ${updateCode(o, p, { params: P, grads: G, state: S }, { params: Q, state: T })}
      if (!(${["true", ...finite(Q), ...finite(T)].join(" && ")})) { $stop = ${STOP.diverged}; break; }
      const $isEpochEnd = $batch === $lastBatch;
      let $progress = 0, $mean = 0; ${declare(F)}
      if ($isEpochEnd) {
        ${evaluateCode(m, Q, range("$first", "$last", isOneSample), { loss: "$progress", grads: F })}
        ${evaluateCode(m, Q, range("0", "$n", false), { loss: "$mean", grads: F })}
        if (!($mean <= $maxLoss)) { $stop = ${STOP.diverged}; break; }
      }
      ${P.map((v, j) => `${v} = ${Q[j]};`).join(" ")} ${S.map((v, i) => `${v} = ${T[i]};`).join(" ")}
      $done++;
      if (!$isEpochEnd) { $batch++; continue; }
      $batch = 0;
      $epoch++;
      // The norm as evaluate.ts's norm() computes it, to the bit.
      const $squares = 0 ${F.map((f) => `+ ${f} * ${f}`).join(" ")};
      const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot(${F.join(", ")});
      $records[$at + ${E.progressLoss}] = $progress;
      $records[$at + ${E.meanLoss}] = $mean;
      $records[$at + ${E.gradNorm}] = $norm;
      ${Q.map((q, j) => `$records[$at + ${E.params + j}] = ${q};`).join(" ")}
      $at += ${E.params + p};
      if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = ${STOP.convergedLoss}; break; }
      if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = ${STOP.convergedGrad}; break; }
      if ($epoch >= $maxEpochs) { $stop = ${STOP.epochLimit}; break; }
    }
    ${P.map((v, j) => `io.params[${j}] = ${v};`).join(" ")}
    ${S.map((v, i) => `io.state[${i}] = ${v};`).join(" ")}
    ${G.map((v, j) => `io.grads[${j}] = ${v};`).join(" ")}
    io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / ${E.params + p}; io.stop = $stop;
    return $done;
  }`;
}

function kernelName(m: ModelDefinition, o: OptimizerDefinition, isOneSample: boolean): string {
  return `${m.id}_${o.family}_${isOneSample ? "oneSample" : "batch"}`;
}

function modelSource(m: ModelDefinition): string {
  const at = elements("p", m.params.length);
  const grads = locals("$g", m.params.length);
  return `export function ${m.id}Predict(p: ArrayLike<number>, x: number): number {
    ${bindParams(m, at)}
    return ${m.prediction};
  }

  export function ${m.id}Evaluate(p: ArrayLike<number>, $xs: ArrayLike<number>, $ys: ArrayLike<number>, start: number, end: number, grads: Float64Array): number {
    let $loss = 0; ${grads.map((g) => `let ${g} = 0;`).join(" ")}
    ${evaluateCode(m, at, { start: "start", end: "end", isOneSample: false }, { loss: "$loss", grads })}
    ${grads.map((g, j) => `grads[${j}] = ${g};`).join(" ")}
    return $loss;
  }`;
}

function updateSource(o: OptimizerDefinition): string {
  return `export function ${o.family}Update(params: Float64Array, state: Float64Array, grads: Float64Array, lr: number, hyper: Float64Array, nextParams: Float64Array, nextState: Float64Array): void {
    ${hyperDeclarations(o, "hyper")}
    ${updateLoopCode(o)}
  }`;
}

/** Generated code is indented by nesting, two spaces a level, for a reader of a stack trace. */
function indent(source: string): string {
  let depth = 0;
  const lines: string[] = [];
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      if (lines[lines.length - 1] !== "") lines.push("");
      continue;
    }
    const opens = (line.match(/[{(]/g) ?? []).length;
    const closes = (line.match(/[})]/g) ?? []).length;
    const lead = /^[})]/.test(line) ? 1 : 0;
    lines.push(`${"  ".repeat(Math.max(0, depth - lead))}${line}`);
    depth = Math.max(0, depth + opens - closes);
  }
  return lines.join("\n");
}

export function generatedSource(
  models: readonly ModelDefinition[] = Object.values(MODEL_DEFINITIONS),
  families: readonly OptimizerDefinition[] = FAMILIES,
): string {
  for (const m of models) checkNames(m.params, `model ${m.id}`);
  for (const o of families)
    checkNames([...o.scalars, ...o.slots, ...hyperNames(o)], `optimizer ${o.family}`);
  const kernels = models.flatMap((m) =>
    families.flatMap((o) => [true, false].map((one) => ({ m, o, one }))),
  );
  const parts = [
    [
      "// Written by `npm run gen` (scripts/gen-kernels.mjs) from the formulas in src/core/models/",
      "// and src/core/optimizers/, through src/core/kernel-source.ts. Do not edit: change the",
      "// formulas and regenerate; test/core/generated.test.ts fails when this file is stale.",
      'import type { KernelIO } from "../kernel.js";',
    ].join("\n"),
    ...models.map(modelSource),
    ...families.map(updateSource),
    ...kernels.map(({ m, o, one }) => kernelSource(m, o, one)),
    `export const MODEL_CODE = {\n${models
      .map((m) => `${m.id}: { predict: ${m.id}Predict, evaluate: ${m.id}Evaluate },`)
      .join("\n")}\n} as const;`,
    `export const OPTIMIZER_CODE: Readonly<Record<string, typeof sgdUpdate>> = {\n${families
      .map((o) => `${o.family}: ${o.family}Update,`)
      .join("\n")}\n};`,
    `export const KERNELS: Readonly<Record<string, (io: KernelIO) => number>> = {\n${kernels
      .map(({ m, o, one }) => `"${kernelKey(m.id, o.family, one)}": ${kernelName(m, o, one)},`)
      .join("\n")}\n};`,
  ];
  return `${indent(parts.join("\n\n"))}\n`;
}
