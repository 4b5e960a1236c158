import { Box, Text } from "ink";
import { type ReactNode, useMemo } from "react";
import { modelOf } from "../../core/config.js";
import { contourGrid, pairsOf } from "../../core/contour.js";
import { fitData } from "../../core/fit.js";
import { lossSlice } from "../../core/landscape.js";
import { recentPath } from "../../core/path.js";
import { followedRun } from "../../core/race-state.js";
import { logLines, lossSeries, readout } from "../../core/selectors.js";
import { workedStep } from "../../core/worked-step.js";
import { contourCells } from "../contour-plot.js";
import { type Layout, type PanelId, type Slot, slotOf, tooSmallLine } from "../layout.js";
import { logRowsIn, screenLayout } from "../screen.js";
import type { Session } from "../session.js";
import { RACER_COLORS, racerLetter, useTheme } from "../theme.js";
import { ContourPanel } from "./contour-panel.js";
import { FitPanel } from "./fit-panel.js";
import { GradLog, logHeader } from "./grad-log.js";
import { Header } from "./header.js";
import { HelpOverlay } from "./help-overlay.js";
import { KeyBar } from "./key-bar.js";
import { Landscape } from "./landscape.js";
import { LossChart } from "./loss-chart.js";
import { Lines, Panel } from "./panel.js";
import { StepPanel } from "./step-panel.js";
import { Weights } from "./weights.js";

export interface DashboardProps {
  readonly session: Session;
  readonly columns: number;
  readonly rows: number;
  /** Said at the end of the header's second line (gd-tui serve: watchers, or following). */
  readonly tag?: string | undefined;
  /** Shown over the panels, as the help is (gd-tui serve --follow: how to join, for the room). */
  readonly card?: { readonly title: string; readonly lines: readonly string[] } | undefined;
  /** The key bar's text in place of the keymap's keys (a follower's, whose keys are few). */
  readonly keys?: string | undefined;
}

/** Updates shown one by one in the loss chart before it switches to one point per epoch. */
const PER_UPDATE_BELOW = 60;

/** How the key bar names each view `v` can switch to. */
const VIEW_NAMES: Readonly<Record<PanelId, string>> = {
  chart: "charts",
  landscape: "landscape",
  contour: "contour",
  fit: "Fit",
  step: "Step",
  weights: "weights",
  log: "log",
};

/** What `v` switches to next, if the layout has a switched slot. */
function nextView(layout: Layout): string | undefined {
  if (!layout.view) return undefined;
  const next = layout.views[(layout.views.indexOf(layout.view) + 1) % layout.views.length];
  return next ? VIEW_NAMES[next] : undefined;
}

/** The whole screen for one session at one terminal size. */
export function Dashboard({ session, columns, rows, tag, card, keys }: DashboardProps) {
  const theme = useTheme();
  const run = followedRun(session);
  const { runs, followed } = session;
  const isRace = runs.length > 1;
  // Derived from the run alone: recomputed when it changes, not when other state does.
  const numbers = useMemo(() => readout(run), [run]);
  const work = useMemo(() => workedStep(run, theme.isAscii), [run, theme.isAscii]);
  const fit = screenLayout(session, columns, rows, { work, numbers, isAscii: theme.isAscii });
  const logCount = logRowsIn(fit) + session.logScroll;
  const series = useMemo(() => lossSeries(run, PER_UPDATE_BELOW), [run]);
  // One x axis for the race: per update for every run while the front is young, else per epoch.
  const race = useMemo(() => {
    if (!isRace) return undefined;
    const isYoung = Math.max(...runs.map((r) => r.updates)) < PER_UPDATE_BELOW;
    return {
      series: runs.map((r) => lossSeries(r, isYoung ? Number.POSITIVE_INFINITY : 0)),
      letters: runs.map((_, i) => racerLetter(i)),
      colors: RACER_COLORS,
      top: followed,
      isScaled: runs.map((r) => r.status.kind !== "diverged"),
    };
  }, [isRace, runs, followed]);
  const log = useMemo(() => logLines(run, logCount), [run, logCount]);
  const placed = (panel: PanelId) => (fit.kind === "too-small" ? undefined : slotOf(fit, panel));
  const landscapeWidth = placed("landscape")?.width ?? 0;
  const path = useMemo(() => recentPath(run), [run]);
  // Each racer's recent path, the followed one's shared; the followed one last, drawn on top.
  const racers = useMemo(() => {
    if (!isRace) return [];
    const all = runs.map((r, i) => ({
      run: r,
      path: r === run ? path : recentPath(r),
      letter: racerLetter(i),
      color: RACER_COLORS[i] ?? "white",
    }));
    return [...all.filter((_, i) => i !== followed), all[followed] ?? all[0]].filter(
      (r) => r !== undefined,
    );
  }, [isRace, runs, run, path, followed]);
  const { landscapeView, landscapeParam, contourView, contourPair } = session;
  const slice = useMemo(
    () => lossSlice(run, landscapeParam, landscapeView, Math.max(2, landscapeWidth), path),
    [run, landscapeParam, landscapeView, landscapeWidth, path],
  );
  const contourSlot = placed("contour");
  const cells = contourCells((contourSlot?.width ?? 0) - 2, (contourSlot?.height ?? 0) - 3);
  const grid = useMemo(() => {
    const pair = pairsOf(run.params.length)[contourPair];
    return pair && contourView && cells.columns > 0 && cells.rows > 0
      ? contourGrid(run, pair, contourView, cells.columns, cells.rows, path)
      : undefined;
  }, [run, contourPair, contourView, cells.columns, cells.rows, path]);
  const data = useMemo(() => fitData(run.config.data), [run.config.data]);
  if (fit.kind === "too-small")
    return <Text wrap="truncate-end">{tooSmallLine(columns, rows)}</Text>;
  const names = modelOf(run.config).params;
  const isBatched = run.config.batchSize > 1;

  const panel = ({ panel: id, width, height }: Slot): ReactNode => {
    switch (id) {
      case "chart":
        return (
          <LossChart
            series={series}
            isLogScale={session.isLogScale}
            width={width}
            height={height}
            race={race}
          />
        );
      case "landscape":
        return (
          <Landscape
            slice={slice}
            names={names}
            width={width}
            height={height}
            racers={racers.map((r) => ({
              current: r.run.params[landscapeParam] as number,
              path: r.path.map((point) => point[landscapeParam] as number),
              letter: r.letter,
              color: r.color,
            }))}
          />
        );
      case "step":
        return <StepPanel work={work} isBatched={isBatched} width={width} height={height} />;
      case "weights":
        return (
          <Weights
            readout={numbers}
            isStateShown={session.isOptimizerStateShown}
            width={width}
            height={height}
          />
        );
      case "log":
        return (
          <GradLog
            lines={log}
            header={logHeader(names, isBatched, theme)}
            scroll={session.logScroll}
            width={width}
            height={height}
          />
        );
      case "fit":
        return <FitPanel run={run} data={data} width={width} height={height} />;
      case "contour":
        return grid ? (
          <ContourPanel
            grid={grid}
            names={names}
            pairCount={pairsOf(run.params.length).length}
            width={width}
            height={height}
            racers={racers.map((r) => ({
              current: [r.run.params[grid.pair.x], r.run.params[grid.pair.y]] as [number, number],
              path: r.path.map((p) => [p[grid.pair.x], p[grid.pair.y]] as [number, number]),
              letter: r.letter,
              color: r.color,
            }))}
          />
        ) : null;
      default:
        return assertNever(id);
    }
  };

  // The help lists the keys, so it takes the key bar's line too (80x24 then fits every key),
  // unless the learning-rate prompt is open there.
  const hasKeyBar = !session.isHelpOpen || session.prompt !== undefined;
  const helpHeight = fit.rows.reduce((sum, row) => sum + row.height, 0) + (hasKeyBar ? 0 : 1);
  return (
    <Box flexDirection="column" width={fit.width} height={fit.height}>
      <Header session={session} width={fit.width} tag={tag} />
      {session.isHelpOpen ? (
        <HelpOverlay run={run} page={session.helpPage} width={fit.width} height={helpHeight} />
      ) : card ? (
        <Panel title={card.title} width={fit.width} height={helpHeight}>
          <Lines lines={card.lines.slice(0, Math.max(0, helpHeight - 3))} width={fit.width - 2} />
        </Panel>
      ) : (
        fit.rows.map((row, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
          <Box key={r} height={row.height}>
            {row.columns.map((column, c) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
              <Box key={c} flexDirection="column" width={column.width} height={row.height}>
                {column.panels.map((slot) => (
                  <Box key={slot.panel} width={slot.width} height={slot.height}>
                    {panel(slot)}
                  </Box>
                ))}
              </Box>
            ))}
          </Box>
        ))
      )}
      {hasKeyBar ? (
        <KeyBar
          prompt={session.prompt}
          notice={session.notice}
          keys={keys}
          width={fit.width}
          nextView={nextView(fit)}
        />
      ) : null}
    </Box>
  );
}

function assertNever(value: never): never {
  throw new Error(`unplaced panel ${JSON.stringify(value)}`);
}
