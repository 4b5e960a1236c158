import type { Key } from "ink";

/**
 * What `gd-tui serve` prints at start, for the presenter's screen in --follow mode, where that
 * terminal is the dashboard: a card over the panels, read off a projector by the room.
 */
export interface JoinInfo {
  /** The ssh command a student types, e.g. `ssh -p 2222 room@<this machine's address>`. */
  readonly command: string;
  /** The room code they answer with, or how else they get in (keys, --open). */
  readonly access: { readonly code: string } | { readonly note: string };
  /** `HOST:PORT`, as the server listens. */
  readonly listening: string;
  /** Listening on loopback: nobody else can reach it, which the presenter must be told. */
  readonly isThisMachineOnly: boolean;
  /** The host key's fingerprint, `SHA256:…`: what ssh shows a student the first time. */
  readonly fingerprint: string;
}

/** The key that shows and hides the card. */
export const JOIN_KEY = "j";
export const JOIN_TITLE = "How to join (j shows and hides this; any other key works as usual)";

/** The card's lines: spaced, the two things a student types each on a line of their own. */
export function joinLines(info: JoinInfo, watching: number): string[] {
  const access =
    "code" in info.access
      ? ["and answer the room code prompt with:", `    ${info.access.code}`]
      : [info.access.note];
  return [
    "",
    "  On your laptop, type:",
    `    ${info.command}`,
    ...access.map((line, i) => (i === 0 ? `  ${line}` : line)),
    "",
    `  ${watching} watching`,
    "",
    `  listening on ${info.listening}`,
    ...(info.isThisMachineOnly ? ["  (this machine only: a room needs --host 0.0.0.0)"] : []),
    `  host key ${info.fingerprint} (ED25519)`,
    "  (ssh shows this fingerprint on a first visit: it should match)",
  ];
}

/**
 * A presenter's key while the card may be open: `j` toggles it and does nothing else; any other key
 * closes it and then does what it always does. In the learning-rate prompt `j` is typed text.
 */
export function joinCardKey(
  isOpen: boolean,
  input: string,
  key: Pick<Key, "ctrl" | "meta">,
  isPromptOpen: boolean,
): { readonly isOpen: boolean; readonly isUsed: boolean } {
  if (input === JOIN_KEY && !key.ctrl && !key.meta && !isPromptOpen) {
    return { isOpen: !isOpen, isUsed: true };
  }
  return { isOpen: false, isUsed: false };
}
