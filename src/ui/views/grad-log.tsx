import { Lines, Panel } from "./panel.js";

export interface GradLogProps {
  /** The newest lines, oldest first (at least `height - 3 + scroll` of them when there are). */
  readonly lines: readonly string[];
  readonly scroll: number;
  readonly width: number;
  readonly height: number;
}

/** The lecture's own lines as they happen, newest at the bottom; PageUp scrolls back. */
export function GradLog({ lines, scroll, width, height }: GradLogProps) {
  const rows = Math.max(0, height - 3);
  const back = Math.min(scroll, Math.max(0, lines.length - rows));
  const shown = lines.slice(Math.max(0, lines.length - rows - back), lines.length - back);
  const title =
    back > 0
      ? `Gradient log (${back} line${back === 1 ? "" : "s"} back, PgDn for newer)`
      : "Gradient log";
  // Tabs would be expanded by the terminal past the panel's edge.
  const padded = shown.map((line) => line.replace(/^\t/, "  "));
  return (
    <Panel title={title} width={width} height={height}>
      <Lines lines={[...Array(rows - padded.length).fill(""), ...padded]} width={width - 2} />
    </Panel>
  );
}
