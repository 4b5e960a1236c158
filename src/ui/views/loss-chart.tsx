import type { LossSeries } from "../../core/selectors.js";
import { plotSeries } from "../plot.js";
import { plotRace } from "../race-plot.js";
import { glyph, useTheme } from "../theme.js";
import { MarkedLines } from "./marked-lines.js";
import { Lines, Panel } from "./panel.js";

/** Every run of a race, each with its own curve: the one the panels follow is `series`. */
export interface RaceSeries {
  readonly series: readonly LossSeries[];
  readonly letters: readonly string[];
  readonly colors: readonly string[];
  /** Index of the followed run, drawn on top. */
  readonly top: number;
  /** Which runs set the y scale (see RaceOptions.isScaled). */
  readonly isScaled?: readonly boolean[];
}

export interface LossChartProps {
  readonly series: LossSeries;
  readonly isLogScale: boolean;
  readonly width: number;
  readonly height: number;
  /** With two runs or more, one curve a run, ending in its letter. */
  readonly race?: RaceSeries | undefined;
}

/**
 * Mean loss over the data, per update while the run is young and per epoch after, the whole run in
 * view from the loss before any update; a dotted column where the learning rate or optimizer
 * changed.
 */
export function LossChart({ series, isLogScale, width, height, race }: LossChartProps) {
  const theme = useTheme();
  const per =
    series.per === "update" ? "per update" : series.stride > 1 ? "epoch highs/lows" : "per epoch";
  const title = `Loss (mean over data, ${per}${isLogScale ? ", log scale" : ""})`;
  // The marks' legend only where it fits whole: the title says what the chart is first.
  const legend = `  ${glyph(theme, "┊", ":")} lr/optimizer change`;
  const isLegendShown = series.marks.length > 0 && title.length + legend.length <= width - 2;
  const options = {
    width: width - 2,
    height: Math.max(0, height - 3),
    isLog: isLogScale,
    isAscii: theme.isAscii,
  };
  if (race && race.series.length > 1) {
    const painted = plotRace(
      race.series.map((s) => ({
        values: s.values,
        xs: s.xs,
        marks: [],
        unit: s.per === "update" ? "updates" : "epochs",
      })),
      {
        ...options,
        letters: race.letters,
        top: race.top,
        marks: series.marks,
        isScaled: race.isScaled,
      },
    );
    return (
      <Panel title={isLegendShown ? title + legend : title} width={width} height={height}>
        <MarkedLines
          lines={painted.lines}
          owners={painted.owners}
          palette={race.colors}
          colors={{}}
          width={width - 2}
        />
      </Panel>
    );
  }
  const lines = plotSeries(
    {
      values: series.values,
      xs: series.xs,
      marks: series.marks,
      unit: series.per === "update" ? "updates" : "epochs",
    },
    options,
  );
  return (
    <Panel title={isLegendShown ? title + legend : title} width={width} height={height}>
      <Lines lines={lines} width={width - 2} />
    </Panel>
  );
}
