import { batchesPerEpoch } from "./config.js";
import { evaluate, norm } from "./evaluate.js";
import { OPTIMIZER_IDS, OPTIMIZERS } from "./optimizers/index.js";
import { OverviewWriter, truncateOverview } from "./overview.js";
import { EPOCH_FIELDS, epochsDone, type RunState, type Status, UPDATE_FIELDS } from "./run.js";
import { locate, TapeWriter, truncateTape } from "./tape.js";

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
  /** Parameters after the update. */
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

/** Three significant digits, for the reasons a run ends. */
function fmt(x: number): string {
  const short = Number(x.toPrecision(3));
  return x === 0 || (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6)
    ? String(short)
    : short.toExponential();
}

/**
 * Runs up to `n` updates and returns the new state; stops early on convergence, divergence or the
 * epoch limit. An update is kept only if everything it produced is finite and within bounds, so no
 * NaN or Infinity ever reaches a view. The status is left alone unless the run ended.
 * This is the hot loop: work buffers are mutated here and nowhere else, then frozen into the state.
 */
export function advance(state: RunState, n: number, sink?: UpdateSink): RunState {
  if (n <= 0) return state;
  const { config } = state;
  const { model, maxLoss, tolLoss, tolGrad, maxEpochs } = config;
  const { xs, ys } = config.data;
  const optimizer = OPTIMIZERS[state.optimizer];
  const optIndex = OPTIMIZER_IDS.indexOf(state.optimizer);
  const lr = state.lr;
  const p = model.params.length;
  const bpe = batchesPerEpoch(config);
  const params = state.params.slice();
  const optState = state.optState.slice();
  const s = optState.length;
  const grads = new Float64Array(p);
  const fullGrads = new Float64Array(p);
  const tape = new TapeWriter(state.updateTape);
  let epochTape: TapeWriter | undefined;
  let overview: OverviewWriter | undefined;
  let updates = state.updates;
  let status: Status = state.status;
  const event = { epoch: 0, update: 0, start: 0, end: 0, loss: 0, grads, params };
  const epochEvent = { epoch: 0, progressLoss: 0, meanLoss: 0, gradNorm: 0, params };

  for (let k = 0; k < n; k++) {
    const batch = updates % bpe;
    const epoch = (updates - batch) / bpe;
    const start = batch * config.batchSize;
    const end = Math.min(start + config.batchSize, xs.length);
    const loss = evaluate(model, xs, ys, start, end, params, grads);
    if (!(loss <= maxLoss)) {
      status = {
        kind: "diverged",
        reason: `loss ${fmt(loss)} beyond ${fmt(maxLoss)} at update ${updates + 1}`,
      };
      break;
    }
    tape.reserve();
    const buf = tape.buf;
    const at = tape.offset + UPDATE_FIELDS.params;
    buf[tape.offset + UPDATE_FIELDS.optimizer] = optIndex;
    for (let j = 0; j < p; j++) buf[at + j] = params[j] as number;
    for (let j = 0; j < s; j++) buf[at + p + j] = optState[j] as number;
    optimizer.apply(params, grads, optState, lr);

    let diverged: string | undefined;
    for (let j = 0; j < p; j++) {
      if (!Number.isFinite(params[j])) {
        diverged = `${model.params[j]} became ${params[j]} at update ${updates + 1}`;
      }
    }
    const isEpochEnd = batch === bpe - 1;
    let progressLoss = 0;
    let mean = 0;
    if (diverged === undefined && isEpochEnd) {
      progressLoss = evaluate(model, xs, ys, start, end, params, fullGrads);
      mean = evaluate(model, xs, ys, 0, xs.length, params, fullGrads);
      if (!(mean <= maxLoss)) {
        diverged = `mean loss ${fmt(mean)} beyond ${fmt(maxLoss)} after update ${updates + 1}`;
      }
    }
    if (diverged !== undefined) {
      for (let j = 0; j < p; j++) params[j] = buf[at + j] as number;
      for (let j = 0; j < s; j++) optState[j] = buf[at + p + j] as number;
      status = { kind: "diverged", reason: diverged };
      break;
    }
    tape.commit();
    updates++;
    if (sink) {
      event.epoch = epoch;
      event.update = updates;
      event.start = start;
      event.end = end;
      event.loss = loss;
      sink.update(event);
    }
    if (!isEpochEnd) continue;

    const gradNorm = norm(fullGrads);
    epochTape ??= new TapeWriter(state.epochTape);
    epochTape.reserve();
    const eb = epochTape.buf;
    const eo = epochTape.offset;
    eb[eo + EPOCH_FIELDS.progressLoss] = progressLoss;
    eb[eo + EPOCH_FIELDS.meanLoss] = mean;
    eb[eo + EPOCH_FIELDS.gradNorm] = gradNorm;
    for (let j = 0; j < p; j++) eb[eo + EPOCH_FIELDS.params + j] = params[j] as number;
    epochTape.commit();
    overview ??= new OverviewWriter(state.overview);
    overview.push(epoch, mean);
    if (sink) {
      epochEvent.epoch = epoch;
      epochEvent.progressLoss = progressLoss;
      epochEvent.meanLoss = mean;
      epochEvent.gradNorm = gradNorm;
      sink.epoch(epochEvent);
    }
    if (tolLoss > 0 && mean <= tolLoss) {
      status = {
        kind: "converged",
        reason: `mean loss ${fmt(mean)} ≤ ${fmt(tolLoss)} at epoch ${epoch}`,
      };
      break;
    }
    if (tolGrad > 0 && gradNorm <= tolGrad) {
      status = {
        kind: "converged",
        reason: `gradient norm ${fmt(gradNorm)} ≤ ${fmt(tolGrad)} at epoch ${epoch}`,
      };
      break;
    }
    if (epoch + 1 >= maxEpochs) {
      status = { kind: "done", reason: `epoch limit ${maxEpochs} reached` };
      break;
    }
  }

  if (updates === state.updates && status === state.status) return state;
  return {
    ...state,
    status,
    params: updates === state.updates ? state.params : params,
    optState: updates === state.updates ? state.optState : optState,
    updates,
    updateTape: tape.close(),
    epochTape: epochTape ? epochTape.close() : state.epochTape,
    overview: overview ? overview.close() : state.overview,
  };
}

/**
 * The state exactly as it was before the last update, or the same state when there is none kept.
 * The learning rate stays as set now; the optimizer's state comes back too unless the optimizer
 * was changed since, in which case it starts fresh, as a change of optimizer does.
 */
export function stepBack(state: RunState): RunState {
  const target = state.updates - 1;
  const at = locate(state.updateTape, target);
  if (!at) return state;
  const p = state.params.length;
  const from = at.offset + UPDATE_FIELDS.params;
  const params = at.chunk.slice(from, from + p);
  const sameOptimizer = OPTIMIZER_IDS[at.chunk[at.offset] as number] === state.optimizer;
  const optState = sameOptimizer
    ? at.chunk.slice(from + p, from + p + state.optState.length)
    : new Float64Array(state.optState.length);
  const back = { ...state, updates: target };
  const epochs = epochsDone(back);
  return {
    ...back,
    status: { kind: "paused" },
    params,
    optState,
    updateTape: truncateTape(state.updateTape, target),
    epochTape: truncateTape(state.epochTape, epochs),
    overview: truncateOverview(state.overview, epochs),
  };
}
