import { Box, Text } from "ink";
import { formatPyFloat } from "../../core/format.js";
import { OPTIMIZERS } from "../../core/optimizers/index.js";
import { position, type Status } from "../../core/run.js";
import { rate } from "../number.js";
import type { Session } from "../session.js";
import { speedOf } from "../session.js";
import { glyph, tint, useTheme } from "../theme.js";

const STATUS_COLOR: Record<Status["kind"], string> = {
  idle: "gray",
  running: "green",
  paused: "yellow",
  converged: "cyan",
  diverged: "red",
  done: "blue",
};

export interface HeaderProps {
  readonly session: Session;
  readonly width: number;
}

/** Two lines: the problem and its settings; the status, counters and speed. */
export function Header({ session, width }: HeaderProps) {
  const theme = useTheme();
  const { run } = session;
  const { config, status } = run;
  const dot = glyph(theme, " · ", " | ");
  const batch =
    config.batchSize === 1
      ? "batch 1"
      : config.batchSize === config.data.xs.length
        ? "batch full"
        : `batch ${config.batchSize}`;
  const problem = [
    `${config.data.name} (${config.data.xs.length} point${config.data.xs.length === 1 ? "" : "s"})`,
    theme.isAscii ? config.model.asciiFormula : config.model.formula,
    OPTIMIZERS[run.optimizer].label,
    batch,
  ].join(dot);
  const { epoch } = position(run);
  const speed = speedOf(session);
  const speedText = Number.isFinite(speed) ? `${rate(speed)} updates/s` : "max speed";
  const measured =
    status.kind === "running" && session.measuredRate > 0
      ? ` (${rate(session.measuredRate)}/s)`
      : "";
  const reason = "reason" in status ? `: ${status.reason}` : "";
  const counters = [
    `epoch ${Math.min(epoch, config.maxEpochs - 1)} of ${config.maxEpochs}`,
    `update ${run.updates}`,
    `${speedText}${measured}`,
  ].join(dot);
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        <Text bold color={tint(theme, "magenta")}>
          gd-tui
        </Text>
        {dot}
        {problem}
        {dot}
        <Text bold>lr {formatPyFloat(run.lr)}</Text>
      </Text>
      <Text wrap="truncate-end">
        <Text bold color={tint(theme, STATUS_COLOR[status.kind])}>
          {glyph(theme, "●", "*")} {status.kind}
          {reason}
        </Text>
        {dot}
        {counters}
      </Text>
    </Box>
  );
}
