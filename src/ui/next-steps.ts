import { formatPyFloat } from "../core/format.js";
import { resetLr } from "../core/machine.js";
import type { RunState } from "../core/run.js";

/**
 * What can be done once a run has ended, for the status line: no dead ends. The keys are the
 * keymap's (c continue, b back, r reset); a reset after a divergence names the rate it will use.
 */
export function nextSteps(run: RunState): string | undefined {
  switch (run.status.kind) {
    case "done":
      return `c ${run.config.maxEpochs} more epochs, b back, r reset`;
    case "converged":
      return "c continue, b back, r reset";
    case "diverged": {
      const lr = resetLr(run);
      const reset = lr === run.lr ? "r reset" : `r reset at lr ${formatPyFloat(lr)}`;
      return `b back, ${reset}`;
    }
    case "idle":
    case "running":
    case "paused":
      return undefined;
    default:
      return run.status satisfies never;
  }
}
