import { Box } from "ink";
import { batchesPerEpoch, modelOf } from "../../core/config.js";
import { formatPyFloat, formatShort } from "../../core/format.js";
import { specLabel } from "../../core/optimizers/index.js";
import type { RunState, Status } from "../../core/run.js";
import { scheduleLabel } from "../../core/schedules.js";
import { nextSteps } from "../next-steps.js";
import { rate } from "../number.js";
import { type Session, speedOf } from "../session.js";
import { glyph, useTheme } from "../theme.js";
import { StyledLine } from "./styled-line.js";

const STATUS_COLOR: Record<Status["kind"], string> = {
  idle: "gray",
  running: "green",
  paused: "yellow",
  converged: "cyan",
  diverged: "red",
  done: "blue",
};

/**
 * The epoch as the lecture numbers it, from 0 (its `progress: 0` ends the first), with its updates
 * done when it has several: the epoch of the last update, or epoch 0 before any. The same number the log's `progress`
 * lines and the status reasons (`at epoch 33`) use, so no two parts of the screen disagree.
 */
export function epochText(run: RunState): string {
  const per = batchesPerEpoch(run.config);
  const epoch = run.updates === 0 ? 0 : Math.floor((run.updates - 1) / per);
  const within = per > 1 ? ` (${run.updates - epoch * per}/${per})` : "";
  return `epoch ${epoch}${within} of ${run.config.maxEpochs}`;
}

export interface HeaderProps {
  readonly session: Session;
  readonly width: number;
  /** Said after the counters (gd-tui serve: watchers, or following). */
  readonly tag?: string | undefined;
}

/** Two lines: the problem and its settings; the status, counters and speed. */
export function Header({ session, width, tag }: HeaderProps) {
  const theme = useTheme();
  const { run } = session;
  const { config, status } = run;
  const dot = glyph(theme, " · ", " | ");
  const points = config.data.xs.length;
  const batch =
    config.batchSize === 1
      ? "batch 1"
      : config.batchSize === points
        ? "batch full"
        : `batch ${config.batchSize}`;
  const problem = [
    `${config.data.name} (${points} point${points === 1 ? "" : "s"})`,
    theme.isAscii ? modelOf(config).asciiFormula : modelOf(config).formula,
    specLabel(run.optimizer),
    batch,
  ].join(dot);
  const speed = speedOf(session);
  const measured =
    status.kind === "running" && session.measuredRate > 0
      ? ` (${rate(session.measuredRate)}/s)`
      : "";
  const speedText = `${Number.isFinite(speed) ? `${rate(speed)} updates/s` : "max speed"}${measured}`;
  const next = nextSteps(run);
  // A finished run shows why it finished where the speed would be: that is what matters then.
  const counters = [
    epochText(run),
    `update ${run.updates}`,
    "reason" in status ? status.reason : speedText,
    ...(tag ? [tag] : []),
  ].join(dot);
  return (
    <Box flexDirection="column" width={width}>
      <StyledLine
        width={width}
        segments={[
          { text: "gd-tui", color: "magenta", isBold: true },
          { text: `${dot}${problem}${dot}` },
          // A schedule's rates run to many digits (cosine): three say where it is.
          {
            text: `lr ${config.schedule.id === "constant" ? formatPyFloat(run.lr) : formatShort(run.lr)}`,
            isBold: true,
          },
          // The rate above is the schedule's current one: it says which schedule moves it.
          ...(config.schedule.id === "constant"
            ? []
            : [{ text: `${dot}${scheduleLabel(config.schedule)}` }]),
        ]}
      />
      <StyledLine
        width={width}
        segments={[
          {
            text: `${glyph(theme, "●", "*")} ${status.kind}`,
            color: STATUS_COLOR[status.kind],
            isBold: true,
          },
          ...(next ? [{ text: `${dot}${next}`, isBold: true }] : []),
          { text: `${dot}${counters}` },
        ]}
      />
    </Box>
  );
}
