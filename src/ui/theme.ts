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
