import { batchesPerEpoch } from "./config.js";
import { replay } from "./replay.js";
import { CHECKPOINT_EVERY, EPOCH_FIELDS, type RunState } from "./run.js";
import { PATH_UPDATES } from "./run-layout.js";
import { readTape } from "./tape.js";

export { PATH_UPDATES };

/**
 * Sample rows a frame may replay to find the path. Replaying costs a batch per update from the
 * checkpoint before the path, so per-sample and small batches replay; larger ones read the epoch
 * records instead, and the cost stays bounded whatever the data's size.
 */
const ROW_BUDGET = 1 << 16;

/**
 * The parameters along the last `count` updates, oldest first and the current ones last, with the
 * parameters before the first of them in front. Every update when a batch is the whole data (an
 * epoch record is then an update) or cheap to replay; otherwise every epoch's end.
 */
export function recentPath(state: RunState, count = PATH_UPDATES): Float64Array[] {
  const { config, updates } = state;
  const p = state.params.length;
  const from = Math.max(0, updates - count);
  const bpe = batchesPerEpoch(config);
  const fromTape = (epochs: number, last: number): Float64Array[] => {
    const points: Float64Array[] = [];
    for (let e = Math.max(state.epochTape.first, last - epochs); e < last; e++) {
      const point = new Float64Array(p);
      for (let j = 0; j < p; j++) point[j] = readTape(state.epochTape, e, EPOCH_FIELDS.params + j);
      points.push(point);
    }
    return points;
  };
  if (bpe === 1) {
    const start = from === 0 ? [Float64Array.from(config.init)] : [];
    return [...start, ...fromTape(updates - Math.max(0, from - 1), updates)];
  }
  if (config.batchSize * (CHECKPOINT_EVERY + count) <= ROW_BUDGET) {
    const points: Float64Array[] = [];
    replay(state, from, {
      update(event) {
        if (points.length === 0) points.push(Float64Array.from(event.before));
        points.push(Float64Array.from(event.params));
      },
      epoch() {},
    });
    return points.length > 0 ? points : [Float64Array.from(state.params)];
  }
  const ends = fromTape(count, Math.floor(updates / bpe));
  return [...ends, Float64Array.from(state.params)];
}
