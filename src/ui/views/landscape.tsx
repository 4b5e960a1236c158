import type { LossSlice } from "../../core/landscape.js";
import { landscapeLines } from "../landscape-plot.js";
import { glyph, useTheme } from "../theme.js";
import { Lines, Panel } from "./panel.js";

export interface LandscapeProps {
  readonly slice: LossSlice;
  readonly names: readonly string[];
  readonly width: number;
  readonly height: number;
}

/** The lecture's loss graph: loss along one parameter, the current point and the path to it. */
export function Landscape({ slice, names, width, height }: LandscapeProps) {
  const theme = useTheme();
  const name = names[slice.param] ?? "w";
  const others = names.length > 1 ? glyph(theme, " · Tab", " | Tab") : "";
  const lines = landscapeLines(slice, {
    width: width - 2,
    height: Math.max(0, height - 3),
    isLog: false,
    isAscii: theme.isAscii,
  });
  return (
    <Panel title={`Loss landscape: loss(${name})${others}`} width={width} height={height}>
      <Lines lines={lines} width={width - 2} />
    </Panel>
  );
}
