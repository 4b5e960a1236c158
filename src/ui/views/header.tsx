import { Box } from "ink";
import { batchesPerEpoch, modelOf } from "../../core/config.js";
import { formatPyFloat, formatShort } from "../../core/format.js";
import { changedHyper, OPTIMIZERS, specLabel } from "../../core/optimizers/index.js";
import { followedRun } from "../../core/race-state.js";
import type { RunState } from "../../core/run.js";
import { scheduleLabel } from "../../core/schedules.js";
import { columns } from "../columns.js";
import { nextSteps } from "../next-steps.js";
import { rate } from "../number.js";
import { legendLines, STATUS_COLOR } from "../race-legend.js";
import { type Session, speedOf } from "../session.js";
import { glyph, racerLetter, type Theme, useTheme } from "../theme.js";
import { StyledLine } from "./styled-line.js";

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

/**
 * The data, model, optimizer and batch, within `room` when it can: the rate and schedule after it
 * change as the run goes, so what gives way first is the count of points, then the optimizer's
 * settings (its name stays whole). Past that the line is cut at its end as any other.
 */
function problemText(run: RunState, theme: Theme, room: number): string {
  const { config } = run;
  const dot = glyph(theme, " · ", " | ");
  const points = config.data.xs.length;
  const batch =
    config.batchSize === 1
      ? "batch 1"
      : config.batchSize === points
        ? "batch full"
        : `batch ${config.batchSize}`;
  const formula = theme.isAscii ? modelOf(config).asciiFormula : modelOf(config).formula;
  const counted = `${config.data.name} (${points} point${points === 1 ? "" : "s"})`;
  const text = (data: string, label: string) => [data, formula, label, batch].join(dot);
  const label = specLabel(run.optimizer);
  if (columns(text(counted, label)) <= room) return text(counted, label);
  const over = columns(text(config.data.name, label)) - room;
  if (over <= 0) return text(config.data.name, label);
  // Whole settings or none: `betas=0.8/0` would read as a value.
  const name = OPTIMIZERS[run.optimizer.id].label;
  const settings = changedHyper(run.optimizer);
  if (settings.length === 0) return text(config.data.name, label);
  const ellipsis = glyph(theme, "…", "...");
  const cutAt = (n: number) => [name, ...settings.slice(0, n), ellipsis].join(" ");
  let kept = settings.length - 1;
  while (kept > 0 && columns(cutAt(kept)) > columns(label) - over) kept--;
  return text(config.data.name, cutAt(kept));
}

export interface HeaderProps {
  readonly session: Session;
  readonly width: number;
  /** Said after the counters (gd-tui serve: watchers, or following). */
  readonly tag?: string | undefined;
}

/**
 * Two lines: the problem and its settings; the status, counters and speed, of the followed run.
 * A race adds its legend under them (race-legend.ts): each run's letter, optimizer and status.
 */
export function Header({ session, width, tag }: HeaderProps) {
  const theme = useTheme();
  const run = followedRun(session);
  const { config, status } = run;
  const isRace = session.runs.length > 1;
  const legend = legendLines(session.runs, session.followed, width, theme.isAscii);
  const dot = glyph(theme, " · ", " | ");
  // A schedule's rates run to many digits (cosine): three say where it is.
  const lrText = `lr ${config.schedule.id === "constant" ? formatPyFloat(run.lr) : formatShort(run.lr)}`;
  // The rate above is the schedule's current one: it says which schedule moves it.
  const scheduleText =
    config.schedule.id === "constant" ? "" : `${dot}${scheduleLabel(config.schedule)}`;
  const problem = problemText(
    run,
    theme,
    width - columns(`gd-tui${dot}${dot}${lrText}${scheduleText}`),
  );
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
    // The tag is written with · (serve's texts); a non-UTF-8 terminal gets the ASCII dot.
    ...(tag ? [tag.replaceAll(" · ", dot)] : []),
  ].join(dot);
  return (
    <Box flexDirection="column" width={width}>
      <StyledLine
        width={width}
        segments={[
          { text: "gd-tui", color: "magenta", isBold: true },
          { text: `${dot}${problem}${dot}` },
          { text: lrText, isBold: true },
          ...(scheduleText ? [{ text: scheduleText }] : []),
        ]}
      />
      <StyledLine
        width={width}
        segments={[
          {
            text: `${glyph(theme, "●", "*")} ${isRace ? `${racerLetter(session.followed)} ` : ""}${status.kind}`,
            color: STATUS_COLOR[status.kind],
            isBold: true,
          },
          ...(next ? [{ text: `${dot}${next}`, isBold: true }] : []),
          { text: `${dot}${counters}` },
        ]}
      />
      {legend.map((segments, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: legend lines are positional
        <StyledLine key={i} width={width} segments={segments} />
      ))}
    </Box>
  );
}
