import type { LossSeries } from "../../core/selectors.js";
import { plotLines } from "../plot.js";
import { useTheme } from "../theme.js";
import { Lines, Panel } from "./panel.js";

export interface LossChartProps {
  readonly series: LossSeries;
  readonly isLogScale: boolean;
  readonly width: number;
  readonly height: number;
}

/** Mean loss over the data, per epoch (per update while the run is young), the whole run in view. */
export function LossChart({ series, isLogScale, width, height }: LossChartProps) {
  const theme = useTheme();
  const per =
    series.per === "update"
      ? "per update"
      : series.stride > 1
        ? `every ${series.stride} epochs`
        : "per epoch";
  const title = `Loss (mean over data, ${per}${isLogScale ? ", log scale" : ""})`;
  const lines = plotLines(series.values, {
    width: width - 2,
    height: Math.max(0, height - 3),
    isLog: isLogScale,
    isAscii: theme.isAscii,
  });
  return (
    <Panel title={title} width={width} height={height}>
      <Lines lines={lines} width={width - 2} />
    </Panel>
  );
}
