import type { Key } from "ink";
import { LR_RANGE_TEXT } from "../core/config.js";
import type { SessionAction } from "./session.js";

/** A key as Ink reports it: typed text, or one of its named keys. */
export type KeySpec =
  | { readonly input: string }
  | { readonly key: "leftArrow" | "rightArrow" | "pageUp" | "pageDown" | "tab" | "escape" }
  | { readonly ctrl: string };

export interface Binding {
  readonly keys: readonly KeySpec[];
  /** How the key bar and the help name the keys. */
  readonly label: string;
  readonly help: string;
  /** Its words in the one-line key bar, if it is there as well as in the help. */
  readonly bar: string | undefined;
  readonly command: SessionAction;
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
    bar: "space run/pause",
    command: run({ type: "toggle" }),
  },
  {
    keys: [{ input: "s" }, { key: "rightArrow" }],
    label: "s →",
    help: "one update",
    bar: "s/→ step",
    command: run({ type: "step" }),
  },
  {
    keys: [{ input: "e" }],
    label: "e",
    help: "to the end of the epoch",
    bar: "e epoch",
    command: run({ type: "step-epoch" }),
  },
  {
    keys: [{ input: "b" }, { key: "leftArrow" }],
    label: "b ←",
    help: "step back one update",
    bar: "b/← back",
    command: run({ type: "step-back" }),
  },
  {
    keys: [{ input: "+" }, { input: "=" }],
    label: "+",
    help: `learning rate up (1-2-5 steps, ${LR_RANGE_TEXT})`,
    bar: "+/- lr",
    command: { type: "lr-step", direction: 1 },
  },
  {
    keys: [{ input: "-" }, { input: "_" }],
    label: "-",
    help: "learning rate down",
    bar: undefined,
    command: { type: "lr-step", direction: -1 },
  },
  {
    keys: [{ input: "l" }],
    label: "l",
    help: "type a learning rate",
    bar: "l set lr",
    command: { type: "prompt-open" },
  },
  {
    keys: [{ input: ">" }, { input: "." }],
    label: ">",
    help: "faster (updates per second)",
    bar: undefined,
    command: { type: "speed-step", direction: 1 },
  },
  {
    keys: [{ input: "<" }, { input: "," }],
    label: "<",
    help: "slower",
    bar: undefined,
    command: { type: "speed-step", direction: -1 },
  },
  {
    keys: [{ input: "o" }],
    label: "o",
    help: "next optimizer",
    bar: "o optimizer",
    command: { type: "next-optimizer" },
  },
  {
    keys: [{ input: "t" }],
    label: "t",
    help: "tune the optimizer: type settings, e.g. momentum=0.5 or betas=0.8/0.99",
    bar: undefined,
    command: { type: "prompt-open", kind: "settings" },
  },
  {
    keys: [{ input: "a" }],
    label: "a",
    help: "add a racer: type an optimizer as --optimizer takes it, e.g. adam:lr=0.1 (8 at most)",
    bar: undefined,
    command: { type: "prompt-open", kind: "racer" },
  },
  {
    keys: [{ input: "n" }],
    label: "n",
    help: "race: the Step panel, weights and log follow the next run",
    bar: undefined,
    command: { type: "follow-next" },
  },
  {
    keys: [{ input: "d" }],
    label: "d",
    help: "race: drop the run followed (never the last)",
    bar: undefined,
    command: { type: "remove-racer" },
  },
  {
    keys: [{ input: "r" }],
    label: "r",
    help: "reset (after a divergence: to the lr in force before the last increase)",
    bar: "r reset",
    command: run({ type: "reset" }),
  },
  {
    keys: [{ input: "c" }],
    label: "c",
    help: "continue past the epoch limit or convergence",
    bar: undefined,
    command: run({ type: "continue" }),
  },
  {
    keys: [{ input: "g" }],
    label: "g",
    help: "log scale on the loss chart",
    bar: undefined,
    command: { type: "toggle-log-scale" },
  },
  {
    keys: [{ input: "w" }],
    label: "w",
    help: "weights: the optimizer's state and effective rate",
    bar: undefined,
    command: { type: "toggle-optimizer-state" },
  },
  {
    keys: [{ key: "tab" }],
    label: "Tab",
    help: "landscape: next parameter",
    bar: undefined,
    command: { type: "next-param" },
  },
  {
    keys: [{ input: "p" }],
    label: "p",
    help: "contour: next pair",
    bar: undefined,
    command: { type: "next-pair" },
  },
  {
    keys: [{ input: "z" }],
    label: "z",
    help: "fit views to minimum and path",
    bar: undefined,
    command: { type: "reset-view" },
  },
  {
    keys: [{ key: "pageUp" }],
    label: "PgUp",
    help: "scroll the log back",
    bar: undefined,
    command: { type: "scroll", lines: 5 },
  },
  {
    keys: [{ key: "pageDown" }],
    label: "PgDn",
    help: "scroll the log forward",
    bar: undefined,
    command: { type: "scroll", lines: -5 },
  },
  {
    keys: [{ input: "v" }],
    label: "v",
    help: "switch a panel slot (Step, charts, Fit) when not all fit",
    // The key bar names what `v` switches to, from the layout (see KeyBar's `view`).
    bar: "v",
    command: { type: "next-view" },
  },
  {
    keys: [{ input: "?" }],
    label: "?",
    help: "help: the keys, then (? again) what each panel shows",
    bar: "? help",
    command: { type: "toggle-help" },
  },
  {
    keys: [{ input: "q" }, { ctrl: "c" }],
    label: "q",
    help: "quit",
    bar: "q quit",
    command: { type: "quit" },
  },
];

function matches(spec: KeySpec, input: string, key: Key): boolean {
  if ("ctrl" in spec) return key.ctrl && input === spec.ctrl;
  if ("key" in spec) return key[spec.key];
  return !key.ctrl && !key.meta && input === spec.input;
}

/** The command bound to a key press, if any. */
export function commandFor(input: string, key: Key): SessionAction | undefined {
  return KEYMAP.find((binding) => binding.keys.some((spec) => matches(spec, input, key)))?.command;
}
