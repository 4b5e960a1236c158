import { Box } from "ink";
import { type Binding, KEYMAP } from "../keymap.js";
import { useTheme } from "../theme.js";
import { Panel } from "./panel.js";
import { StyledLine } from "./styled-line.js";

/**
 * Every key, from the same keymap that handles them. When they do not fit the height, the first
 * column is filled and as wide as its longest line, and the rest go in a second beside it.
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
  const inside = Math.max(0, width - 2);
  const room = Math.max(1, height - 3);
  const first = KEYMAP.slice(0, room);
  const rest = KEYMAP.slice(room);
  const widest = Math.max(...first.map((b) => column + Array.from(b.help).length));
  const firstWidth = rest.length > 0 ? Math.min(inside, widest + 2) : inside;
  const lines = (bindings: readonly Binding[], lineWidth: number) =>
    bindings.map((binding) => (
      <StyledLine
        key={binding.label}
        width={lineWidth}
        segments={[
          { text: label(binding.label).padEnd(column), isBold: true },
          { text: binding.help },
        ]}
      />
    ));
  return (
    <Panel title="Keys (? or Esc closes)" width={width} height={height}>
      <Box flexDirection="row">
        <Box flexDirection="column" width={firstWidth}>
          {lines(first, firstWidth)}
        </Box>
        {rest.length > 0 ? (
          <Box flexDirection="column" width={inside - firstWidth}>
            {lines(rest, inside - firstWidth)}
          </Box>
        ) : null}
      </Box>
    </Panel>
  );
}
