import { glyph, type Theme } from "../theme.js";
import { Lines, Panel } from "./panel.js";
import { StyledLine } from "./styled-line.js";

export interface GradLogProps {
  /** The newest lines, oldest first (at least `logRows(height) + scroll` of them when there are). */
  readonly lines: readonly string[];
  /** What the columns are: see `logHeader`. */
  readonly header: LogHeader;
  readonly scroll: number;
  readonly width: number;
  readonly height: number;
}

/** Lines of the header the log shows in a panel of `height`: none when the log would be cramped. */
function headerRows(height: number): number {
  const inside = Math.max(0, height - 3);
  return inside >= 8 ? 2 : inside >= 4 ? 1 : 0;
}

/** The log's header on two lines, and on one for a short panel. */
export interface LogHeader {
  readonly lines: readonly [string, string];
  readonly line: string;
}

/** Log lines a panel of `height` shows under its header. */
export function logRows(height: number): number {
  return Math.max(0, height - 3 - headerRows(height));
}

/**
 * The columns of the lecture's lines, named: `grad:` has the sample and the gradient of each
 * parameter before the update; `progress:` the epoch, the parameters and the loss of the epoch's
 * last sample after its update, which is what the lecture's script prints, not the mean.
 */
export function logHeader(names: readonly string[], isBatched: boolean, theme: Theme): LogHeader {
  const d = glyph(theme, "∂", "d");
  const grads =
    names.length === 1 ? `${d}loss/${d}${names[0]}` : names.map((n) => `${d}/${d}${n}`).join(" ");
  const sample = isBatched ? "xs ys" : "x y";
  const grad = `  grad:  ${sample} ${grads}`;
  const last = isBatched ? "batch" : "sample";
  return {
    lines: [grad, `progress: epoch ${names.join(" ")} loss (last ${last})`],
    line: `${grad}   progress loss: last ${last}'s`,
  };
}

/** The lecture's own lines as they happen, newest at the bottom; PageUp scrolls back. */
export function GradLog({ lines, header, scroll, width, height }: GradLogProps) {
  const rows = logRows(height);
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
      {(headerRows(height) === 2
        ? header.lines
        : headerRows(height) === 1
          ? [header.line]
          : []
      ).map((line) => (
        <StyledLine key={line} width={width - 2} segments={[{ text: line, color: "gray" }]} />
      ))}
      <Lines lines={[...Array(rows - padded.length).fill(""), ...padded]} width={width - 2} />
    </Panel>
  );
}
