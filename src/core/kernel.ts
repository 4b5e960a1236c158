import { KERNELS } from "./generated/kernels.js";
import { kernelKey } from "./kernel-key.js";
import { STOP } from "./kernel-stop.js";
import type { ModelId } from "./models/index.js";
import { OPTIMIZERS, type OptimizerSpec } from "./optimizers/index.js";
import { isPlainSgd } from "./optimizers/sgd.js";

export { STOP };

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
  /** The optimizer's hyperparameters, in the order its formulas read them (hyperVector). */
  hyper: Float64Array = new Float64Array(0);
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
 * The kernel for a model, optimizer and batch shape: generated at build time from their formulas
 * (kernel-source.ts), one function each, and the same for every run of them; what differs from run
 * to run (hyperparameters, rates, bounds) comes in through the KernelIO.
 */
export function kernelFor(model: ModelId, optimizer: OptimizerSpec, batchSize: number): Kernel {
  const { family } = OPTIMIZERS[optimizer.id];
  const isPlain = family === "sgd" && isPlainSgd(optimizer.hyper);
  return KERNELS[kernelKey(model, isPlain ? "sgdPlain" : family, batchSize === 1)] as Kernel;
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
