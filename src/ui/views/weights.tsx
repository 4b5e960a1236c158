import type { Readout } from "../../core/selectors.js";
import { PREDICT_AT } from "../../core/transcript.js";
import { short, signed } from "../number.js";
import { glyph, useTheme } from "../theme.js";
import { Lines, Panel } from "./panel.js";

export interface WeightsProps {
  readonly readout: Readout;
  /** The optimizer's state in place of the prediction, loss and gradient norm. */
  readonly isStateShown?: boolean;
  readonly width: number;
  readonly height: number;
}

/** Columns of text, each as wide as its widest cell, `gap` apart; the last one unpadded. */
function table(rows: readonly (readonly string[])[], gap: number): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  const last = widths.length - 1;
  return rows.map((r) =>
    r.map((cell, c) => (c === last ? cell : cell.padEnd((widths[c] as number) + gap))).join(""),
  );
}

/**
 * Each parameter with its last change and the gradient of the last sample (or batch) that made
 * it; then the prediction at x = 4 and the losses, each saying what it is taken over: the last
 * sample (the loss the lecture's `progress` prints) or all the data. Values keep six digits when
 * the table has room for them at `width`, four otherwise.
 */
export function weightsText(readout: Readout, width: number, isAscii: boolean): string[] {
  const theme = { isAscii, isColor: false };
  const last = readout.lastBatchSize > 1 ? "batch" : "sample";
  const nabla = glyph(theme, "∇", "grad");
  const rows = (digits: number, gap: number) =>
    table(
      [
        ["", "value", `${glyph(theme, "Δ", "d")} last`, `${nabla} last`],
        ...readout.names.map((n, j) => [
          n,
          short(readout.params[j] as number, digits),
          readout.delta.length ? signed(readout.delta[j] as number, 4) : "-",
          readout.grads.length ? short(readout.grads[j] as number, 4) : "-",
        ]),
      ],
      gap,
    );
  // Six digits when they fit, then four, then the columns closer: the log beside takes the rest.
  const fits = (lines: string[]) => lines.every((line) => line.length <= width);
  const choices = [rows(6, 2), rows(4, 2)];
  return [
    ...(choices.find(fits) ?? rows(4, 1)),
    readout.isLectureData
      ? `predict ${PREDICT_AT} hours: ${short(readout.prediction)}`
      : `predict x=${PREDICT_AT}: ${short(readout.prediction)}`,
    `loss, last ${last}: ${readout.lastLoss === undefined ? "-" : short(readout.lastLoss)}`,
    `loss, data mean: ${short(readout.meanLoss)}`,
    `${nabla} norm, data: ${short(readout.gradNorm)}`,
  ];
}

/** What the panel needs to show every line whole: its lines, and the widest at the narrowest. */
export function weightsNeed(readout: Readout, isAscii: boolean): { lines: number; width: number } {
  const lines = weightsText(readout, 0, isAscii);
  return { lines: lines.length, width: Math.max(...lines.map((l) => Array.from(l).length)) };
}

/**
 * The optimizer's state per parameter (a column per quantity it keeps) and the rate the last
 * update amounted to, −Δθ/g: how Adam's or Rprop's machinery turned the learning rate into a
 * step. It keeps to the weights' place, so `w` never moves a panel: where its columns do not fit
 * the width it loses digits, then stacks them in groups, each under the parameters' names.
 */
export function stateText(readout: Readout, width: number, isAscii: boolean): string[] {
  const theme = { isAscii, isColor: false };
  const columns = [
    ...readout.state.map((s) => ({
      label: isAscii ? asciiLabel(s.label) : s.label,
      cell: (j: number, digits: number) => short(s.values[j] as number, digits),
    })),
    {
      label: "lr eff",
      cell: (j: number, digits: number) => {
        const rate = readout.rates[j];
        return rate === undefined ? "-" : short(rate, digits);
      },
    },
  ];
  const group = (from: number, to: number, digits: number, gap: number) =>
    table(
      [
        ["", ...columns.slice(from, to).map((c) => c.label)],
        ...readout.names.map((n, j) => [
          n,
          ...columns.slice(from, to).map((c) => c.cell(j, digits)),
        ]),
      ],
      gap,
    );
  const stacked = (groups: number, digits: number, gap: number) => {
    const size = Math.ceil(columns.length / groups);
    return Array.from({ length: groups }, (_, g) =>
      group(g * size, Math.min(columns.length, (g + 1) * size), digits, gap),
    ).flat();
  };
  const fits = (lines: string[]) => lines.every((line) => Array.from(line).length <= width);
  const choices = Array.from({ length: columns.length }, (_, k) => [
    stacked(k + 1, 6, 2),
    stacked(k + 1, 4, 2),
    stacked(k + 1, 4, 1),
    stacked(k + 1, 3, 1),
  ]).flat();
  return [
    ...(choices.find(fits) ?? stacked(columns.length, 3, 1)),
    `lr eff = ${glyph(theme, "−Δ/∇", "-d/grad")}, last update`,
  ];
}

function asciiLabel(label: string): string {
  return label.replace("²", "^2").replace("Δ", "d");
}

export function Weights({ readout, isStateShown = false, width, height }: WeightsProps) {
  const theme = useTheme();
  const lines = isStateShown
    ? stateText(readout, width - 2, theme.isAscii)
    : weightsText(readout, width - 2, theme.isAscii);
  return (
    <Panel
      title={isStateShown ? `${readout.optimizerLabel} state (w: weights)` : "Weights"}
      width={width}
      height={height}
    >
      <Lines lines={lines.slice(0, Math.max(0, height - 3))} width={width - 2} />
    </Panel>
  );
}
