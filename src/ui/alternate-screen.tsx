import { useStdout } from "ink";
import { type ReactNode, useInsertionEffect } from "react";

const ENTER = "\x1b[?1049h";
const LEAVE = "\x1b[?1049l";

/**
 * Draws its children on the terminal's alternate screen, which has no scrollback: a resize then
 * cannot push old frames into the user's history (a terminal re-wraps lines on a width change and
 * pushes lines off the top on a height change, out of reach of Ink's erasing), and quitting gives
 * the screen back as it was. An insertion effect, not a layout one: it runs before Ink writes the
 * first frame, and its cleanup runs inside Ink's unmount, which Ink also runs on SIGTERM and SIGHUP.
 */
export function AlternateScreen({ children }: { readonly children: ReactNode }) {
  const { stdout } = useStdout();
  useInsertionEffect(() => {
    stdout.write(ENTER);
    return () => {
      stdout.write(LEAVE);
    };
  }, [stdout]);
  return children;
}
