import type { LossSlice } from "../../core/landscape.js";
import type { AxisView } from "../../core/view.js";
import {
  ASCII_LANDSCAPE,
  landscapePainted,
  type Racer,
  UNICODE_LANDSCAPE,
} from "../landscape-plot.js";
import { glyph, type Theme, useTheme } from "../theme.js";
import { MarkedLines } from "./marked-lines.js";
import { Panel } from "./panel.js";

export interface LandscapeProps {
  readonly slice: LossSlice;
  readonly names: readonly string[];
  readonly width: number;
  readonly height: number;
  /** A race's runs, each with its colour, the followed one last: drawn instead of the slice's own. */
  readonly racers?: readonly (Racer & { readonly color: string })[] | undefined;
}

/**
 * A panel's title with the cue that its view was widened, the longest wording that fits `width`:
 * the cue is what a student must not miss, so it goes last only from what is cut first.
 */
export function zoomedTitle(
  theme: Theme,
  name: string,
  hint: string,
  width: number,
  views: readonly AxisView[],
): string {
  const zoom = Math.max(...views.map((view) => view.zoom));
  if (!(zoom > 1)) return `${name}${hint}`;
  const times = `${glyph(theme, "×", "x")}${zoom}`;
  const wordings = [
    `${name}, zoomed out ${times} (z fits)${hint}`,
    `${name}, zoomed out ${times}${hint}`,
    `${name}, zoomed out ${times}`,
    `${name} out ${times}`,
    `${name} ${times}`,
  ];
  return wordings.find((w) => Array.from(w).length <= width) ?? (wordings.at(-1) as string);
}

/** The lecture's loss graph: loss along one parameter, the current point and the path to it. */
export function Landscape({ slice, names, width, height, racers = [] }: LandscapeProps) {
  const theme = useTheme();
  const name = names[slice.param] ?? "w";
  const others = names.length > 1 ? glyph(theme, " · Tab", " | Tab") : "";
  const painted = landscapePainted(
    slice,
    { width: width - 2, height: Math.max(0, height - 3), isLog: false, isAscii: theme.isAscii },
    racers,
  );
  const marks = theme.isAscii ? ASCII_LANDSCAPE : UNICODE_LANDSCAPE;
  const colors = {
    [marks.current]: "redBright",
    [marks.left]: "redBright",
    [marks.right]: "redBright",
    [marks.path]: "cyan",
    [marks.trail]: "cyan",
  };
  return (
    <Panel
      title={zoomedTitle(theme, `Loss landscape: loss(${name})`, others, width - 2, [slice.view])}
      width={width}
      height={height}
    >
      <MarkedLines
        lines={painted.lines}
        owners={painted.owners}
        palette={racers.map((r) => r.color)}
        width={width - 2}
        colors={colors}
      />
    </Panel>
  );
}
