import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { tint, useTheme } from "../theme.js";

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
      overflow="hidden"
    >
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      {children}
    </Box>
  );
}

/** Lines of text that never wrap: a panel's height is its height. */
export function Lines({
  lines,
  color,
}: {
  readonly lines: readonly string[];
  readonly color?: string;
}) {
  return (
    <>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <Text key={i} wrap="truncate-end" color={color}>
          {line === "" ? " " : line}
        </Text>
      ))}
    </>
  );
}
