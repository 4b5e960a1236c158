import { Text } from "ink";
import { KEYMAP } from "../keymap.js";
import type { Prompt } from "../session.js";
import { glyph, tint, useTheme } from "../theme.js";

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
      <Text wrap="truncate-end">
        <Text bold>learning rate: </Text>
        {prompt.text}
        <Text inverse> </Text>
        {prompt.error ? (
          <Text color={tint(theme, "red")}> {prompt.error}</Text>
        ) : (
          <Text> Enter applies, Esc cancels</Text>
        )}
      </Text>
    );
  }
  const ascii = (label: string) =>
    theme.isAscii ? label.replace("→", "->").replace("←", "<-") : label;
  const items = KEYMAP.flatMap((binding) => (binding.bar ? [ascii(binding.bar)] : []));
  // Help and quit always show; the others as many as fit, in the keymap's order.
  const kept = items.slice(-2);
  const sep = glyph(theme, " · ", " | ");
  const fits = (list: string[]) => list.join(sep).length <= width;
  const line: string[] = [];
  for (const item of items.slice(0, -2)) {
    if (!fits([...line, item, ...kept])) break;
    line.push(item);
  }
  return (
    <Text wrap="truncate-end" color={tint(theme, "gray")}>
      {[...line, ...kept].join(sep)}
    </Text>
  );
}
