import { batchesPerEpoch, isLearningRateInRange } from "./config.js";
import { advance } from "./engine.js";
import { OPTIMIZERS, type OptimizerId } from "./optimizers/index.js";
import { stepBack } from "./replay.js";
import { createRun, isTerminal, type RunState } from "./run.js";

export type RunEvent =
  /** One update. */
  | { readonly type: "step" }
  /** Updates up to the end of the current epoch. */
  | { readonly type: "step-epoch" }
  /** `updates` updates while running: what the runner sends each frame. */
  | { readonly type: "tick"; readonly updates: number }
  | { readonly type: "run" }
  | { readonly type: "pause" }
  | { readonly type: "toggle" }
  /** Back to exactly the state before the last update. */
  | { readonly type: "step-back" }
  | { readonly type: "set-learning-rate"; readonly lr: number }
  /** Parameters kept, optimizer state fresh. */
  | { readonly type: "set-optimizer"; readonly optimizer: OptimizerId }
  /** Back to the start, keeping the learning rate and optimizer chosen since. */
  | { readonly type: "reset" };

/**
 * The run's state machine: the next state is a pure function of the last one and an event. An event
 * that changes nothing returns the very same object.
 */
export function transition(state: RunState, event: RunEvent): RunState {
  const { status } = state;
  switch (event.type) {
    case "step":
      return manualStep(state, 1);
    case "step-epoch":
      return manualStep(
        state,
        batchesPerEpoch(state.config) - (state.updates % batchesPerEpoch(state.config)),
      );
    case "tick":
      return status.kind === "running" ? advance(state, Math.floor(event.updates)) : state;
    case "run":
      return status.kind === "idle" || status.kind === "paused"
        ? withStatus(state, "running")
        : state;
    case "pause":
      return status.kind === "running" ? withStatus(state, "paused") : state;
    case "toggle":
      return transition(state, { type: status.kind === "running" ? "pause" : "run" });
    case "step-back":
      return stepBack(state);
    case "set-learning-rate":
      return isLearningRateInRange(event.lr) && event.lr !== state.lr
        ? { ...state, lr: event.lr }
        : state;
    case "set-optimizer":
      return event.optimizer === state.optimizer
        ? state
        : {
            ...state,
            optimizer: event.optimizer,
            optState: new Float64Array(OPTIMIZERS[event.optimizer].stateSize(state.params.length)),
          };
    case "reset":
      return state.updates === 0 && status.kind === "idle"
        ? state
        : {
            ...createRun(state.config, state.stats),
            lr: state.lr,
            optimizer: state.optimizer,
            optState: new Float64Array(OPTIMIZERS[state.optimizer].stateSize(state.params.length)),
          };
    default:
      return assertNever(event);
  }
}

/** Steps taken by hand leave the run paused, unless they ended it. */
function manualStep(state: RunState, n: number): RunState {
  if (isTerminal(state.status)) return state;
  const next = advance(state, n);
  return isTerminal(next.status) ? next : withStatus(next, "paused");
}

function withStatus(state: RunState, kind: "running" | "paused"): RunState {
  return state.status.kind === kind ? state : { ...state, status: { kind } };
}

function assertNever(value: never): never {
  throw new Error(`unhandled event ${JSON.stringify(value)}`);
}
