import { batchesPerEpoch } from "./config.js";
import { formatShort } from "./format.js";
import { float64Column, KernelIO, kernelFor, STOP } from "./kernel.js";
import { MODELS } from "./models/index.js";
import { isSameSpec, OPTIMIZERS, optimizerStep } from "./optimizers/index.js";
import { hyperVector } from "./optimizers/optimizer.js";
import { OverviewWriter } from "./overview.js";
import {
  CHECKPOINT_EVERY,
  CHECKPOINT_FIELDS,
  EPOCH_FIELDS,
  type RunState,
  type Status,
} from "./run.js";
import { stepSchedule } from "./schedules.js";
import { readTape, type Tape, TapeWriter, truncateTape } from "./tape.js";

/** What a sink sees of each update; the arrays are the engine's scratch, valid during the call. */
export interface UpdateEvent {
  readonly epoch: number;
  /** 1-based, from the start of the run. */
  readonly update: number;
  readonly start: number;
  readonly end: number;
  /** Batch MSE at the parameters before the update. */
  readonly loss: number;
  /** The learning rate the update used. */
  readonly lr: number;
  /** Gradient of that loss at the parameters before the update. */
  readonly grads: Float64Array;
  /** Parameters before and after the update. */
  readonly before: Float64Array;
  readonly params: Float64Array;
}

export interface EpochEvent {
  readonly epoch: number;
  /** The lecture's `progress` loss: the last batch's loss after its update. */
  readonly progressLoss: number;
  readonly meanLoss: number;
  readonly gradNorm: number;
  readonly params: Float64Array;
}

/**
 * A limit on the time one call of `advance` may take, for a caller that shares its thread (a
 * dashboard's frame, many dashboards in one process). Core reads no clock of its own: `now` is
 * the caller's, read once between slices of work; `until` is on its scale.
 */
export interface TimeBudget {
  readonly now: () => number;
  readonly until: number;
}

/**
 * Data samples a slice of budgeted work touches (≈0.1–1 ms): the clock is read once a slice, so a
 * budget is overrun by at most one slice (and an epoch's mean over the data, if one falls in it),
 * and reading it costs nothing measurable.
 */
export const BUDGET_SLICE_SAMPLES = 1 << 16;

/** Updates in one slice of budgeted work for batches of `batchSize`. */
export function budgetSlice(batchSize: number): number {
  return Math.max(1, Math.floor(BUDGET_SLICE_SAMPLES / batchSize));
}

/** Receives every update as it happens: how the headless CLI streams without storing a run. */
export interface UpdateSink {
  update(event: UpdateEvent): void;
  epoch(event: EpochEvent): void;
}

/**
 * The checkpoint tape made ready for updates from `state`: its newest checkpoint describes the
 * current learning rate and optimizer (one taken at this very update with other settings is
 * replaced), so that replaying from it reproduces what is about to happen.
 */
/** The current optimizer's index in the run's list, the number its checkpoints carry. */
export function optimizerIndex(state: RunState): number {
  const at = state.optimizers.findIndex((spec) => isSameSpec(spec, state.optimizer));
  return at < 0 ? state.optimizers.length : at;
}

function checkpointsFor(state: RunState, optIndex: number): { tape: Tape; isCurrent: boolean } {
  const tape = state.checkpoints;
  const last = tape.length - 1;
  if (last < tape.first) return { tape, isCurrent: false };
  const at = readTape(tape, last, CHECKPOINT_FIELDS.updates);
  const isSame =
    readTape(tape, last, CHECKPOINT_FIELDS.optimizer) === optIndex &&
    readTape(tape, last, CHECKPOINT_FIELDS.lr) === state.lr;
  if (isSame)
    return { tape, isCurrent: at === state.updates || at + CHECKPOINT_EVERY > state.updates };
  return { tape: at === state.updates ? truncateTape(tape, last) : tape, isCurrent: false };
}

function writeCheckpoint(
  writer: TapeWriter,
  updates: number,
  optIndex: number,
  lr: number,
  schedule: Float64Array,
  params: Float64Array,
  optState: Float64Array,
): void {
  writer.reserve();
  const { buf, offset } = writer;
  buf[offset + CHECKPOINT_FIELDS.updates] = updates;
  buf[offset + CHECKPOINT_FIELDS.optimizer] = optIndex;
  buf[offset + CHECKPOINT_FIELDS.lr] = lr;
  buf.set(schedule, offset + CHECKPOINT_FIELDS.schedule);
  buf.set(params, offset + CHECKPOINT_FIELDS.params);
  buf.fill(0, offset + CHECKPOINT_FIELDS.params + params.length, offset + writer.stride);
  buf.set(optState, offset + CHECKPOINT_FIELDS.params + params.length);
  writer.commit();
}

/**
 * Why the update after `updates` would diverge, worked out again the slow way for the message: the
 * kernel stopped before it, and the formulas compiled here are the kernel's, so they agree.
 */
function divergenceReason(state: RunState, io: KernelIO, updates: number): string {
  const { maxLoss, batchSize, data } = state.config;
  const model = MODELS[state.config.model];
  const first = io.batch * batchSize;
  const last = Math.min(first + batchSize, data.xs.length);
  const grads = new Float64Array(io.params.length);
  const loss = model.evaluate(io.params, data.xs, data.ys, first, last, grads);
  const bound = formatShort(maxLoss);
  // Past float64's range there is no number to show, only that it overflowed (NaN is Inf − Inf).
  if (!Number.isFinite(loss)) return `loss overflows before update ${updates + 1}`;
  if (!(loss <= maxLoss))
    return `loss ${formatShort(loss)} (> ${bound}) before update ${updates + 1}`;
  const next = optimizerStep(state.optimizer, io.params, grads, io.state, io.lr);
  const notApplied = `update ${updates + 1} not applied`;
  let reason: string | undefined;
  next.params.forEach((value, j) => {
    if (!Number.isFinite(value)) reason ??= `${notApplied}: ${model.params[j]} would overflow`;
  });
  if (!next.state.every(Number.isFinite))
    reason ??= `${notApplied}: optimizer state would overflow`;
  const mean = model.evaluate(next.params, data.xs, data.ys, 0, data.xs.length, grads);
  reason ??= Number.isFinite(mean)
    ? `${notApplied}: mean loss would be ${formatShort(mean)} (> ${bound})`
    : `${notApplied}: mean loss would overflow`;
  return reason;
}

/** The status a kernel's stop means, given the epoch records it left. */
function stopStatus(state: RunState, io: KernelIO, updates: number): Status {
  const { tolLoss, tolGrad, maxEpochs } = state.config;
  const ended = io.epoch - 1;
  const stride = EPOCH_FIELDS.params + io.params.length;
  const lastRecord = (field: number) =>
    formatShort(io.records[io.recordAt + (io.epochs - 1) * stride + field] as number);
  switch (io.stop) {
    case STOP.diverged:
      return { kind: "diverged", reason: divergenceReason(state, io, updates) };
    case STOP.convergedLoss:
      return {
        kind: "converged",
        reason: `mean loss ${lastRecord(EPOCH_FIELDS.meanLoss)} <= ${formatShort(tolLoss)} at epoch ${ended}`,
      };
    case STOP.convergedGrad:
      return {
        kind: "converged",
        reason: `gradient norm ${lastRecord(EPOCH_FIELDS.gradNorm)} <= ${formatShort(tolGrad)} at epoch ${ended}`,
      };
    default:
      return { kind: "done", reason: `epoch limit ${maxEpochs} reached` };
  }
}

/**
 * Keeps the epochs a kernel call ended, which it wrote into the epoch tape's chunk: commits them,
 * passes the overview the ones it samples, and tells the sink.
 */
function fileEpochs(
  io: KernelIO,
  firstEpoch: number,
  epochTape: TapeWriter,
  overview: OverviewWriter,
  sink: UpdateSink | undefined,
): void {
  const { stride } = epochTape;
  const record = (epoch: number, field: number) =>
    io.records[io.recordAt + (epoch - firstEpoch) * stride + field] as number;
  const end = firstEpoch + io.epochs;
  overview.pushRecords(io.records, io.recordAt + EPOCH_FIELDS.meanLoss, stride, io.epochs);
  epochTape.commit(io.epochs);
  if (!sink) return;
  for (let epoch = firstEpoch; epoch < end; epoch++) {
    sink.epoch({
      epoch,
      progressLoss: record(epoch, EPOCH_FIELDS.progressLoss),
      meanLoss: record(epoch, EPOCH_FIELDS.meanLoss),
      gradNorm: record(epoch, EPOCH_FIELDS.gradNorm),
      params: io.params,
    });
  }
}

/**
 * Runs up to `n` updates and returns the new state; stops early on convergence, divergence or the
 * epoch limit. An update is kept only if everything it produced is finite and within bounds, so no
 * NaN or Infinity ever reaches a view. The status is left alone unless the run ended.
 * The updates themselves run in a compiled kernel (kernel.ts), from one checkpoint to the next;
 * with a sink, one at a time, so that it sees each. With a `budget`, the first slice of updates
 * (budgetSlice) always runs, so a run moves however slow its data; each further slice only while
 * the budget's clock reads before `until`. The updates done are the same as without a budget, to
 * the bit: only where it stops differs.
 */
export function advance(
  state: RunState,
  n: number,
  sink?: UpdateSink,
  budget?: TimeBudget,
): RunState {
  if (n <= 0) return state;
  const { config } = state;
  const { batchSize, schedule } = config;
  const isScheduled = schedule.id !== "constant";
  const optIndex = optimizerIndex(state);
  const optimizers =
    optIndex < state.optimizers.length ? state.optimizers : [...state.optimizers, state.optimizer];
  const p = MODELS[config.model].params.length;
  const bpe = batchesPerEpoch(config);
  const kernel = kernelFor(config.model, state.optimizer, batchSize);
  const io = new KernelIO(p, state.optState.length);
  io.hyper = hyperVector(OPTIMIZERS[state.optimizer.id], state.optimizer.hyper);
  let lr = state.lr;
  const scheduleState = Float64Array.from(state.scheduleState);
  io.xs = float64Column(config.data.xs);
  io.ys = float64Column(config.data.ys);
  io.batchSize = batchSize;
  io.batchesPerEpoch = bpe;
  io.lr = lr;
  io.maxLoss = config.maxLoss;
  io.tolLoss = config.tolLoss;
  io.tolGrad = config.tolGrad;
  io.maxEpochs = config.maxEpochs;
  io.params.set(state.params);
  io.state.set(state.optState);
  const start = checkpointsFor(state, optIndex);
  const checkpoints = new TapeWriter(start.tape);
  const epochTape = new TapeWriter(state.epochTape);
  let updates = state.updates;
  let status: Status = state.status;
  let nextCheckpoint = start.isCurrent
    ? updates - (updates % CHECKPOINT_EVERY) + CHECKPOINT_EVERY
    : updates;
  io.batch = updates % bpe;
  io.epoch = (updates - io.batch) / bpe;
  const overview = new OverviewWriter(state.overview, io.epoch);
  const before = new Float64Array(p);
  const event = {
    epoch: 0,
    update: 0,
    start: 0,
    end: 0,
    loss: 0,
    lr,
    grads: io.grads,
    before,
    params: io.params,
  };

  const slice = budget ? budgetSlice(batchSize) : Number.POSITIVE_INFINITY;
  let sliceEnd = slice;

  for (let done = 0; done < n; ) {
    if (done >= sliceEnd) {
      if (budget && budget.now() >= budget.until) break;
      sliceEnd = done + slice;
    }
    if (updates === nextCheckpoint) {
      writeCheckpoint(checkpoints, updates, optIndex, lr, scheduleState, io.params, io.state);
      nextCheckpoint = updates - (updates % CHECKPOINT_EVERY) + CHECKPOINT_EVERY;
    }
    // A schedule steps at each epoch's end, so a kernel call then ends there.
    const toEpochEnd = isScheduled ? bpe - io.batch : n;
    io.count = sink ? 1 : Math.min(n - done, nextCheckpoint - updates, sliceEnd - done, toEpochEnd);
    const epoch = io.epoch;
    const first = io.batch * batchSize;
    if (sink) before.set(io.params);
    io.records = epochTape.buf;
    io.recordAt = epochTape.offset;
    const kept = kernel(io);
    updates += kept;
    done += kept;
    if (sink && kept === 1) {
      event.epoch = epoch;
      event.update = updates;
      event.start = first;
      event.end = Math.min(first + batchSize, io.xs.length);
      event.loss = io.loss;
      event.lr = lr;
      sink.update(event);
    }
    if (isScheduled && io.epochs > 0) {
      const mean = io.records[io.recordAt + EPOCH_FIELDS.meanLoss] as number;
      const next = stepSchedule(schedule, config.lr, lr, io.epoch, mean, scheduleState);
      // torch lets a schedule reach 0 (cosine with eta_min 0); nothing makes it negative.
      if (next !== lr && Number.isFinite(next) && next >= 0) {
        lr = next;
        io.lr = lr;
        nextCheckpoint = updates;
      }
    }
    fileEpochs(io, epoch, epochTape, overview, sink);
    // A new chunk only when an epoch's record is due: one made early would push the oldest out.
    if (io.stop === STOP.needsRoom) epochTape.reserve();
    else if (io.stop !== STOP.none) {
      status = stopStatus(state, io, updates);
      break;
    }
  }

  // A checkpoint due where the call ends (a schedule changed the rate at its last update) is taken
  // now: the next call compares the rate then with the last checkpoint's, and a rate set back to
  // that one meanwhile would hide the schedule's change from a step back.
  if (updates === nextCheckpoint && updates > state.updates) {
    writeCheckpoint(checkpoints, updates, optIndex, lr, scheduleState, io.params, io.state);
  }
  return finish(state, {
    status,
    optimizers,
    lr,
    scheduleState,
    params: io.params,
    optState: io.state,
    updates,
    checkpoints,
    epochTape,
    overview,
  });
}

/**
 * The state after a call of `advance`. Its own function, not the tail of `advance`: V8 compiles the
 * hot loop while it runs, before this code has run once, and would otherwise leave the compiled loop
 * at every return for want of type feedback here.
 */
function finish(
  state: RunState,
  end: {
    status: Status;
    optimizers: RunState["optimizers"];
    lr: number;
    scheduleState: Float64Array;
    params: Float64Array;
    optState: Float64Array;
    updates: number;
    checkpoints: TapeWriter;
    epochTape: TapeWriter;
    overview: OverviewWriter;
  },
): RunState {
  if (end.updates === state.updates)
    return end.status === state.status ? state : { ...state, status: end.status };
  return {
    ...state,
    status: end.status,
    optimizers: end.optimizers,
    lr: end.lr,
    scheduleState: end.scheduleState,
    params: end.params,
    optState: end.optState,
    updates: end.updates,
    checkpoints: end.checkpoints.close(),
    epochTape: end.epochTape.close(),
    overview: end.overview.close(),
  };
}
