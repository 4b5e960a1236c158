import type { Readout } from "../../core/selectors.js";
import { PREDICT_AT } from "../../core/transcript.js";
import { short, signed } from "../number.js";
import { glyph, useTheme } from "../theme.js";
import { Lines, Panel } from "./panel.js";

export interface WeightsProps {
  readonly readout: Readout;
  readonly width: number;
  readonly height: number;
}

/** A table row: the name, then columns of `column` characters, the last one as wide as it needs. */
function row(name: string, nameWidth: number, cells: readonly string[], column: number): string {
  const last = cells.length - 1;
  return `${name.padEnd(nameWidth)} ${cells.map((c, i) => (i === last ? c : c.padEnd(column))).join(" ")}`;
}

/** Each parameter with its last change and gradient; the prediction at x = 4; the loss. */
export function Weights({ readout, width, height }: WeightsProps) {
  const theme = useTheme();
  const nameWidth = Math.max(...readout.names.map((n) => n.length));
  // Three columns share what the name leaves; values keep six digits when there is room.
  const column = Math.min(12, Math.floor((width - 2 - nameWidth - 3) / 3));
  const digits = column >= 11 ? 6 : 4;
  const lines = [
    row(
      "",
      nameWidth,
      ["value", `${glyph(theme, "Δ", "d")} last`, `${glyph(theme, "∇", "grad")} last`],
      column,
    ),
    ...readout.names.map((n, j) =>
      row(
        n,
        nameWidth,
        [
          short(readout.params[j] as number, digits),
          readout.delta.length ? signed(readout.delta[j] as number, 4) : "-",
          readout.grads.length ? short(readout.grads[j] as number, 4) : "-",
        ],
        column,
      ),
    ),
    `predict x=${PREDICT_AT} ("${PREDICT_AT} hours"): ${short(readout.prediction)}`,
    `mean loss: ${short(readout.meanLoss)}`,
    `gradient norm: ${short(readout.gradNorm)}`,
  ];
  return (
    <Panel title="Weights" width={width} height={height}>
      <Lines lines={lines.slice(0, Math.max(0, height - 3))} width={width - 2} />
    </Panel>
  );
}
