import { KEYMAP } from "../keymap.js";
import { useTheme } from "../theme.js";
import { Panel } from "./panel.js";
import { StyledLine } from "./styled-line.js";

/** Every key, from the same keymap that handles them. */
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
  return (
    <Panel title="Keys (? or Esc closes)" width={width} height={height}>
      {KEYMAP.map((binding) => (
        <StyledLine
          key={binding.label}
          width={width - 2}
          segments={[
            { text: label(binding.label).padEnd(column), isBold: true },
            { text: binding.help },
          ]}
        />
      ))}
    </Panel>
  );
}
