import { Text } from "ink";
import { fitSegments, type Segment } from "../fit-text.js";
import { useTheme } from "../theme.js";
import { SizedText } from "./sized-text.js";

/** One line of styled segments, cut to `width` with the theme's ellipsis; never wraps. */
export function StyledLine({
  segments,
  width,
}: {
  readonly segments: readonly Segment[];
  readonly width: number;
}) {
  const theme = useTheme();
  return (
    <SizedText width={width} height={1}>
      {fitSegments(segments, width, theme.isAscii).map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
        <Text key={i} color={theme.isColor ? s.color : undefined} bold={s.isBold}>
          {s.text}
        </Text>
      ))}
    </SizedText>
  );
}
