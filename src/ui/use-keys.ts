import { type Key, useStdin } from "ink";
import { useEffect } from "react";
import { parseKey } from "./keypress.js";

/**
 * Ink's useInput, with gd-tui's keypress parser (see parseKey) in place of Ink's: raw mode while
 * mounted, and `onKey` called once for each input event Ink's stdin reader splits off. Give it a
 * stable `onKey`, or it resubscribes every render.
 */
export function useKeys(onKey: (input: string, key: Key) => void): void {
  const { setRawMode, internal_eventEmitter: events } = useStdin();
  useEffect(() => {
    setRawMode(true);
    return () => setRawMode(false);
  }, [setRawMode]);
  useEffect(() => {
    const onInput = (data: string) => onKey(...parseKey(data));
    events.on("input", onInput);
    return () => {
      events.off("input", onInput);
    };
  }, [events, onKey]);
}
