import { changesUpTo, withChange } from "./changes.js";
import { batchesPerEpoch, isLearningRateInRange } from "./config.js";
import { advance, type TimeBudget } from "./engine.js";
import { isSameSpec, type OptimizerSpec } from "./optimizers/index.js";
import { stepBack } from "./replay.js";
import { createRun, freshOptState, isTerminal, type RunState } from "./run.js";

export type RunEvent =
  /** One update. */
  | { readonly type: "step" }
  /** Updates up to the end of the current epoch. */
  | { readonly type: "step-epoch" }
  /**
   * `updates` updates while running: what the runner sends each frame; with a `budget`, fewer
   * when its time runs out first (see `advance`).
   */
  | { readonly type: "tick"; readonly updates: number; readonly budget?: TimeBudget }
  | { readonly type: "run" }
  | { readonly type: "pause" }
  | { readonly type: "toggle" }
  /** Back to exactly the state before the last update. */
  | { readonly type: "step-back" }
  | { readonly type: "set-learning-rate"; readonly lr: number }
  /** Parameters kept, optimizer state fresh (the spec is taken as valid: see spec-text.ts). */
  | { readonly type: "set-optimizer"; readonly optimizer: OptimizerSpec }
  /**
   * New settings for the optimizer in use, its state (momentum buffer, moments) kept: what editing
   * torch's `optimizer.param_groups[0]` between two steps does.
   */
  | { readonly type: "tune-optimizer"; readonly optimizer: OptimizerSpec }
  /**
   * Back to the start, keeping the learning rate and optimizer chosen since; after a divergence,
   * with the learning rate in force before the last increase (see `resetLr`). Under a schedule
   * the rate is the schedule's to set: it starts over from the run's first rate.
   */
  | { readonly type: "reset" }
  /** On past the end: the epoch limit doubles, or a convergence stop is lifted. */
  | { readonly type: "continue" };

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
      return status.kind === "running"
        ? advance(state, Math.floor(event.updates), undefined, event.budget)
        : state;
    case "run":
      return status.kind === "idle" || status.kind === "paused"
        ? withStatus(state, "running")
        : state;
    case "pause":
      return status.kind === "running" ? withStatus(state, "paused") : state;
    case "toggle":
      return transition(state, { type: status.kind === "running" ? "pause" : "run" });
    case "step-back":
      return withChangesKept(state, stepBack(state));
    case "set-learning-rate":
      return isLearningRateInRange(event.lr) && event.lr !== state.lr
        ? {
            ...state,
            lr: event.lr,
            changes: withChange(state.changes, state.updates),
            saferLr: event.lr > state.lr ? state.lr : state.saferLr,
          }
        : state;
    case "set-optimizer":
      return isSameSpec(event.optimizer, state.optimizer)
        ? state
        : {
            ...state,
            optimizer: event.optimizer,
            optState: freshOptState(event.optimizer, state.params.length),
            optimizers: withKnown(state.optimizers, event.optimizer),
            changes: withChange(state.changes, state.updates),
          };
    case "tune-optimizer":
      return isSameSpec(event.optimizer, state.optimizer) ||
        event.optimizer.id !== state.optimizer.id
        ? state
        : {
            ...state,
            optimizer: event.optimizer,
            optimizers: withKnown(state.optimizers, event.optimizer),
            changes: withChange(state.changes, state.updates),
          };
    case "reset": {
      if (state.updates === 0 && status.kind === "idle") return state;
      const fresh = createRun(state.config, state.stats);
      return {
        ...fresh,
        lr: state.config.schedule.id === "constant" ? resetLr(state) : fresh.lr,
        optimizer: state.optimizer,
        optimizers: [state.optimizer],
        optState: freshOptState(state.optimizer, state.params.length),
      };
    }
    case "continue":
      return continued(state);
    default:
      return assertNever(event);
  }
}

/**
 * The learning rate a reset starts with: after a divergence, the one in force before the last
 * increase (the last rate that had not blown up), else the current one.
 */
export function resetLr(state: RunState): number {
  return state.status.kind === "diverged" ? (state.saferLr ?? state.lr) : state.lr;
}

/** Whether `continue` would do anything: after the epoch limit or a convergence stop. */
export function canContinue(state: RunState): boolean {
  return state.status.kind === "done" || state.status.kind === "converged";
}

/**
 * The run goes on running: past the epoch limit for as many epochs again, or past a convergence
 * stop with the convergence tests off (else the next epoch's end would stop it again).
 */
function continued(state: RunState): RunState {
  const { config, status } = state;
  const running = { kind: "running" } as const;
  switch (status.kind) {
    case "done": {
      const maxEpochs = Math.min(2 * config.maxEpochs, Number.MAX_SAFE_INTEGER);
      return { ...state, config: { ...config, maxEpochs }, status: running };
    }
    case "converged":
      return { ...state, config: { ...config, tolLoss: 0, tolGrad: 0 }, status: running };
    case "idle":
    case "running":
    case "paused":
    case "diverged":
      return state;
    default:
      return assertNever(status);
  }
}

/**
 * After a step back, changes made later than where the run now is are undone, and the settings in
 * force now take over from here: that is where the chart marks them.
 */
function withChangesKept(state: RunState, back: RunState): RunState {
  if (back === state) return state;
  const kept = changesUpTo(state.changes, back.updates);
  if (kept === state.changes) return back;
  return { ...back, changes: withChange(kept, back.updates) };
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

/** The run's list of optimizers used (checkpoints name theirs by index), with `spec` in it. */
function withKnown(
  optimizers: readonly OptimizerSpec[],
  spec: OptimizerSpec,
): readonly OptimizerSpec[] {
  return optimizers.some((o) => isSameSpec(o, spec)) ? optimizers : [...optimizers, spec];
}

function assertNever(value: never): never {
  throw new Error(`unhandled event ${JSON.stringify(value)}`);
}
