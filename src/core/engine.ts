import { batchesPerEpoch } from "./config.js";
import { norm } from "./evaluate.js";
import { formatShort } from "./format.js";
import { OPTIMIZER_IDS, OPTIMIZERS } from "./optimizers/index.js";
import { OverviewWriter } from "./overview.js";
import {
  CHECKPOINT_EVERY,
  CHECKPOINT_FIELDS,
  EPOCH_FIELDS,
  type RunState,
  type Status,
} from "./run.js";
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
  params: Float64Array,
  optState: Float64Array,
): void {
  writer.reserve();
  const { buf, offset } = writer;
  buf[offset + CHECKPOINT_FIELDS.updates] = updates;
  buf[offset + CHECKPOINT_FIELDS.optimizer] = optIndex;
  buf[offset + CHECKPOINT_FIELDS.lr] = lr;
  buf.set(params, offset + CHECKPOINT_FIELDS.params);
  buf.fill(0, offset + CHECKPOINT_FIELDS.params + params.length, offset + writer.stride);
  buf.set(optState, offset + CHECKPOINT_FIELDS.params + params.length);
  writer.commit();
}

/**
 * Runs up to `n` updates and returns the new state; stops early on convergence, divergence or the
 * epoch limit. An update is kept only if everything it produced is finite and within bounds, so no
 * NaN or Infinity ever reaches a view. The status is left alone unless the run ended.
 * This is the hot loop: work buffers are mutated here and nowhere else, then frozen into the state.
 */
export function advance(state: RunState, n: number, sink?: UpdateSink): RunState {
  if (n <= 0) return state;
  const { config, lr } = state;
  const { model, maxLoss, tolLoss, tolGrad, maxEpochs } = config;
  const { xs, ys } = config.data;
  const optimizer = OPTIMIZERS[state.optimizer];
  const optIndex = OPTIMIZER_IDS.indexOf(state.optimizer);
  const p = model.params.length;
  const bpe = batchesPerEpoch(config);
  // Two pairs of buffers, swapped after each kept update: the state before an update stays
  // intact without a copy, so a diverging update is simply not swapped in.
  let params = state.params.slice();
  let optState = state.optState.slice();
  let nextParams = new Float64Array(p);
  let nextOptState = new Float64Array(optState.length);
  const grads = new Float64Array(p);
  const fullGrads = new Float64Array(p);
  const start = checkpointsFor(state, optIndex);
  const checkpoints = new TapeWriter(start.tape);
  const epochTape = new TapeWriter(state.epochTape);
  let updates = state.updates;
  let status: Status = state.status;
  let nextCheckpoint = start.isCurrent
    ? updates - (updates % CHECKPOINT_EVERY) + CHECKPOINT_EVERY
    : updates;
  let batch = updates % bpe;
  let epoch = (updates - batch) / bpe;
  const overview = new OverviewWriter(state.overview, epoch);
  const event = { epoch: 0, update: 0, start: 0, end: 0, loss: 0, grads, before: params, params };
  const epochEvent = { epoch: 0, progressLoss: 0, meanLoss: 0, gradNorm: 0, params };

  for (let k = 0; k < n; k++) {
    if (updates === nextCheckpoint) {
      writeCheckpoint(checkpoints, updates, optIndex, lr, params, optState);
      nextCheckpoint = updates - (updates % CHECKPOINT_EVERY) + CHECKPOINT_EVERY;
    }
    const first = batch * config.batchSize;
    const last = Math.min(first + config.batchSize, xs.length);
    const loss = model.evaluate(params, xs, ys, first, last, grads);
    if (!(loss <= maxLoss)) {
      status = {
        kind: "diverged",
        reason: `loss ${formatShort(loss)} (> ${formatShort(maxLoss)}) before update ${updates + 1}`,
      };
      break;
    }
    optimizer.update(params, optState, grads, lr, nextParams, nextOptState);

    let diverged: string | undefined;
    for (let j = 0; j < p; j++) {
      if (!Number.isFinite(nextParams[j])) {
        diverged = `update ${updates + 1} not applied: ${model.params[j]} would be ${nextParams[j]}`;
      }
    }
    for (let j = 0; j < nextOptState.length; j++) {
      if (!Number.isFinite(nextOptState[j]))
        diverged ??= `update ${updates + 1} not applied: optimizer state would overflow`;
    }
    const isEpochEnd = batch === bpe - 1;
    let progressLoss = 0;
    let mean = 0;
    if (diverged === undefined && isEpochEnd) {
      progressLoss = model.evaluate(nextParams, xs, ys, first, last, fullGrads);
      mean = model.evaluate(nextParams, xs, ys, 0, xs.length, fullGrads);
      if (!(mean <= maxLoss))
        diverged = `update ${updates + 1} not applied: mean loss would be ${formatShort(mean)} (> ${formatShort(maxLoss)})`;
    }
    if (diverged !== undefined) {
      status = { kind: "diverged", reason: diverged };
      break;
    }
    const kept = params;
    params = nextParams;
    nextParams = kept;
    const keptState = optState;
    optState = nextOptState;
    nextOptState = keptState;
    updates++;
    if (sink) {
      event.epoch = epoch;
      event.update = updates;
      event.start = first;
      event.end = last;
      event.loss = loss;
      event.before = nextParams;
      event.params = params;
      sink.update(event);
    }
    if (!isEpochEnd) {
      batch++;
      continue;
    }
    const ended = epoch;
    batch = 0;
    epoch++;
    const gradNorm = norm(fullGrads);
    epochTape.reserve();
    const eb = epochTape.buf;
    const eo = epochTape.offset;
    eb[eo + EPOCH_FIELDS.progressLoss] = progressLoss;
    eb[eo + EPOCH_FIELDS.meanLoss] = mean;
    eb[eo + EPOCH_FIELDS.gradNorm] = gradNorm;
    for (let j = 0; j < p; j++) eb[eo + EPOCH_FIELDS.params + j] = params[j] as number;
    epochTape.commit();
    if (ended === overview.due) overview.push(ended, mean);
    if (sink) {
      epochEvent.epoch = ended;
      epochEvent.progressLoss = progressLoss;
      epochEvent.meanLoss = mean;
      epochEvent.gradNorm = gradNorm;
      epochEvent.params = params;
      sink.epoch(epochEvent);
    }
    if (tolLoss > 0 && mean <= tolLoss) {
      status = {
        kind: "converged",
        reason: `mean loss ${formatShort(mean)} <= ${formatShort(tolLoss)} at epoch ${ended}`,
      };
      break;
    }
    if (tolGrad > 0 && gradNorm <= tolGrad) {
      status = {
        kind: "converged",
        reason: `gradient norm ${formatShort(gradNorm)} <= ${formatShort(tolGrad)} at epoch ${ended}`,
      };
      break;
    }
    if (epoch >= maxEpochs) {
      status = { kind: "done", reason: `epoch limit ${maxEpochs} reached` };
      break;
    }
  }

  return finish(state, { status, params, optState, updates, checkpoints, epochTape, overview });
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
    params: end.params,
    optState: end.optState,
    updates: end.updates,
    checkpoints: end.checkpoints.close(),
    epochTape: end.epochTape.close(),
    overview: end.overview.close(),
  };
}
