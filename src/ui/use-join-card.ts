import type { Key } from "ink";
import { useCallback, useRef, useState } from "react";
import { joinCardKey } from "./join-card.js";

/**
 * The presenter's join card (gd-tui serve --follow): open from the start, when the room arrives.
 * `onKey` is stable, for useKeys, and says whether it used the key.
 */
export function useJoinCard(
  hasCard: boolean,
  isPromptOpen: boolean,
): { readonly isOpen: boolean; onKey(input: string, key: Key): boolean } {
  const [isOpen, setOpen] = useState(hasCard);
  const open = useRef(isOpen);
  const prompt = useRef(isPromptOpen);
  prompt.current = isPromptOpen;
  const onKey = useCallback(
    (input: string, key: Key) => {
      if (!hasCard) return false;
      const next = joinCardKey(open.current, input, key, prompt.current);
      if (next.isOpen !== open.current) {
        open.current = next.isOpen;
        setOpen(next.isOpen);
      }
      return next.isUsed;
    },
    [hasCard],
  );
  return { isOpen, onKey };
}
