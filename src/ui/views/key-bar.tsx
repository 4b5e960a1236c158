import { KEYMAP } from "../keymap.js";
import type { Prompt } from "../session.js";
import { useTheme } from "../theme.js";
import { StyledLine } from "./styled-line.js";

/** The bottom line: the main keys from the keymap, or the learning-rate prompt while it is open. */
export function KeyBar({
  prompt,
  width,
}: {
  readonly prompt: Prompt | undefined;
  readonly width: number;
}) {
  const theme = useTheme();
  if (prompt) {
    return (
      <StyledLine
        width={width}
        segments={[
          { text: "learning rate: ", isBold: true },
          { text: `${prompt.text}_` },
          prompt.error
            ? { text: `  ${prompt.error}`, color: "red" }
            : { text: "  Enter applies, Esc cancels", color: "gray" },
        ]}
      />
    );
  }
  const ascii = (label: string) =>
    theme.isAscii ? label.replace("→", "->").replace("←", "<-") : label;
  const items = KEYMAP.flatMap((binding) => (binding.bar ? [ascii(binding.bar)] : []));
  // Help and quit always show; the others as many as fit, in the keymap's order.
  const kept = items.slice(-2);
  const sep = "  ";
  const fits = (list: string[]) => list.join(sep).length <= width;
  const line: string[] = [];
  for (const item of items.slice(0, -2)) {
    if (!fits([...line, item, ...kept])) break;
    line.push(item);
  }
  return (
    <StyledLine width={width} segments={[{ text: [...line, ...kept].join(sep), color: "gray" }]} />
  );
}
