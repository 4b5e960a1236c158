import { useStdout } from "ink";
import { useEffect, useState } from "react";

export interface Size {
  readonly columns: number;
  readonly rows: number;
}

/** The terminal's size, following resizes; `fixed` overrides it (tests, fixed-size renders). */
export function useTerminalSize(fixed?: Size): Size {
  const { stdout } = useStdout();
  const read = (): Size => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = () => setSize(read());
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  });
  return fixed ?? size;
}
