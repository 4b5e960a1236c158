import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { fitText } from "../fit-text.js";
import { tint, useTheme } from "../theme.js";
import { SizedText } from "./sized-text.js";

export interface PanelProps {
  readonly title: string;
  /** Outer size, border included. */
  readonly width: number;
  readonly height: number;
  readonly children?: ReactNode;
}

/** A bordered box of a fixed size with its title on the first line inside. */
export function Panel({ title, width, height, children }: PanelProps) {
  const theme = useTheme();
  return (
    <Box
      width={width}
      height={height}
      flexDirection="column"
      borderStyle={theme.isAscii ? "classic" : "round"}
      borderColor={tint(theme, "gray")}
      overflowY="hidden"
    >
      <SizedText width={Math.max(0, width - 2)} height={1}>
        <Text bold>{fitText(title, width - 2, theme.isAscii)}</Text>
      </SizedText>
      {children}
    </Box>
  );
}

/**
 * Lines of text cut to `width`, never wrapped: a panel's height is its height. One Text for them
 * all: Ink measures and slices each Text it draws, and a frame of sixty small ones is slower to
 * draw, the first one most, than a few large ones.
 */
export function Lines({
  lines,
  width,
}: {
  readonly lines: readonly string[];
  readonly width: number;
}) {
  const theme = useTheme();
  if (lines.length === 0) return null;
  return (
    <SizedText width={width} height={lines.length}>
      {lines.map((line) => fitText(line, width, theme.isAscii) || " ").join("\n")}
    </SizedText>
  );
}
