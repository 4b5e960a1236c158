import type { WorkedStep } from "../../core/worked-step.js";
import { stepLines, stepTitle } from "../step-lines.js";
import { glyph, useTheme } from "../theme.js";
import { Lines, Panel } from "./panel.js";

export interface StepPanelProps {
  readonly work: WorkedStep;
  /** The run updates on batches of several samples. */
  readonly isBatched: boolean;
  readonly width: number;
  readonly height: number;
}

/** The last update worked out with its numbers, as the lecture's slides do by hand. */
export function StepPanel({ work, isBatched, width, height }: StepPanelProps) {
  const theme = useTheme();
  const rows = Math.max(0, height - 3);
  const all = stepLines(work.lines, width - 2);
  // Cut lines say so: a silently missing update line would read as no update at all.
  const shown =
    all.length <= rows
      ? all
      : [
          ...all.slice(0, rows - 1),
          `${glyph(theme, "…", "...")} ${all.length - rows + 1} more lines in a taller terminal`,
        ];
  return (
    <Panel title={stepTitle(work, isBatched)} width={width} height={height}>
      <Lines lines={shown} width={width - 2} />
    </Panel>
  );
}
