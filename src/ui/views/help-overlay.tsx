import { modelOf } from "../../core/config.js";
import { specLabel } from "../../core/optimizers/index.js";
import type { RunState } from "../../core/run.js";
import { rules } from "../../core/worked-rules.js";
import { asciiLine, gradientFormulas } from "../../core/worked-step.js";
import { fitText } from "../fit-text.js";
import { type Binding, KEYMAP } from "../keymap.js";
import { useTheme } from "../theme.js";
import { Lines, Panel } from "./panel.js";
import { StyledLine } from "./styled-line.js";

/** Text broken at spaces to `width`, the lines after the first indented by two. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line === "" ? word : `${line} ${word}`;
    if (next.length <= width || line === "" || line === "  ") line = next;
    else {
      lines.push(line);
      line = `  ${word}`;
    }
  }
  return line === "" ? lines : [...lines, line];
}

/** The second page: what each panel shows, and the formulas of the model and optimizer in use. */
export function panelsHelp(run: RunState): string[] {
  const { batchSize } = run.config;
  const model = modelOf(run.config);
  const sample = batchSize === 1 ? "sample" : "batch";
  return [
    "Loss: the mean loss over all the data after each update (per epoch in a long run).",
    "Loss landscape: the loss along one parameter, the others held; the mark is the run now.",
    "Fit: the data and the model's curve. Contour: the loss over two parameters.",
    `Step: the last update by hand: the ${sample}, ŷ, the error, the loss, each gradient and the update (before the first update: the one about to be taken).`,
    `Weights: Δ and ∇ of the last update; the last ${sample}'s loss now; the mean loss and ∇ norm over all the data.`,
    `Gradient log: the lecture's lines. grad: the ${sample} and each ∂loss/∂ before its update; progress: the epoch, the weights and the last ${sample}'s loss (not the mean), as the lecture prints.`,
    "Epochs count from 0, as the lecture's progress lines do.",
    `Model: ${model.formula}; loss (ŷ − y)², the mean over the ${sample}; ${gradientFormulas(run.config.model, model.params).join("; ")}.`,
    `${specLabel(run.optimizer)}, for each parameter θ with gradient g: ${rules(run.optimizer).join("; ")}.`,
  ];
}

export interface HelpOverlayProps {
  readonly run: RunState;
  /** 0: the keys; 1: the panels and formulas. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Every key, from the same keymap that handles them: one column when they fit the panel's rows,
 * else two side by side (80×24 has 17 rows for 26 bindings), each help wrapped in its column where
 * the rows allow, else cut to it. Page 1 says what each panel shows.
 */
export function HelpOverlay({ run, page, width, height }: HelpOverlayProps) {
  const theme = useTheme();
  const label = (text: string) =>
    theme.isAscii ? text.replace("→", "->").replace("←", "<-") : text;
  if (page === 1) {
    const text = panelsHelp(run).map((line) => (theme.isAscii ? asciiLine(line) : line));
    return (
      <Panel title="What each panel shows (? or Esc closes)" width={width} height={height}>
        <Lines
          lines={text
            .flatMap((line) => wrapText(line, width - 2))
            .slice(0, Math.max(0, height - 3))}
          width={width - 2}
        />
      </Panel>
    );
  }
  const column = Math.max(...KEYMAP.map((b) => label(b.label).length)) + 2;
  const rows = Math.max(1, height - 3);
  const perColumn = KEYMAP.length <= rows ? KEYMAP.length : Math.ceil(KEYMAP.length / 2);
  const half = Math.floor((width - 2) / 2);
  const textWidth = Math.max(0, half - column - 1);
  // A column of bindings as lines: each help wrapped whole when the column then fits its rows
  // (100x30 shows every word), else cut to one line each (80x24).
  const columnLines = (bindings: readonly Binding[]) => {
    const wrapped = bindings.map((b) => wrapText(b.help, textWidth));
    const isWhole = wrapped.reduce((sum, w) => sum + w.length, 0) <= rows;
    return bindings.flatMap((b, i) =>
      (isWhole ? (wrapped[i] as string[]) : [fitText(b.help, textWidth, theme.isAscii)]).map(
        (text, k) => ({ label: k === 0 ? label(b.label) : "", text }),
      ),
    );
  };
  const cell = (line: { label: string; text: string } | undefined) =>
    line
      ? [
          { text: line.label.padEnd(column), isBold: true },
          { text: line.text.padEnd(half - column) },
        ]
      : [];
  const left = columnLines(KEYMAP.slice(0, perColumn));
  const right = columnLines(KEYMAP.slice(perColumn));
  const lines =
    perColumn === KEYMAP.length
      ? KEYMAP.map((b) => [{ text: label(b.label).padEnd(column), isBold: true }, { text: b.help }])
      : Array.from({ length: Math.min(rows, Math.max(left.length, right.length)) }, (_, i) => [
          ...cell(left[i]),
          ...cell(right[i]),
        ]);
  return (
    <Panel title="Keys (? for the panels, Esc closes)" width={width} height={height}>
      {lines.map((segments, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <StyledLine key={i} width={width - 2} segments={segments} />
      ))}
    </Panel>
  );
}
