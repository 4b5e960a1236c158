import { Text } from "ink";
import { fitText } from "../fit-text.js";
import { useTheme } from "../theme.js";
import { SizedText } from "./sized-text.js";

/**
 * Lines of text cut to `width`, never wrapped, with the characters in `colors` drawn in their
 * colour (a plot's current point, its path). One Text for them all, as `Lines` does; without
 * colour it is plain text, so every mark must read by its shape alone. Drawn at a fixed size
 * (SizedText), so that Ink does not keep every frame's text in its measure cache.
 */
export function MarkedLines({
  lines,
  width,
  colors,
}: {
  readonly lines: readonly string[];
  readonly width: number;
  readonly colors: Readonly<Record<string, string>>;
}) {
  const theme = useTheme();
  if (lines.length === 0) return null;
  const text = lines.map((line) => fitText(line, width, theme.isAscii) || " ").join("\n");
  const size = { width, height: lines.length };
  if (!theme.isColor) return <SizedText {...size}>{text}</SizedText>;
  const runs: { text: string; color: string | undefined }[] = [];
  for (const char of text) {
    const color = Object.hasOwn(colors, char) ? colors[char] : undefined;
    const last = runs.at(-1);
    if (last && last.color === color) last.text += char;
    else runs.push({ text: char, color });
  }
  return (
    <SizedText {...size}>
      {runs.map((run, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional
        <Text key={i} color={run.color}>
          {run.text}
        </Text>
      ))}
    </SizedText>
  );
}
