import { createContext, useContext } from "react";

/** How to draw: colour or not (NO_COLOR, --no-color), Unicode or ASCII (--ascii, the locale). */
export interface Theme {
  readonly isColor: boolean;
  readonly isAscii: boolean;
}

export const ThemeContext = createContext<Theme>({ isColor: true, isAscii: false });

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/** A colour when colour is on; Ink draws no colour for undefined. */
export function tint(theme: Theme, color: string): string | undefined {
  return theme.isColor ? color : undefined;
}

/** The Unicode glyph, or its ASCII stand-in. */
export function glyph(theme: Theme, unicode: string, ascii: string): string {
  return theme.isAscii ? ascii : unicode;
}

/**
 * A race's runs by colour, in the order given: none of them the red of a divergence or the gray of
 * the contour's shading, each far from the next on a dark or a light terminal.
 */
export const RACER_COLORS: readonly string[] = [
  "cyan",
  "yellow",
  "magentaBright",
  "greenBright",
  "blueBright",
  "#ff8700",
  "white",
  "#af87ff",
];

/** A run's letter: what tells the runs apart without colour (NO_COLOR, --ascii). */
export function racerLetter(run: number): string {
  return "ABCDEFGH".charAt(run) || "?";
}
