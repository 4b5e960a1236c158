import { Text } from "ink";
import { fitText } from "../fit-text.js";
import { useTheme } from "../theme.js";
import { SizedText } from "./sized-text.js";

/**
 * Lines of text cut to `width`, never wrapped, with the characters in `colors` drawn in their
 * colour (a plot's current point, its path), and the cells `owners` gives to a run (a race's
 * curves and points) in that run's colour of `palette`. One Text for them all, as `Lines` does;
 * without colour it is plain text, so every mark must read by its shape alone. Drawn at a fixed size
 * (SizedText), so that Ink does not keep every frame's text in its measure cache.
 */
export function MarkedLines({
  lines,
  width,
  colors,
  owners,
  palette = [],
}: {
  readonly lines: readonly string[];
  readonly width: number;
  readonly colors: Readonly<Record<string, string>>;
  /** Per line, per code point: the run whose colour the cell takes, or -1. */
  readonly owners?: readonly (readonly number[])[] | undefined;
  readonly palette?: readonly string[] | undefined;
}) {
  const theme = useTheme();
  if (lines.length === 0) return null;
  const cut = lines.map((line) => fitText(line, width, theme.isAscii) || " ");
  const size = { width, height: lines.length };
  if (!theme.isColor) return <SizedText {...size}>{cut.join("\n")}</SizedText>;
  const runs: { text: string; color: string | undefined }[] = [];
  const add = (char: string, color: string | undefined) => {
    const last = runs.at(-1);
    if (last && last.color === color) last.text += char;
    else runs.push({ text: char, color });
  };
  cut.forEach((line, row) => {
    if (row > 0) add("\n", runs.at(-1)?.color);
    const owner = owners?.[row];
    Array.from(line).forEach((char, column) => {
      const run = owner?.[column] ?? -1;
      const color =
        run >= 0 ? palette[run] : Object.hasOwn(colors, char) ? colors[char] : undefined;
      add(char, color);
    });
  });
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
