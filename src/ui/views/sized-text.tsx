import { createElement, type ReactNode } from "react";

export interface SizedTextProps {
  /** Columns: the text is cut there, never wrapped. */
  readonly width: number;
  /** Lines. */
  readonly height: number;
  readonly children?: ReactNode;
}

/**
 * Ink's `<Text wrap="truncate-end">` at a size fixed in advance. Ink keeps the measured size of
 * every distinct text it lays out in a module-level Map that is never emptied
 * (ink/build/measure-text.js), so a dashboard whose numbers change every frame added each frame's
 * text to it, for good: RSS rose ~28 MB over 15 minutes at top speed. Yoga asks a text for its
 * size only when its width or height is not already fixed, so this renders the element Ink's
 * `<Text>` renders (`ink-text`, Ink 6.8), with the width and height given.
 */
export function SizedText({ width, height, children }: SizedTextProps) {
  if (children === undefined || children === null) return null;
  const style = {
    flexGrow: 0,
    flexShrink: 0,
    flexDirection: "row",
    textWrap: "truncate-end",
    width,
    height,
  };
  return createElement("ink-text", { style }, children);
}
