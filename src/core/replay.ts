import { batchesPerEpoch } from "./config.js";
import { advance, type UpdateSink } from "./engine.js";
import { truncateOverview } from "./overview.js";
import { CHECKPOINT_FIELDS, EPOCH_FIELDS, freshOptState, type RunState } from "./run.js";
import { SCHEDULE_STATE_SIZE } from "./schedules.js";
import { locate, readTape, truncateTape } from "./tape.js";

/**
 * Past states are rebuilt, not stored: the engine is deterministic, so replaying from the newest
 * checkpoint at or before an update gives that state to the last bit. This is how a step back,
 * the gradient log and the first updates' losses are had without recording every update.
 */

/** Index of the newest checkpoint taken at or before update `target`, or -1. */
function checkpointAtOrBefore(state: RunState, target: number): number {
  const { checkpoints } = state;
  for (let i = checkpoints.length - 1; i >= checkpoints.first; i--) {
    if (readTape(checkpoints, i, CHECKPOINT_FIELDS.updates) <= target) return i;
  }
  return -1;
}

/**
 * The run as it stood after `target` updates (at most the current count), with the learning rate
 * and optimizer then in force; undefined when that is further back than what is kept.
 * The status is the current one: callers decide what a rebuilt state's status is.
 */
export function rewind(state: RunState, target: number): RunState | undefined {
  const index = checkpointAtOrBefore(state, Math.min(target, state.updates));
  const at = locate(state.checkpoints, index);
  if (!at) return undefined;
  const record = (field: number) => at.chunk[at.offset + field] as number;
  const updates = record(CHECKPOINT_FIELDS.updates);
  const epochs = Math.floor(updates / batchesPerEpoch(state.config));
  if (epochs < state.epochTape.first) return undefined;
  const optimizer = state.optimizers[record(CHECKPOINT_FIELDS.optimizer)] ?? state.optimizer;
  const p = state.params.length;
  const from = at.offset + CHECKPOINT_FIELDS.params;
  const size = freshOptState(optimizer, p).length;
  const schedule = at.offset + CHECKPOINT_FIELDS.schedule;
  const start: RunState = {
    ...state,
    optimizer,
    lr: record(CHECKPOINT_FIELDS.lr),
    scheduleState: at.chunk.slice(schedule, schedule + SCHEDULE_STATE_SIZE),
    params: at.chunk.slice(from, from + p),
    optState: at.chunk.slice(from + p, from + p + size),
    updates,
    checkpoints: truncateTape(state.checkpoints, index + 1),
    epochTape: truncateTape(state.epochTape, epochs),
    overview: truncateOverview(state.overview, epochs, (e) =>
      readTape(state.epochTape, e, EPOCH_FIELDS.meanLoss),
    ),
  };
  const rebuilt = advance(start, target - updates);
  return rebuilt.updates === target ? rebuilt : undefined;
}

/**
 * The state exactly as it was before the last update, or the same state when that is not kept.
 * The optimizer stays as it is set now; its state comes back too, unless another optimizer was
 * chosen since, in which case it starts fresh, as a change does (new settings of the same one keep
 * its state, as they did going forward). The learning rate stays as it is set now too, unless a
 * schedule sets it: then it comes back with the schedule's state, as the rest of the run does.
 */
export function stepBack(state: RunState): RunState {
  if (state.updates === 0) return state;
  const back = rewind(state, state.updates - 1);
  if (!back) return state;
  const isSameOptimizer = back.optimizer.id === state.optimizer.id;
  const isScheduled = state.config.schedule.id !== "constant";
  return {
    ...back,
    status: { kind: "paused" },
    lr: isScheduled ? back.lr : state.lr,
    optimizer: state.optimizer,
    optState: isSameOptimizer ? back.optState : freshOptState(state.optimizer, state.params.length),
  };
}

/**
 * Replays updates `from` + 1 … now, telling `sink` of each as the engine first did, segment by
 * segment so that each runs with the learning rate and optimizer it had. Stops quietly where the
 * history is no longer kept.
 */
export function replay(state: RunState, from: number, sink: UpdateSink): void {
  let at = Math.max(0, from);
  while (at < state.updates) {
    const start = rewind(state, at);
    if (!start) return;
    const next = checkpointAtOrBefore(state, state.updates);
    let stop = state.updates;
    for (let i = next; i >= state.checkpoints.first; i--) {
      const updates = readTape(state.checkpoints, i, CHECKPOINT_FIELDS.updates);
      if (updates <= at) break;
      stop = updates;
    }
    advance(start, stop - at, sink);
    at = stop;
  }
}
