import { Box, Text } from "ink";
import { useMemo } from "react";
import { modelOf } from "../../core/config.js";
import { contourGrid, pairsOf } from "../../core/contour.js";
import { fitData } from "../../core/fit.js";
import { lossSlice } from "../../core/landscape.js";
import { recentPath } from "../../core/path.js";
import { logLines, lossSeries, readout } from "../../core/selectors.js";
import { contourCells } from "../contour-plot.js";
import { fitLayout, tooSmallLine } from "../layout.js";
import type { Session } from "../session.js";
import { ContourPanel } from "./contour-panel.js";
import { FitPanel } from "./fit-panel.js";
import { GradLog } from "./grad-log.js";
import { Header } from "./header.js";
import { HelpOverlay } from "./help-overlay.js";
import { KeyBar } from "./key-bar.js";
import { Landscape } from "./landscape.js";
import { LossChart } from "./loss-chart.js";
import { Weights } from "./weights.js";

export interface DashboardProps {
  readonly session: Session;
  readonly columns: number;
  readonly rows: number;
  /** Said at the end of the header's second line (gd-tui serve: watchers, or following). */
  readonly tag?: string | undefined;
}

/** Updates shown one by one in the loss chart before it switches to one point per epoch. */
const PER_UPDATE_BELOW = 60;

/** Until the layout reserves their rectangles: from 160 columns the contour shares the landscape's. */
function rightPanels(
  run: Session["run"],
  columns: number,
  top: { readonly chart: number; readonly landscape: number },
): { landscape: number; contour: number } {
  if (run.params.length < 2 || columns < 160) return { landscape: top.landscape, contour: 0 };
  const half = Math.floor(top.landscape / 2);
  return { landscape: half, contour: top.landscape - half };
}

/** The whole screen for one session at one terminal size. */
export function Dashboard({ session, columns, rows, tag }: DashboardProps) {
  const layout = fitLayout(columns, rows);
  const { run } = session;
  const logCount = layout.kind === "too-small" ? 0 : layout.bottom.height + session.logScroll;
  // Derived from the run alone: recomputed when it changes, not when other state does.
  const numbers = useMemo(() => readout(run), [run]);
  const series = useMemo(() => lossSeries(run, PER_UPDATE_BELOW), [run]);
  const log = useMemo(() => logLines(run, logCount), [run, logCount]);
  const right = layout.kind === "too-small" ? undefined : rightPanels(run, columns, layout.top);
  const path = useMemo(() => recentPath(run), [run]);
  const { landscapeView, landscapeParam, contourView, contourPair } = session;
  const slice = useMemo(
    () => lossSlice(run, landscapeParam, landscapeView, Math.max(2, right?.landscape ?? 2), path),
    [run, landscapeParam, landscapeView, right?.landscape, path],
  );
  const cells = contourCells(
    (right?.contour ?? 0) - 2,
    (layout.kind === "too-small" ? 0 : layout.top.height) - 3,
  );
  const grid = useMemo(() => {
    const pair = pairsOf(run.params.length)[contourPair];
    return pair && contourView
      ? contourGrid(run, pair, contourView, cells.columns, cells.rows, path)
      : undefined;
  }, [run, contourPair, contourView, cells.columns, cells.rows, path]);
  const data = useMemo(() => fitData(run.config.data), [run.config.data]);
  if (layout.kind === "too-small" || !right)
    return <Text wrap="truncate-end">{tooSmallLine(columns, rows)}</Text>;
  const { top, bottom } = layout;
  const fitWidth = columns >= 120 ? Math.round(columns * 0.3) : 0;
  return (
    <Box flexDirection="column" width={layout.width} height={layout.height}>
      <Header session={session} width={layout.width} tag={tag} />
      {session.isHelpOpen ? (
        <HelpOverlay width={layout.width} height={top.height + bottom.height} />
      ) : (
        <>
          <Box height={top.height}>
            <LossChart
              series={series}
              isLogScale={session.isLogScale}
              width={top.chart}
              height={top.height}
            />
            {right.landscape > 0 ? (
              <Landscape
                slice={slice}
                names={modelOf(run.config).params}
                width={right.landscape}
                height={top.height}
              />
            ) : null}
            {grid && right.contour > 0 ? (
              <ContourPanel
                grid={grid}
                names={modelOf(run.config).params}
                pairCount={pairsOf(run.params.length).length}
                width={right.contour}
                height={top.height}
              />
            ) : null}
          </Box>
          <Box height={bottom.height}>
            <Weights readout={numbers} width={bottom.weights} height={bottom.height} />
            <GradLog
              lines={log}
              scroll={session.logScroll}
              width={bottom.log - fitWidth}
              height={bottom.height}
            />
            {fitWidth > 0 ? (
              <FitPanel run={run} data={data} width={fitWidth} height={bottom.height} />
            ) : null}
          </Box>
        </>
      )}
      <KeyBar prompt={session.prompt} notice={session.notice} width={layout.width} />
    </Box>
  );
}
