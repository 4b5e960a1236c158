import { modelOf } from "../../core/config.js";
import { currentBatch, FIT_RESIDUALS, type FitData } from "../../core/fit.js";
import type { RunState } from "../../core/run.js";
import { PREDICT_AT } from "../../core/transcript.js";
import { shortNumber } from "../chart-grid.js";
import { ASCII_FIT, fitLines, UNICODE_FIT } from "../fit-plot.js";
import { useTheme } from "../theme.js";
import { MarkedLines } from "./marked-lines.js";
import { Panel } from "./panel.js";

export interface FitPanelProps {
  readonly run: RunState;
  /** fitData(run.config.data), worked out once per data set. */
  readonly data: FitData;
  readonly width: number;
  readonly height: number;
}

/** The data and the current model's line through them: the line turns onto the points as w nears 2. */
export function FitPanel({ run, data, width, height }: FitPanelProps) {
  const theme = useTheme();
  const model = modelOf(run.config);
  const marks = theme.isAscii ? ASCII_FIT : UNICODE_FIT;
  const predict = (x: number) => model.predict(run.params, x);
  const { start, end } = currentBatch(run);
  const { xs, ys } = run.config.data;
  const batch = Array.from(
    { length: Math.min(end - start, FIT_RESIDUALS) },
    (_, k) => [xs[start + k] as number, ys[start + k] as number] as const,
  );
  const forecastAt = data.isLecture ? PREDICT_AT : undefined;
  const inside = Math.max(0, height - 3);
  const lines = fitLines({ data, predict, batch, forecastAt }, width - 2, inside - 1, marks);
  const first = batch[0];
  const residual =
    first && end - start === 1
      ? `${marks.residual} ŷ−y ${shortNumber(predict(first[0]) - first[1])} at x ${shortNumber(first[0])}`
      : `${marks.residual} residuals of the batch (${end - start} samples)`;
  const forecast =
    forecastAt === undefined
      ? ""
      : `${marks.forecast} 4 hours: ${shortNumber(predict(forecastAt))}   `;
  const legend = theme.isAscii
    ? `${forecast}${residual}`.replace("ŷ−y", "yhat-y")
    : `${forecast}${residual}`;
  const title = `Fit: ${theme.isAscii ? model.asciiFormula : model.formula}`;
  const sampled = data.rows > data.xs.length ? ` (${data.xs.length} of ${data.rows} points)` : "";
  return (
    <Panel title={`${title}${sampled}`} width={width} height={height}>
      <MarkedLines
        lines={inside > 0 ? [...lines, legend] : []}
        width={width - 2}
        colors={{
          [marks.line]: "cyan",
          [marks.residual]: "yellow",
          [marks.sample]: "yellow",
          [marks.forecast]: "magentaBright",
          [marks.above]: "magentaBright",
          [marks.below]: "magentaBright",
        }}
      />
    </Panel>
  );
}
