import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { type Binding, commandFor, KEYMAP, type KeySpec } from "../../src/ui/keymap.js";
import { ASCII_THEME, inkKey, keyBarFrame, NO_KEY } from "./helpers.js";

const describeSpec = (spec: KeySpec) =>
  "ctrl" in spec ? `Ctrl-${spec.ctrl}` : "key" in spec ? spec.key : JSON.stringify(spec.input);

const PRESSES: [string, string, KeySpec, Binding][] = KEYMAP.flatMap((binding) =>
  binding.keys.map((spec): [string, string, KeySpec, Binding] => [
    describeSpec(spec),
    binding.help,
    spec,
    binding,
  ]),
);

describe("commandFor", () => {
  it.each(PRESSES)("%s gives the command of %j", (_, __, spec, binding) => {
    expect(commandFor(...inkKey(spec))).toBe(binding.command);
  });

  it.each([
    ["x", ["x", NO_KEY]],
    ["S (shifted)", ["S", { ...NO_KEY, shift: true }]],
    ["Ctrl-s", ["s", { ...NO_KEY, ctrl: true }]],
    ["Meta-s", ["s", { ...NO_KEY, meta: true }]],
    ["Ctrl-q", ["q", { ...NO_KEY, ctrl: true }]],
    ["up arrow", ["", { ...NO_KEY, upArrow: true }]],
    ["down arrow", ["", { ...NO_KEY, downArrow: true }]],
    ["Enter", ["\r", { ...NO_KEY, return: true }]],
    ["Home", ["", { ...NO_KEY, home: true }]],
    ["Backspace", ["", { ...NO_KEY, backspace: true }]],
    // Esc closes the help and the prompt, which input.ts decides before the keymap.
    ["Esc", ["", { ...NO_KEY, escape: true, meta: true }]],
    ["nothing", ["", NO_KEY]],
    ["two letters pasted", ["se", NO_KEY]],
  ] as [string, [string, Key]][])("%s is not bound", (_, [input, key]) => {
    expect(commandFor(input, key)).toBeUndefined();
  });

  it("no key is bound twice", () => {
    const names = PRESSES.map(([name]) => name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});

describe("KEYMAP", () => {
  it.each(KEYMAP.map((b) => [b.label, b]))("%s has keys, a label and a help text", (_, b) => {
    expect(b.keys.length).toBeGreaterThan(0);
    expect(b.label.trim()).not.toBe("");
    expect(b.help.trim()).not.toBe("");
  });

  it("labels are unique, for the help overlay's rows", () => {
    const labels = KEYMAP.map((b) => b.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each(KEYMAP.flatMap((b) => (b.bar ? [[b.bar, b.label] as const] : [])))(
    "bar item %j starts with its key %j",
    (bar, label) => {
      expect(bar.startsWith(label.split(" ")[0] ?? "")).toBe(true);
    },
  );
});

describe("key bar", () => {
  const BAR = KEYMAP.flatMap((b) => (b.bar ? [b.bar] : []));
  const KEPT = BAR.slice(-2);
  const OPTIONAL = BAR.slice(0, -2);
  const SEP = "  ";

  // ink-testing-library's terminal is 100 columns, the widest the bar can be drawn here.
  it.each([100, 99, 80, 60, 40, 20])(
    "at %i columns: as many bar items as fit, in keymap order, then help and quit",
    (width) => {
      const frame = keyBarFrame(width);
      const items = frame.split(SEP);
      const shown = items.length - KEPT.length;
      expect(items).toEqual([...OPTIONAL.slice(0, shown), ...KEPT]);
      expect(frame.length).toBeLessThanOrEqual(width);
      const withNext = [...OPTIONAL.slice(0, shown + 1), ...KEPT].join(SEP);
      expect(shown === OPTIONAL.length || withNext.length > width).toBe(true);
    },
  );

  it.each([
    [
      100,
      "space run/pause  s/→ step  e epoch  b/← back  +/- lr  l set lr  o optimizer  r reset  ? help  q quit",
    ],
    [80, "space run/pause  s/→ step  e epoch  b/← back  +/- lr  l set lr  ? help  q quit"],
    [40, "space run/pause  ? help  q quit"],
    [14, "? help  q quit"],
    // Narrower than help and quit: cut like every other line.
    [12, "? help  q q…"],
  ])("at %i columns reads %j", (width, line) => {
    expect(keyBarFrame(width)).toBe(line);
  });

  it.each([
    // The ASCII arrows are a character longer each, which leaves no room for "r reset".
    [
      100,
      "space run/pause  s/-> step  e epoch  b/<- back  +/- lr  l set lr  o optimizer  ? help  q quit",
    ],
    [12, "? help  q..."],
  ])("in ASCII at %i columns reads %j", (width, line) => {
    expect(keyBarFrame(width, ASCII_THEME)).toBe(line);
  });

  it("help and quit are the last bar items of the keymap", () => {
    expect(BAR).toEqual(KEYMAP.filter((b) => b.bar !== undefined).map((b) => b.bar));
    expect(KEPT).toEqual(["? help", "q quit"]);
  });

  it("speed, tuning, racing, continue, log scale, optimizer state, Tab and the log's scrolling are in the help only", () => {
    // `c` is offered by the status line when the run has ended, the only time it does anything.
    expect(KEYMAP.filter((b) => b.bar === undefined).map((b) => b.label)).toEqual([
      "-",
      ">",
      "<",
      "t",
      "a",
      "n",
      "d",
      "c",
      "g",
      "w",
      "Tab",
      "p",
      "z",
      "PgUp",
      "PgDn",
    ]);
  });

  it.each([100, 80, 12])("in ASCII at %i columns uses ASCII only", (width) => {
    expect(keyBarFrame(width, ASCII_THEME)).toMatch(/^[\x20-\x7e]*$/);
  });
});
