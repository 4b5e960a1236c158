import { Text } from "ink";
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

/** Each parameter with its last change and gradient; the prediction at x = 4; the loss. */
export function Weights({ readout, width, height }: WeightsProps) {
  const theme = useTheme();
  const name = Math.max(...readout.names.map((n) => n.length));
  const lines = readout.names.map((n, j) => {
    const value = short(readout.params[j] as number).padEnd(11);
    const delta = readout.delta.length ? signed(readout.delta[j] as number, 4) : "-";
    const grad = readout.grads.length ? short(readout.grads[j] as number, 4) : "-";
    return `${n.padEnd(name)} ${value} ${glyph(theme, "Δ", "d")} ${delta.padEnd(9)} ${glyph(theme, "∇", "g")} ${grad}`;
  });
  lines.push(
    `predict x=${PREDICT_AT} ("${PREDICT_AT} hours"): ${short(readout.prediction)}`,
    `mean loss: ${short(readout.meanLoss)}`,
    `gradient norm: ${short(readout.gradNorm)}`,
  );
  return (
    <Panel title="Weights" width={width} height={height}>
      <Text> </Text>
      <Lines lines={lines.slice(0, Math.max(0, height - 4))} />
    </Panel>
  );
}
