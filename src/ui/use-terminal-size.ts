import { useStdout } from "ink";
import { useEffect, useState } from "react";

export interface Size {
  readonly columns: number;
  readonly rows: number;
}

/** Cursor home, then erase the screen. */
const CLEAR_SCREEN = "\x1b[H\x1b[2J";

/**
 * The terminal's size, following resizes; `fixed` overrides it (tests, fixed-size renders).
 *
 * On a resize the screen is cleared once before the frame for the new size is drawn. Ink's own
 * resize handler runs first and draws the frame laid out for the old size, which a narrower
 * terminal wraps; and Ink erases only as many lines as it last wrote, counted before the terminal
 * re-wrapped or cut them. The dashboard draws on the alternate screen (AlternateScreen), so the
 * clear erases no one's scrollback.
 */
export function useTerminalSize(fixed?: Size): Size {
  const { stdout } = useStdout();
  const read = (): Size => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = () => {
      stdout.write(CLEAR_SCREEN);
      setSize(read());
    };
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  });
  return fixed ?? size;
}
