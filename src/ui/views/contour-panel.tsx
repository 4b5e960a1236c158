import type { ContourGrid } from "../../core/contour.js";
import { ASCII_CONTOUR, contourPainted, type PairRacer, UNICODE_CONTOUR } from "../contour-plot.js";
import { glyph, useTheme } from "../theme.js";
import { zoomedTitle } from "./landscape.js";
import { MarkedLines } from "./marked-lines.js";
import { Panel } from "./panel.js";

export interface ContourPanelProps {
  /** Computed for `contourCells(width - 2, height - 3)`. */
  readonly grid: ContourGrid;
  readonly names: readonly string[];
  /** How many pairs there are: the title offers `p` when there is another. */
  readonly pairCount: number;
  readonly width: number;
  readonly height: number;
  /** A race's runs, each with its colour, the followed one last: drawn instead of the grid's own. */
  readonly racers?: readonly (PairRacer & { readonly color: string })[] | undefined;
}

/** The loss over two parameters, the others held at their current values: the valley and the path. */
export function ContourPanel({
  grid,
  names,
  pairCount,
  width,
  height,
  racers = [],
}: ContourPanelProps) {
  const theme = useTheme();
  const x = names[grid.pair.x] ?? "?";
  const y = names[grid.pair.y] ?? "?";
  const marks = theme.isAscii ? ASCII_CONTOUR : UNICODE_CONTOUR;
  const painted = contourPainted(grid, [x, y], width - 2, Math.max(0, height - 3), marks, racers);
  const hint = pairCount > 1 ? glyph(theme, " · p", " | p") : "";
  const colors = {
    ...Object.fromEntries(marks.ramp.filter((c) => c !== " ").map((c) => [c, "gray"])),
    [marks.current]: "redBright",
    [marks.path]: "cyan",
    [marks.trail]: "cyan",
    [marks.minimum]: "greenBright",
  };
  return (
    <Panel
      title={zoomedTitle(theme, `loss(${x}, ${y})`, hint, width - 2, [grid.view.x, grid.view.y])}
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
