import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { followedRun } from "../../src/core/race-state.js";
import { type AppAction, PROMPT_MAX, reduceApp, reduceKey } from "../../src/ui/input.js";
import { KEYMAP } from "../../src/ui/keymap.js";
import { reduceSession, type Session, type SessionAction } from "../../src/ui/session.js";
import { inkKey, lectureSession, NO_KEY, play, steps } from "./helpers.js";

/** Keys as Ink reports them: `[input, key]`. */
const typed = (input: string): [string, Key] => [input, NO_KEY];
const ENTER: [string, Key] = ["\r", { ...NO_KEY, return: true }];
const ESC: [string, Key] = ["", { ...NO_KEY, escape: true, meta: true }];
const BACKSPACE: [string, Key] = ["", { ...NO_KEY, backspace: true }];
const DELETE: [string, Key] = ["", { ...NO_KEY, delete: true }];
const CTRL_C: [string, Key] = ["c", { ...NO_KEY, ctrl: true }];
const CTRL_U: [string, Key] = ["u", { ...NO_KEY, ctrl: true }];
const META_S: [string, Key] = ["s", { ...NO_KEY, meta: true }];
const RIGHT: [string, Key] = ["", { ...NO_KEY, rightArrow: true }];
const TAB: [string, Key] = ["", { ...NO_KEY, tab: true }];

const OPEN: SessionAction = { type: "prompt-open" };
const HELP: SessionAction = { type: "toggle-help" };
const edit = (text: string): SessionAction => ({ type: "prompt-edit", text });

/** After 3 steps, so that stepping back and forward both show. */
const closed = () => steps(lectureSession(), 3);
const helpOpen = () => play(closed(), HELP);
const helpPageTwo = () => play(closed(), HELP, HELP);
const prompt = (text: string) => () => play(closed(), OPEN, edit(text));
const promptError = () => play(closed(), OPEN, edit("abc"), { type: "prompt-submit" });
const promptOverHelp = () => play(closed(), HELP, OPEN, edit("0.0"));

/** What a test reads of a session: enough to tell every key's effect apart. */
const view = (s: Session) => ({
  updates: followedRun(s).updates,
  lr: followedRun(s).lr,
  isHelpOpen: s.isHelpOpen,
  prompt: s.prompt,
  isQuitting: s.isQuitting,
});

/** A session, a key, and what the session reads as afterwards. */
const CHANGES: [string, () => Session, [string, Key], Partial<ReturnType<typeof view>>][] = [
  // The prompt takes every key while it is open.
  [
    "prompt open: a digit is typed",
    prompt("0.0"),
    typed("5"),
    { prompt: { kind: "lr", text: "0.05", error: undefined } },
  ],
  [
    "prompt open: s is typed, not a step",
    prompt(""),
    typed("s"),
    { updates: 3, prompt: { kind: "lr", text: "s", error: undefined } },
  ],
  [
    "prompt open: q is typed, not quit",
    prompt(""),
    typed("q"),
    { isQuitting: false, prompt: { kind: "lr", text: "q", error: undefined } },
  ],
  [
    "prompt open: ? is typed, the help stays shut",
    prompt(""),
    typed("?"),
    { isHelpOpen: false, prompt: { kind: "lr", text: "?", error: undefined } },
  ],
  [
    "prompt open: space is typed",
    prompt("1"),
    typed(" "),
    { prompt: { kind: "lr", text: "1 ", error: undefined } },
  ],
  [
    "prompt open: + is typed, the rate stays",
    prompt(""),
    typed("+"),
    { lr: 0.01, prompt: { kind: "lr", text: "+", error: undefined } },
  ],
  [
    "prompt open: pasted text is typed whole",
    prompt(""),
    typed("0.05"),
    { prompt: { kind: "lr", text: "0.05", error: undefined } },
  ],
  [
    "prompt open: Backspace takes the last character",
    prompt("0.07"),
    BACKSPACE,
    { prompt: { kind: "lr", text: "0.0", error: undefined } },
  ],
  [
    "prompt open: Delete does the same",
    prompt("0.07"),
    DELETE,
    { prompt: { kind: "lr", text: "0.0", error: undefined } },
  ],
  [
    "prompt open: Enter applies a rate and closes",
    prompt("0.05"),
    ENTER,
    { lr: 0.05, prompt: undefined },
  ],
  [
    "prompt open: Enter shows why a rate is refused",
    prompt("0"),
    ENTER,
    { lr: 0.01, prompt: { kind: "lr", text: "0", error: "0 must be greater than 0" } },
  ],
  [
    "prompt open: Ctrl-U clears the text, as in a shell",
    prompt("0.05"),
    CTRL_U,
    { lr: 0.01, prompt: { kind: "lr", text: "", error: undefined } },
  ],
  [
    "prompt with an error: Ctrl-U clears the text and the error",
    promptError,
    CTRL_U,
    { prompt: { kind: "lr", text: "", error: undefined } },
  ],
  ["prompt open: Esc cancels", prompt("0.05"), ESC, { lr: 0.01, prompt: undefined }],
  ["prompt open: Ctrl-C quits", prompt("0.05"), CTRL_C, { isQuitting: true }],
  [
    "prompt with an error: typing clears it",
    promptError,
    typed("d"),
    { prompt: { kind: "lr", text: "abcd", error: undefined } },
  ],
  [
    "prompt with an error: Backspace clears it",
    promptError,
    BACKSPACE,
    { prompt: { kind: "lr", text: "ab", error: undefined } },
  ],
  [
    "prompt over the help: Esc closes the prompt only",
    promptOverHelp,
    ESC,
    { isHelpOpen: true, prompt: undefined },
  ],
  [
    "prompt over the help: ? is typed",
    promptOverHelp,
    typed("?"),
    { isHelpOpen: true, prompt: { kind: "lr", text: "0.0?", error: undefined } },
  ],
  // ? turns the help to its second page, then closes it; Esc closes it from either page; other
  // keys still do what the keymap says.
  ["help open: ? turns the page", helpOpen, typed("?"), { isHelpOpen: true }],
  ["help on its second page: ? closes it", helpPageTwo, typed("?"), { isHelpOpen: false }],
  ["help open: Esc closes it", helpOpen, ESC, { isHelpOpen: false }],
  ["help on its second page: Esc closes it", helpPageTwo, ESC, { isHelpOpen: false }],
  ["help open: s steps, the help stays", helpOpen, typed("s"), { updates: 4, isHelpOpen: true }],
  [
    "help open: l opens the prompt over it",
    helpOpen,
    typed("l"),
    { isHelpOpen: true, prompt: { kind: "lr", text: "", error: undefined } },
  ],
  ["help open: q quits", helpOpen, typed("q"), { isQuitting: true }],
  // Nothing open: the keymap.
  ["closed: s steps", closed, typed("s"), { updates: 4 }],
  ["closed: → steps", closed, RIGHT, { updates: 4 }],
  ["closed: ? opens the help", closed, typed("?"), { isHelpOpen: true }],
  [
    "closed: l opens the prompt",
    closed,
    typed("l"),
    { prompt: { kind: "lr", text: "", error: undefined } },
  ],
  ["closed: q quits", closed, typed("q"), { isQuitting: true }],
  ["closed: Ctrl-C quits", closed, CTRL_C, { isQuitting: true }],
];

/** A session and a key that changes nothing: the same object back. */
const NO_OPS: [string, () => Session, [string, Key]][] = [
  ["prompt open: →", prompt("0.05"), RIGHT],
  ["prompt open: Tab", prompt("0.05"), TAB],
  ["prompt open, nothing typed: Ctrl-U", prompt(""), CTRL_U],
  ["prompt open: Meta-s", prompt("0.05"), META_S],
  ["prompt open: nothing", prompt("0.05"), typed("")],
  ["help open: an unbound key", helpOpen, typed("x")],
  ["closed: Esc", closed, ESC],
  ["closed: an unbound key", closed, typed("x")],
  ["closed: Enter", closed, ENTER],
  ["closed: Backspace", closed, BACKSPACE],
  ["closed: two unbound letters in one read", closed, typed("xz")],
  ["closed: Meta-s", closed, META_S],
  ["quitting: q again", () => play(closed(), { type: "quit" }), typed("q")],
];

describe("reduceKey", () => {
  it.each(CHANGES)("%s", (_, make, [input, key], want) => {
    const before = make();
    const after = reduceKey(before, input, key);
    expect(after).not.toBe(before);
    expect(view(after)).toEqual({ ...view(before), ...want });
  });

  it.each(NO_OPS)("%s returns the same session", (_, make, [input, key]) => {
    const before = make();
    expect(reduceKey(before, input, key)).toBe(before);
  });

  // An edit that leaves the text as it was (no error to clear) changes nothing: the same object,
  // as reduceSession's "prompt-edit" returns then.
  it("prompt open and empty: Backspace returns the same session", () => {
    const before = prompt("")();
    expect(reduceKey(before, ...BACKSPACE)).toBe(before);
  });

  const PRESSES = KEYMAP.flatMap((binding) =>
    binding.keys.map((spec) => [JSON.stringify(spec), spec, binding] as const),
  );

  it.each(PRESSES)("nothing open: %s does what the keymap says", (_, spec, binding) => {
    const before = closed();
    expect(reduceKey(before, ...inkKey(spec))).toEqual(reduceSession(before, binding.command));
  });

  it.each(PRESSES.filter(([, , binding]) => binding.command.type !== "toggle-help"))(
    "help open: %s does what the keymap says, the help stays",
    (_, spec, binding) => {
      const before = helpOpen();
      const after = reduceKey(before, ...inkKey(spec));
      expect(after).toEqual(reduceSession(before, binding.command));
      expect(after.isHelpOpen).toBe(true);
    },
  );

  it("keys one after another see the state each left: l 0 . 0 5 Enter sets 0.05", () => {
    const keys = ["l", "0", ".", "0", "5"].map(typed);
    const after = [...keys, ENTER].reduce((s, [input, key]) => reduceKey(s, input, key), closed());
    expect([followedRun(after).lr, after.prompt, followedRun(after).updates]).toEqual([
      0.05,
      undefined,
      3,
    ]);
  });

  it("keys that came in one read count one by one: sse is two updates, then the epoch's end", () => {
    const after = reduceKey(lectureSession(), ...typed("sse"));
    expect([followedRun(after).updates, followedRun(after).status.kind]).toEqual([3, "paused"]);
  });

  it("a rate pasted into the prompt in one read is typed whole", () => {
    const after = reduceKey(reduceKey(closed(), ...typed("l")), ...typed("0.05"));
    expect(after.prompt?.text).toBe("0.05");
  });

  // Over a slow link a digit and Enter arrive together, and Ink hands them over as one input.
  it.each([
    ["5 and Enter", prompt("0.0"), "5\r", 0.05],
    ["l, a rate and Enter", closed, "l0.02\r", 0.02],
    ["a rate and a newline, pasted", prompt(""), "0.2\n", 0.2],
    ["a typo, Backspace, Enter", prompt(""), "0.055\x7f\r", 0.05],
    ["a typo, Ctrl+H, Enter", prompt(""), "0.055\b\r", 0.05],
  ] as const)("in one read, %s applies the rate and closes the prompt", (_, make, input, lr) => {
    const after = reduceKey(make(), ...typed(input));
    expect([followedRun(after).lr, after.prompt]).toEqual([lr, undefined]);
  });

  it("in one read, invalid text and Enter show the inline error and change nothing", () => {
    const before = prompt("")();
    const after = reduceKey(before, ...typed("abc\r"));
    expect([followedRun(after).lr, after.prompt?.text, after.prompt?.error === undefined]).toEqual([
      followedRun(before).lr,
      "abc",
      false,
    ]);
  });

  it("control characters are never typed into the prompt", () => {
    const after = reduceKey(prompt("0.1")(), ...typed("\t\u0001\u001f"));
    expect(after.prompt).toEqual({ kind: "lr", text: "0.1", error: undefined });
  });

  it("with the prompt closed, Enter in one read is no key: s Enter s is two updates", () => {
    const after = reduceKey(lectureSession(), ...typed("s\rs"));
    expect(followedRun(after).updates).toBe(2);
  });
});

describe("reduceKey: characters outside the Basic Multilingual Plane and other odd input", () => {
  // 🔥 is U+1F525 and 𝟘 U+1D7D8: one character each, two UTF-16 code units.
  it("🔥 with the prompt closed is an unbound key: the same session", () => {
    const before = closed();
    expect(reduceKey(before, ...typed("🔥"))).toBe(before);
  });

  it("l then 𝟘 types 𝟘 into the prompt", () => {
    const after = reduceKey(reduceKey(closed(), ...typed("l")), ...typed("𝟘"));
    expect(after.prompt).toEqual({ kind: "lr", text: "𝟘", error: undefined });
  });

  it("Backspace after 𝟘 takes the whole character, not half of it", () => {
    expect(reduceKey(prompt("0.𝟘")(), ...BACKSPACE).prompt?.text).toBe("0.");
  });

  it("s🔥s in one read is two updates", () => {
    expect(followedRun(reduceKey(lectureSession(), ...typed("s🔥s"))).updates).toBe(2);
  });

  it("a pasted run of astral characters is typed whole, character by character", () => {
    expect(reduceKey(prompt("")(), ...typed("0.𝟘🔥1")).prompt?.text).toBe("0.𝟘🔥1");
  });

  it.each([
    ["a lone high surrogate", "\ud83d"],
    ["a lone low surrogate", "\udd25"],
    ["a C1 control (CSI)", "\u009b"],
    ["a bidirectional override", "\u202e"],
    ["a line separator", "\u2028"],
  ])("%s is never typed into the prompt", (_, ch) => {
    const before = prompt("0.1")();
    expect(reduceKey(before, ...typed(ch))).toBe(before);
    expect(reduceKey(before, ...typed(`5${ch}5`)).prompt?.text).toBe("0.155");
  });

  // Ink reads a lone 0x03 as Ctrl+C; inside a run it is the same key.
  it("Ctrl+C in the middle of a run quits, as it does alone", () => {
    expect(reduceKey(closed(), ...typed("s\u0003")).isQuitting).toBe(true);
  });

  it(`the prompt holds at most ${PROMPT_MAX} characters; a longer paste is cut there`, () => {
    const after = reduceKey(prompt("")(), ...typed("1".repeat(100_000)));
    expect(after.prompt?.text).toBe("1".repeat(PROMPT_MAX));
    const astral = reduceKey(prompt("")(), ...typed("𝟘".repeat(PROMPT_MAX + 1)));
    expect(astral.prompt?.text).toBe("𝟘".repeat(PROMPT_MAX));
  });

  it("a full prompt still takes Backspace and Enter", () => {
    const full = reduceKey(prompt("")(), ...typed(`0.05${"0".repeat(PROMPT_MAX)}`));
    const after = reduceKey(full, ...typed("\x7f\r"));
    expect([followedRun(after).lr, after.prompt]).toEqual([0.05, undefined]);
  });
});

describe("reduceApp", () => {
  it("a key action is read as reduceKey reads it", () => {
    const before = prompt("0.0")();
    const action: AppAction = { type: "key", input: "5", key: NO_KEY };
    expect(reduceApp(before, action)).toEqual(reduceKey(before, "5", NO_KEY));
  });

  it.each([
    ["step", { type: "run", event: { type: "step" } }],
    ["log-rows", { type: "log-rows", rows: 7 }],
    ["quit", { type: "quit" }],
    ["scroll", { type: "scroll", lines: 5 }],
  ] as [string, SessionAction][])("%s is the session's action", (_, action) => {
    const before = closed();
    expect(reduceApp(before, action)).toEqual(reduceSession(before, action));
  });

  it("a key that changes nothing returns the same session", () => {
    const before = closed();
    expect(reduceApp(before, { type: "key", input: "x", key: NO_KEY })).toBe(before);
  });
});
