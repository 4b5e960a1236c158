import { Box, Text } from "ink";
import { useMemo } from "react";
import { lossSlice } from "../../core/landscape.js";
import { logLines, lossSeries, readout } from "../../core/selectors.js";
import { fitLayout, tooSmallLine } from "../layout.js";
import type { Session } from "../session.js";
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
}

/** Updates shown one by one in the loss chart before it switches to one point per epoch. */
const PER_UPDATE_BELOW = 60;

/** The whole screen for one session at one terminal size. */
export function Dashboard({ session, columns, rows }: DashboardProps) {
  const layout = fitLayout(columns, rows);
  const { run } = session;
  const logCount = layout.kind === "too-small" ? 0 : layout.bottom.height + session.logScroll;
  // Derived from the run alone: recomputed when it changes, not when other state does.
  const numbers = useMemo(() => readout(run), [run]);
  const series = useMemo(() => lossSeries(run, PER_UPDATE_BELOW), [run]);
  const log = useMemo(() => logLines(run, logCount), [run, logCount]);
  const chartWidth = layout.kind === "too-small" ? 0 : layout.top.landscape;
  const slice = useMemo(
    () => lossSlice(run, session.landscapeParam, Math.max(2, chartWidth)),
    [run, session.landscapeParam, chartWidth],
  );
  if (layout.kind === "too-small")
    return <Text wrap="truncate-end">{tooSmallLine(columns, rows)}</Text>;
  const { top, bottom } = layout;
  return (
    <Box flexDirection="column" width={layout.width} height={layout.height}>
      <Header session={session} width={layout.width} />
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
            <Landscape
              slice={slice}
              names={run.config.model.params}
              width={top.landscape}
              height={top.height}
            />
          </Box>
          <Box height={bottom.height}>
            <Weights readout={numbers} width={bottom.weights} height={bottom.height} />
            <GradLog
              lines={log}
              scroll={session.logScroll}
              width={bottom.log}
              height={bottom.height}
            />
          </Box>
        </>
      )}
      <KeyBar prompt={session.prompt} notice={session.notice} width={layout.width} />
    </Box>
  );
}
