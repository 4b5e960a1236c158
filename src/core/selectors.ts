import { changesUpTo } from "./changes.js";
import { batchesPerEpoch, modelOf } from "./config.js";
import { type Dataset, LECTURE_DATA } from "./data.js";
import type { EpochEvent, UpdateEvent } from "./engine.js";
import { norm } from "./evaluate.js";
import { lossFromStats } from "./loss-stats.js";
import { effectiveRates, type StateRow, stateRows } from "./opt-state.js";
import { OPTIMIZERS } from "./optimizers/index.js";
import { overviewBuckets } from "./overview.js";
import { replay } from "./replay.js";
import type { RunState } from "./run.js";
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
  /**
   * The last update's sample (or batch) loss at the parameters now, after that update: the
   * lecture's `l`, which its `progress` line prints; undefined before any update.
   */
  readonly lastLoss: number | undefined;
  /** Samples in the last update's batch (0 before any update). */
  readonly lastBatchSize: number;
  /** The data are Lecture 3's hours and scores, so x = 4 is its "4 hours". */
  readonly isLectureData: boolean;
  /** The optimizer's name, and its state per parameter (empty for plain SGD, which keeps none). */
  readonly optimizerLabel: string;
  readonly state: readonly StateRow[];
  /** The last update's −Δθ/g per parameter (empty before any update). */
  readonly rates: readonly (number | undefined)[];
}

/**
 * The numbers are drawn every frame, so the mean loss and its gradient come from the run's loss
 * statistics in O(p²), not a sum over the data (O(rows)); both agree with a direct sum to a few
 * units in the last place of what is shown (test/core/selectors-stats.test.ts).
 */
export function readout(state: RunState): Readout {
  const model = modelOf(state.config);
  const { data } = state.config;
  const full = new Float64Array(state.params.length);
  const meanLoss = lossFromStats(state.stats, state.params, full);
  let delta: number[] = [];
  let grads: number[] = [];
  let batch = { start: 0, end: 0 };
  replay(state, state.updates - 1, {
    update(event: UpdateEvent) {
      batch = { start: event.start, end: event.end };
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
    // A full batch's loss is the mean already; a smaller batch's is summed over its rows only.
    lastLoss:
      batch.end <= batch.start
        ? undefined
        : batch.end - batch.start === data.xs.length
          ? meanLoss
          : model.evaluate(state.params, data.xs, data.ys, batch.start, batch.end, scratchOf(full)),
    lastBatchSize: batch.end - batch.start,
    isLectureData: isLecture(data),
    optimizerLabel: OPTIMIZERS[state.optimizer.id].label,
    state: stateRows(state.optimizer, state.optState, state.params.length),
    rates: effectiveRates(delta, grads),
  };
}

/** A gradient array to write into and ignore, the same size as `like`. */
const scratchOf = (like: Float64Array) => new Float64Array(like.length);

function isLecture(data: Dataset): boolean {
  const same = (a: readonly number[], b: readonly number[]) =>
    a.length === b.length && a.every((v, i) => v === b[i]);
  return same(data.xs, LECTURE_DATA.xs) && same(data.ys, LECTURE_DATA.ys);
}

/** The last `count` lines of the lecture's transcript: `grad:` per update, `progress:` per epoch. */
export function logLines(state: RunState, count: number): string[] {
  const { config } = state;
  const lines: string[] = [];
  // Every update adds at least its grad line, so the last `count` updates hold the last `count`
  // lines; replaying an epoch's worth more would cost O(rows) a frame on large data.
  replay(state, state.updates - count, {
    update: (u: UpdateEvent) => lines.push(gradLine(config, u.start, u.end, u.grads)),
    epoch: (e: EpochEvent) => lines.push(progressLine(config, e.epoch, e.params, e.progressLoss)),
  });
  return lines.slice(-count);
}

/** Mean loss over the data for the loss chart, and where each value sits. */
export interface LossSeries {
  /** Oldest first: the loss before any update, then per update or per epoch, then the latest. */
  readonly values: readonly number[];
  /** Each value's place: updates done, or epochs ended (fractional within an epoch). */
  readonly xs: readonly number[];
  readonly per: "update" | "epoch";
  /** Epochs each kept bucket of a long run spans (it gives its lowest and highest value). */
  readonly stride: number;
  /** Where the learning rate or optimizer changed, in the same units as `xs`. */
  readonly marks: readonly number[];
}

/**
 * Per update while the run is young (fewer than `perUpdateBelow` updates), so the first steps show
 * as more than a dot; then per epoch, from the whole-run overview, whose buckets keep their
 * extremes. Either way it starts at the loss before any update and ends at the loss now. Losses not
 * kept by the engine come from the run's statistics, O(p²) each, whatever the data's size.
 */
export function lossSeries(state: RunState, perUpdateBelow: number): LossSeries {
  const { stats, config } = state;
  const values = [lossFromStats(stats, config.init)];
  const xs = [0];
  const { at } = changesUpTo(state.changes, state.updates);
  if (state.updates < perUpdateBelow) {
    replay(state, 0, {
      update(u: UpdateEvent) {
        values.push(lossFromStats(stats, u.params));
        xs.push(u.update);
      },
      epoch() {},
    });
    return { values, xs, per: "update", stride: 1, marks: at };
  }
  for (const bucket of overviewBuckets(state.overview)) {
    if (bucket.to > bucket.from) {
      values.push(bucket.first);
      xs.push(bucket.from + 1);
    }
    values.push(bucket.second);
    xs.push(bucket.to + 1);
  }
  const bpe = batchesPerEpoch(config);
  if (state.updates % bpe !== 0) {
    values.push(lossFromStats(stats, state.params));
    xs.push(state.updates / bpe);
  }
  const marks = at.map((u) => u / bpe);
  return { values, xs, per: "epoch", stride: state.overview.stride, marks };
}
