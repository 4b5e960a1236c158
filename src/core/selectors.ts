import { batchesPerEpoch } from "./config.js";
import type { EpochEvent, UpdateEvent } from "./engine.js";
import { meanLoss, norm } from "./evaluate.js";
import { replay } from "./replay.js";
import { EPOCH_FIELDS, type RunState } from "./run.js";
import { readTape } from "./tape.js";
import { gradLine, PREDICT_AT, progressLine } from "./transcript.js";

/** What the weights panel shows: the numbers now, and the last update's. */
export interface Readout {
  readonly names: readonly string[];
  readonly params: readonly number[];
  /** Change made by the last update, and the gradient it used (empty before any update). */
  readonly delta: readonly number[];
  readonly grads: readonly number[];
  readonly prediction: number;
  readonly meanLoss: number;
  /** Norm of the gradient of the mean loss over all the data, at the current parameters. */
  readonly gradNorm: number;
}

export function readout(state: RunState): Readout {
  const { model, data } = state.config;
  const full = new Float64Array(state.params.length);
  const meanLoss = model.evaluate(state.params, data.xs, data.ys, 0, data.xs.length, full);
  let delta: number[] = [];
  let grads: number[] = [];
  replay(state, state.updates - 1, {
    update(event: UpdateEvent) {
      grads = Array.from(event.grads);
      delta = Array.from(event.params, (after, j) => after - (event.before[j] as number));
    },
    epoch() {},
  });
  return {
    names: model.params,
    params: Array.from(state.params),
    delta,
    grads,
    prediction: model.predict(state.params, PREDICT_AT),
    meanLoss,
    gradNorm: norm(full),
  };
}

/** The last `count` lines of the lecture's transcript: `grad:` per update, `progress:` per epoch. */
export function logLines(state: RunState, count: number): string[] {
  const { config } = state;
  const bpe = batchesPerEpoch(config);
  const lines: string[] = [];
  // Each epoch adds one progress line to its updates' lines, so replaying this far back is enough.
  const updates = Math.ceil((count * bpe) / (bpe + 1)) + bpe;
  replay(state, state.updates - updates, {
    update: (u: UpdateEvent) => lines.push(gradLine(config, u.start, u.end, u.grads)),
    epoch: (e: EpochEvent) => lines.push(progressLine(config, e.epoch, e.params, e.progressLoss)),
  });
  return lines.slice(-count);
}

/** Mean loss over the data for the loss chart, and what one point stands for. */
export interface LossSeries {
  readonly values: readonly number[];
  readonly per: "update" | "epoch";
  /** Epochs (or updates) each point stands for. */
  readonly stride: number;
}

/**
 * Per epoch, from the whole-run overview; per update while the run is young (fewer than
 * `perUpdateBelow` updates), so the first steps show as more than a dot.
 */
export function lossSeries(state: RunState, perUpdateBelow: number): LossSeries {
  const { model, data, init } = state.config;
  if (state.updates < perUpdateBelow) {
    const scratch = new Float64Array(init.length);
    const values = [meanLoss(model, data.xs, data.ys, Float64Array.from(init), scratch)];
    replay(state, 0, {
      update: (u: UpdateEvent) => values.push(meanLoss(model, data.xs, data.ys, u.params, scratch)),
      epoch() {},
    });
    return { values, per: "update", stride: 1 };
  }
  const values = Array.from(state.overview.values.subarray(0, state.overview.count));
  // The overview holds every stride-th epoch; the newest epoch is added so the line ends now.
  const last = state.epochTape.length - 1;
  if (last >= state.overview.count * state.overview.stride && last >= state.epochTape.first) {
    values.push(readTape(state.epochTape, last, EPOCH_FIELDS.meanLoss));
  }
  return { values, per: "epoch", stride: state.overview.stride };
}
