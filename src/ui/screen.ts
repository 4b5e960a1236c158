import { modelOf } from "../core/config.js";
import { followedRun } from "../core/race-state.js";
import { logLines, type Readout, readout } from "../core/selectors.js";
import { type WorkedStep, workedStep } from "../core/worked-step.js";
import { type Fit, fitLayout, slotOf } from "./layout.js";
import { legendLines } from "./race-legend.js";
import type { Session } from "./session.js";
import { stepLines } from "./step-lines.js";
import { logHeader, logRows } from "./views/grad-log.js";
import { weightsNeed } from "./views/weights.js";

/** Recent log lines measured for the width the log asks for. */
const MEASURED_LOG_LINES = 12;

/**
 * The layout for a session at a size, from what its panels need: the Step panel's lines, the
 * weights' widest line and the log's. App and Dashboard both ask, so they agree on the log's rows.
 */
export function screenLayout(
  session: Pick<Session, "runs" | "followed" | "viewIndex">,
  columns: number,
  rows: number,
  content: { readonly work: WorkedStep; readonly numbers: Readout; readonly isAscii: boolean },
): Fit {
  const weights = weightsNeed(content.numbers, content.isAscii);
  const run = followedRun(session);
  const log = [
    ...logLines(run, MEASURED_LOG_LINES),
    ...logHeader(modelOf(run.config).params, run.config.batchSize > 1, {
      isAscii: content.isAscii,
      isColor: false,
    }).lines,
  ];
  return fitLayout(
    columns,
    rows,
    {
      stepLines: (width) => stepLines(content.work.lines, width).length,
      weightsLines: weights.lines,
      weightsWidth: weights.width,
      // A tab is drawn as two spaces.
      logWidth: Math.max(0, ...log.map((line) => line.replace(/^\t/, "  ").length)),
      hasContour: run.params.length >= 2,
      hasFit: true,
      headerLines: 2 + legendLines(session.runs, session.followed, columns, content.isAscii).length,
    },
    session.viewIndex,
  );
}

/** Lines the gradient log shows in a layout: how far back a scroll can go. */
export function logRowsIn(fit: Fit): number {
  if (fit.kind === "too-small") return 0;
  const slot = slotOf(fit, "log");
  return slot ? logRows(slot.height) : 0;
}

/** Rows the gradient log gets for a session at a size: how far a scroll back can go. */
export function logRowsFor(
  session: Pick<Session, "runs" | "followed" | "viewIndex">,
  columns: number,
  rows: number,
  isAscii: boolean,
): number {
  const run = followedRun(session);
  return logRowsIn(
    screenLayout(session, columns, rows, {
      work: workedStep(run, isAscii),
      numbers: readout(run),
      isAscii,
    }),
  );
}
