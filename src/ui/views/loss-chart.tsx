import type { LossSeries } from "../../core/selectors.js";
import { plotSeries } from "../plot.js";
import { glyph, useTheme } from "../theme.js";
import { Lines, Panel } from "./panel.js";

export interface LossChartProps {
  readonly series: LossSeries;
  readonly isLogScale: boolean;
  readonly width: number;
  readonly height: number;
}

/**
 * Mean loss over the data, per update while the run is young and per epoch after, the whole run in
 * view from the loss before any update; a dotted column where the learning rate or optimizer
 * changed.
 */
export function LossChart({ series, isLogScale, width, height }: LossChartProps) {
  const theme = useTheme();
  const per =
    series.per === "update" ? "per update" : series.stride > 1 ? "epoch highs/lows" : "per epoch";
  const title = `Loss (mean over data, ${per}${isLogScale ? ", log scale" : ""})`;
  // The marks' legend only where it fits whole: the title says what the chart is first.
  const legend = `  ${glyph(theme, "┊", ":")} lr/optimizer change`;
  const isLegendShown = series.marks.length > 0 && title.length + legend.length <= width - 2;
  const lines = plotSeries(
    {
      values: series.values,
      xs: series.xs,
      marks: series.marks,
      unit: series.per === "update" ? "updates" : "epochs",
    },
    {
      width: width - 2,
      height: Math.max(0, height - 3),
      isLog: isLogScale,
      isAscii: theme.isAscii,
    },
  );
  return (
    <Panel title={isLegendShown ? title + legend : title} width={width} height={height}>
      <Lines lines={lines} width={width - 2} />
    </Panel>
  );
}
