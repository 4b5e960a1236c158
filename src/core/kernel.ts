import { compile, evaluateCode, locals, optimizerStateSize, updateCode } from "./formulas.js";
import type { Model } from "./models/index.js";
import type { Optimizer } from "./optimizers/index.js";
import { EPOCH_FIELDS } from "./run.js";

/** Why a kernel stopped before its count. */
export const STOP = {
  none: 0,
  /** The next update was not applied: a loss, parameter or state would be out of bounds. */
  diverged: 1,
  convergedLoss: 2,
  convergedGrad: 3,
  epochLimit: 4,
  /** The next update ends an epoch and `records` has no room for it: make room, call again. */
  needsRoom: 5,
} as const;

/**
 * A kernel's inputs and outputs, one object so that a call passes one pointer and V8 sees one
 * shape. The engine fills it, calls the kernel, and reads back what changed.
 */
export class KernelIO {
  // In: the problem.
  xs: Float64Array = new Float64Array(0);
  ys: Float64Array = new Float64Array(0);
  batchSize = 1;
  batchesPerEpoch = 1;
  lr = 0;
  maxLoss = 0;
  tolLoss = 0;
  tolGrad = 0;
  maxEpochs = 0;
  /** Updates to run at most. */
  count = 0;
  // In and out: where the run is. Parameters and state are read, then written back in place.
  params: Float64Array;
  state: Float64Array;
  batch = 0;
  epoch = 0;
  // Out.
  /** The last update's loss and gradient (at the parameters before it). */
  loss = 0;
  readonly grads: Float64Array;
  /**
   * Where epoch records go (EPOCH_FIELDS' layout), from `recordAt` on: the epoch tape's current
   * chunk. When it is full, the kernel stops before the update that would end an epoch
   * (STOP.needsRoom); `epochs` says how many records it wrote.
   */
  records: Float64Array = new Float64Array(0);
  recordAt = 0;
  epochs = 0;
  stop: number = STOP.none;

  constructor(p: number, stateSize: number) {
    this.params = new Float64Array(p);
    this.state = new Float64Array(stateSize);
    this.grads = new Float64Array(p);
  }
}

/** Runs up to `io.count` updates; returns how many were kept. */
export type Kernel = (io: KernelIO) => number;

/**
 * The engine's inner loop for one model, optimizer and batch shape, compiled from their formulas
 * with the parameters, gradients and optimizer state in local variables. Each kernel is its own
 * function, so V8's feedback for it is monomorphic and it optimises as a hand-written loop would.
 * An update is kept only if its loss, new parameters, new state and (at an epoch's end) mean loss
 * are all finite and within bounds; otherwise the kernel stops before it with STOP.diverged.
 */
function buildKernel(model: Model, optimizer: Optimizer, isOneSample: boolean): Kernel {
  const m = model.formulas;
  const p = m.params.length;
  const size = optimizerStateSize(optimizer.formulas, p);
  const P = locals("$p", p); // parameters
  const G = locals("$g", p); // gradient of the update's batch
  const S = locals("$s", size); // optimizer state
  const Q = locals("$q", p); // parameters after the update
  const T = locals("$t", size); // state after the update
  const F = locals("$f", p); // gradient over all the data, at an epoch's end
  const E = EPOCH_FIELDS;
  const declare = (names: readonly string[], from?: string) =>
    names.map((v, i) => `let ${v} = ${from ? `${from}[${i}]` : "0"};`).join(" ");
  const finite = (names: readonly string[]) => names.map((v) => `${v} - ${v} === 0`);
  const body = `
    const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
    const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
    const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
    const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
    ${declare(P, "io.params")} ${declare(S, "io.state")} ${declare(G)}
    let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
    while ($done < $count) {
      if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = ${STOP.needsRoom}; break; }
      ${
        isOneSample
          ? "const $first = $batch; const $last = $batch + 1;"
          : "const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;"
      }
      ${evaluateCode(m, P, { start: "$first", end: "$last", isOneSample }, { loss: "$loss", grads: G })}
      if (!($loss <= $maxLoss)) { $stop = ${STOP.diverged}; break; }
      ${declare(Q)} ${declare(T)}
      ${updateCode(optimizer.formulas, p, { params: P, grads: G, state: S }, { params: Q, state: T })}
      if (!(${["true", ...finite(Q), ...finite(T)].join(" && ")})) { $stop = ${STOP.diverged}; break; }
      const $isEpochEnd = $batch === $lastBatch;
      let $progress = 0, $mean = 0; ${declare(F)}
      if ($isEpochEnd) {
        ${evaluateCode(m, Q, { start: "$first", end: "$last", isOneSample }, { loss: "$progress", grads: F })}
        ${evaluateCode(m, Q, { start: "0", end: "$n", isOneSample: false }, { loss: "$mean", grads: F })}
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
    return $done;`;
  return compile(
    `${model.id}_${optimizer.id}_${isOneSample ? "oneSample" : "batch"}`,
    ["io"],
    body,
  );
}

const kernels = new Map<string, Kernel>();

/** The kernel for a model, optimizer and batch shape, compiled the first time it is asked for. */
export function kernelFor(model: Model, optimizer: Optimizer, batchSize: number): Kernel {
  const isOneSample = batchSize === 1;
  const key = `${model.id}/${optimizer.id}/${isOneSample}`;
  let kernel = kernels.get(key);
  if (!kernel) {
    kernel = buildKernel(model, optimizer, isOneSample);
    kernels.set(key, kernel);
  }
  return kernel;
}

const columns = new WeakMap<ArrayLike<number>, Float64Array>();

/** A data column as float64, made once per column: kernels then read one kind of array. */
export function float64Column(values: ArrayLike<number>): Float64Array {
  let column = columns.get(values);
  if (!column) {
    column = Float64Array.from(values);
    columns.set(values, column);
  }
  return column;
}
