import { fitText } from "../fit-text.js";
import { type Binding, KEYMAP } from "../keymap.js";
import { useTheme } from "../theme.js";
import { Panel } from "./panel.js";
import { StyledLine } from "./styled-line.js";

/**
 * Every key, from the same keymap that handles them: one column when they fit the panel's rows,
 * else two side by side (80×24 has 17 rows for 21 bindings), each help cut to its column.
 */
export function HelpOverlay({
  width,
  height,
}: {
  readonly width: number;
  readonly height: number;
}) {
  const theme = useTheme();
  const label = (text: string) =>
    theme.isAscii ? text.replace("→", "->").replace("←", "<-") : text;
  const column = Math.max(...KEYMAP.map((b) => label(b.label).length)) + 2;
  const rows = Math.max(1, height - 3);
  const perColumn = KEYMAP.length <= rows ? KEYMAP.length : Math.ceil(KEYMAP.length / 2);
  const half = Math.floor((width - 2) / 2);
  const cell = (binding: Binding | undefined, cellWidth: number) => {
    if (!binding) return [];
    const text = fitText(binding.help, Math.max(0, cellWidth - column - 1), theme.isAscii);
    return [
      { text: label(binding.label).padEnd(column), isBold: true },
      { text: text.padEnd(cellWidth - column) },
    ];
  };
  const lines = Array.from({ length: perColumn }, (_, i) =>
    perColumn === KEYMAP.length
      ? [
          { text: label(KEYMAP[i]?.label ?? "").padEnd(column), isBold: true },
          { text: KEYMAP[i]?.help ?? "" },
        ]
      : [...cell(KEYMAP[i], half), ...cell(KEYMAP[i + perColumn], half)],
  );
  return (
    <Panel title="Keys (? or Esc closes)" width={width} height={height}>
      {lines.map((segments, i) => (
        <StyledLine key={KEYMAP[i]?.label ?? i} width={width - 2} segments={segments} />
      ))}
    </Panel>
  );
}
