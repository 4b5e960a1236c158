import type { Key } from "ink";
import type { SessionAction } from "./session.js";

/** A key as Ink reports it: typed text, or one of its named keys. */
export type KeySpec =
  | { readonly input: string }
  | { readonly key: "leftArrow" | "rightArrow" | "pageUp" | "pageDown" | "tab" | "escape" }
  | { readonly ctrl: string };

export type Command = SessionAction | { readonly type: "quit" };

export interface Binding {
  readonly keys: readonly KeySpec[];
  /** How the key bar and the help name the keys. */
  readonly label: string;
  readonly help: string;
  /** Shown in the one-line key bar as well as in the help. */
  readonly isInBar: boolean;
  readonly command: Command;
}

const run = (event: Extract<SessionAction, { type: "run" }>["event"]): SessionAction => ({
  type: "run",
  event,
});

/**
 * The one keymap: input handling, the key bar and the help overlay are all read from it, so they
 * cannot disagree.
 */
export const KEYMAP: readonly Binding[] = [
  {
    keys: [{ input: " " }],
    label: "space",
    help: "run / pause",
    isInBar: true,
    command: run({ type: "toggle" }),
  },
  {
    keys: [{ input: "s" }, { key: "rightArrow" }],
    label: "s →",
    help: "one update",
    isInBar: true,
    command: run({ type: "step" }),
  },
  {
    keys: [{ input: "e" }],
    label: "e",
    help: "to the end of the epoch",
    isInBar: true,
    command: run({ type: "step-epoch" }),
  },
  {
    keys: [{ input: "b" }, { key: "leftArrow" }],
    label: "b ←",
    help: "step back one update",
    isInBar: true,
    command: run({ type: "step-back" }),
  },
  {
    keys: [{ input: "+" }, { input: "=" }],
    label: "+",
    help: "learning rate up (1-2-5 steps)",
    isInBar: true,
    command: { type: "lr-step", direction: 1 },
  },
  {
    keys: [{ input: "-" }, { input: "_" }],
    label: "-",
    help: "learning rate down",
    isInBar: true,
    command: { type: "lr-step", direction: -1 },
  },
  {
    keys: [{ input: "l" }],
    label: "l",
    help: "type a learning rate",
    isInBar: true,
    command: { type: "prompt-open" },
  },
  {
    keys: [{ input: ">" }, { input: "." }],
    label: ">",
    help: "faster (updates per second)",
    isInBar: false,
    command: { type: "speed-step", direction: 1 },
  },
  {
    keys: [{ input: "<" }, { input: "," }],
    label: "<",
    help: "slower",
    isInBar: false,
    command: { type: "speed-step", direction: -1 },
  },
  {
    keys: [{ input: "o" }],
    label: "o",
    help: "next optimizer",
    isInBar: true,
    command: { type: "next-optimizer" },
  },
  {
    keys: [{ input: "r" }],
    label: "r",
    help: "reset to the start",
    isInBar: true,
    command: run({ type: "reset" }),
  },
  {
    keys: [{ input: "g" }],
    label: "g",
    help: "log scale on the loss chart",
    isInBar: false,
    command: { type: "toggle-log-scale" },
  },
  {
    keys: [{ key: "tab" }],
    label: "Tab",
    help: "landscape: next parameter",
    isInBar: false,
    command: { type: "next-param" },
  },
  {
    keys: [{ key: "pageUp" }],
    label: "PgUp",
    help: "scroll the log back",
    isInBar: false,
    command: { type: "scroll", lines: 5 },
  },
  {
    keys: [{ key: "pageDown" }],
    label: "PgDn",
    help: "scroll the log forward",
    isInBar: false,
    command: { type: "scroll", lines: -5 },
  },
  {
    keys: [{ input: "?" }],
    label: "?",
    help: "help",
    isInBar: true,
    command: { type: "toggle-help" },
  },
  {
    keys: [{ input: "q" }, { ctrl: "c" }],
    label: "q",
    help: "quit",
    isInBar: true,
    command: { type: "quit" },
  },
];

function matches(spec: KeySpec, input: string, key: Key): boolean {
  if ("ctrl" in spec) return key.ctrl && input === spec.ctrl;
  if ("key" in spec) return key[spec.key];
  return !key.ctrl && !key.meta && input === spec.input;
}

/** The command bound to a key press, if any. */
export function commandFor(input: string, key: Key): Command | undefined {
  return KEYMAP.find((binding) => binding.keys.some((spec) => matches(spec, input, key)))?.command;
}
