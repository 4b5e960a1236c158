import { Text } from "ink";
import { KEYMAP } from "../keymap.js";
import type { Prompt } from "../session.js";
import { tint, useTheme } from "../theme.js";

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
  const items = KEYMAP.filter((b) => b.isInBar).map(
    (b) => `${ascii(b.label)} ${b.help.split(" (")[0]}`,
  );
  let line = "";
  for (const item of items) {
    const next = line === "" ? item : `${line}  ${item}`;
    if (next.length > width) break;
    line = next;
  }
  return (
    <Text wrap="truncate-end" color={tint(theme, "gray")}>
      {line}
    </Text>
  );
}
