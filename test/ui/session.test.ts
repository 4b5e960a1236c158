import { describe, expect, it } from "vitest";
import { advance } from "../../src/core/engine.js";
import type { OptimizerId } from "../../src/core/optimizers/index.js";
import { followedRun } from "../../src/core/race-state.js";
import { createRun } from "../../src/core/run.js";
import { logLines } from "../../src/core/selectors.js";
import { SPEEDS } from "../../src/ui/ladder.js";
import {
  createSession,
  LOG_HISTORY,
  maxLogScroll,
  parseLearningRate,
  reduceSession,
  type Session,
  type SessionAction,
  speedOf,
} from "../../src/ui/session.js";
import { lectureConfig, lectureSession, nearConverged, play, STEP, steps } from "./helpers.js";

const OPEN: SessionAction = { type: "prompt-open" };
const SUBMIT: SessionAction = { type: "prompt-submit" };
const typed = (text: string): SessionAction => ({ type: "prompt-edit", text });
const LR_UP: SessionAction = { type: "lr-step", direction: 1 };
const LR_DOWN: SessionAction = { type: "lr-step", direction: -1 };
const RUNNING = () => play(lectureSession(), { type: "run", event: { type: "run" } });

/** SGD and Adam (lr 0.1) racing on the lecture's problem, fresh. */
function twoRuns(): Session {
  const first = followedRun(lectureSession());
  return createSession([
    first,
    createRun(lectureConfig({ optimizer: "adam", lr: 0.1 }), first.stats),
  ]);
}

const fresh = lectureSession;
const quadratic = () => lectureSession({ model: "quadratic", init: [1, 1, 1] });
const prompting = (text: string) => () => play(lectureSession(), OPEN, typed(text));
/** Three epochs in: 9 grad lines and 3 progress lines to scroll through. */
const threeEpochs = () => steps(lectureSession(), 9);
const logRows = (rows: number): SessionAction => ({ type: "log-rows", rows });
const scroll = (lines: number): SessionAction => ({ type: "scroll", lines });

/** An action, the session it is applied to, the part of the result read, and what it should be. */
const ACTIONS: [string, () => Session, SessionAction, (s: Session) => unknown, unknown][] = [
  ["run step", fresh, STEP, (s) => followedRun(s).updates, 1],
  [
    "run step-epoch",
    fresh,
    { type: "run", event: { type: "step-epoch" } },
    (s) => followedRun(s).updates,
    3,
  ],
  [
    "run toggle",
    fresh,
    { type: "run", event: { type: "toggle" } },
    (s) => followedRun(s).status.kind,
    "running",
  ],
  [
    "tick while running",
    RUNNING,
    { type: "tick", updates: 4, rate: 12 },
    (s) => [followedRun(s).updates, s.measuredRate],
    [4, 12],
  ],
  ["lr-step up", fresh, LR_UP, (s) => followedRun(s).lr, 0.02],
  ["lr-step down", fresh, LR_DOWN, (s) => followedRun(s).lr, 0.005],
  ["speed-step up", fresh, { type: "speed-step", direction: 1 }, speedOf, 20],
  ["speed-step down", fresh, { type: "speed-step", direction: -1 }, speedOf, 5],
  [
    "next-optimizer",
    fresh,
    { type: "next-optimizer" },
    (s) => followedRun(s).optimizer.id,
    "momentum",
  ],
  ["toggle-log-scale", fresh, { type: "toggle-log-scale" }, (s) => s.isLogScale, true],
  [
    "toggle-optimizer-state",
    fresh,
    { type: "toggle-optimizer-state" },
    (s) => s.isOptimizerStateShown,
    true,
  ],
  ["next-param (quadratic)", quadratic, { type: "next-param" }, (s) => s.landscapeParam, 1],
  ["toggle-help", fresh, { type: "toggle-help" }, (s) => s.isHelpOpen, true],
  [
    "toggle-help when open turns to the panels page",
    () => play(fresh(), { type: "toggle-help" }),
    { type: "toggle-help" },
    (s) => [s.isHelpOpen, s.helpPage],
    [true, 1],
  ],
  [
    "toggle-help on the panels page closes it",
    () => play(fresh(), { type: "toggle-help" }, { type: "toggle-help" }),
    { type: "toggle-help" },
    (s) => [s.isHelpOpen, s.helpPage],
    [false, 0],
  ],
  [
    "close-help on the panels page",
    () => play(fresh(), { type: "toggle-help" }, { type: "toggle-help" }),
    { type: "close-help" },
    (s) => [s.isHelpOpen, s.helpPage],
    [false, 0],
  ],
  ["next-view", fresh, { type: "next-view" }, (s) => s.viewIndex, 1],
  [
    "next-view wraps at 12, a multiple of every count of views",
    () => ({ ...fresh(), viewIndex: 11 }),
    { type: "next-view" },
    (s) => s.viewIndex,
    0,
  ],
  ["prompt-open", fresh, OPEN, (s) => s.prompt, { kind: "lr", text: "", error: undefined }],
  [
    "prompt-edit",
    prompting(""),
    typed("0.5"),
    (s) => s.prompt,
    { kind: "lr", text: "0.5", error: undefined },
  ],
  [
    "prompt-edit to the same text clears an error",
    () => play(lectureSession(), OPEN, typed("abc"), SUBMIT),
    typed("abc"),
    (s) => s.prompt,
    { kind: "lr", text: "abc", error: undefined },
  ],
  [
    "prompt-submit",
    prompting("0.05"),
    SUBMIT,
    (s) => [followedRun(s).lr, s.prompt],
    [0.05, undefined],
  ],
  [
    "prompt-cancel",
    prompting("0.05"),
    { type: "prompt-cancel" },
    (s) => [followedRun(s).lr, s.prompt],
    [0.01, undefined],
  ],
  ["scroll back", threeEpochs, scroll(5), (s) => s.logScroll, 5],
  ["scroll forward", () => play(threeEpochs(), scroll(5)), scroll(-2), (s) => s.logScroll, 3],
  ["log-rows", fresh, logRows(10), (s) => s.logRows, 10],
  ["quit", fresh, { type: "quit" }, (s) => s.isQuitting, true],
  ["next-pair (quadratic)", quadratic, { type: "next-pair" }, (s) => s.contourPair, 1],
  [
    "reset-view after the landscape widened",
    () => steps(lectureSession({ batchSize: 3, lr: 0.3 }), 3),
    { type: "reset-view" },
    (s) => s.landscapeView.zoom,
    1,
  ],
  ["notice", fresh, { type: "notice", text: "read-only" }, (s) => s.notice, "read-only"],
  [
    "follow takes the run and speed, keeps the view",
    () => ({ ...lectureSession(), isLogScale: true }),
    { type: "follow", from: { ...steps(lectureSession(), 2), speedIndex: 0 } },
    (s) => [followedRun(s).updates, s.speedIndex, s.isLogScale],
    [2, 0, true],
  ],
  [
    "recorded applies a recorded event",
    fresh,
    { type: "recorded", event: { type: "step" } },
    (s) => followedRun(s).updates,
    1,
  ],
  ["follow-next in a race", twoRuns, { type: "follow-next" }, (s) => s.followed, 1],
  ["remove-racer in a race", twoRuns, { type: "remove-racer" }, (s) => s.runs.length, 1],
];

describe("reduceSession", () => {
  it.each(ACTIONS)("%s changes what it should", (_, make, action, read, want) => {
    const before = make();
    const after = reduceSession(before, action);
    expect(after).not.toBe(before);
    expect(read(after)).toEqual(want);
  });

  it("covers every action type", () => {
    const covered = new Set(ACTIONS.map(([, , action]) => action.type));
    const all: Record<SessionAction["type"], true> = {
      run: true,
      tick: true,
      "lr-step": true,
      "speed-step": true,
      "next-optimizer": true,
      "toggle-log-scale": true,
      "toggle-optimizer-state": true,
      "next-param": true,
      "toggle-help": true,
      "close-help": true,
      "next-view": true,
      "prompt-open": true,
      "prompt-edit": true,
      "prompt-submit": true,
      "prompt-cancel": true,
      "reset-view": true,
      "next-pair": true,
      scroll: true,
      "log-rows": true,
      quit: true,
      notice: true,
      follow: true,
      recorded: true,
      "follow-next": true,
      "remove-racer": true,
    };
    expect([...covered].sort()).toEqual(Object.keys(all).sort());
  });

  const FOLLOWED = lectureSession();
  const slowest = () => ({ ...lectureSession(), speedIndex: 0 });
  const fastest = () => ({ ...lectureSession(), speedIndex: SPEEDS.length - 1 });
  const NO_OPS: [string, () => Session, SessionAction][] = [
    ["speed-step below the slowest", slowest, { type: "speed-step", direction: -1 }],
    ["speed-step past the fastest", fastest, { type: "speed-step", direction: 1 }],
    ["prompt-edit with no prompt", lectureSession, typed("0.5")],
    ["prompt-edit to the same text, no error", prompting("0.5"), typed("0.5")],
    ["prompt-edit of an empty prompt to empty", prompting(""), typed("")],
    ["prompt-submit with no prompt", lectureSession, SUBMIT],
    ["prompt-cancel with no prompt", lectureSession, { type: "prompt-cancel" }],
    ["prompt-open when open", () => play(lectureSession(), OPEN), OPEN],
    ["scroll below 0", threeEpochs, scroll(-5)],
    ["follow-next in a race of one", lectureSession, { type: "follow-next" }],
    ["scroll back with no log yet", lectureSession, scroll(5)],
    ["scroll back at the oldest line", () => play(threeEpochs(), scroll(12)), scroll(5)],
    ["scroll back when the log fits its rows", () => play(threeEpochs(), logRows(12)), scroll(5)],
    ["log-rows unchanged", () => play(lectureSession(), logRows(10)), logRows(10)],
    [
      "quit when already quitting",
      () => play(lectureSession(), { type: "quit" }),
      { type: "quit" },
    ],
    ["next-param on a one-parameter model", lectureSession, { type: "next-param" }],
    ["close-help when closed", lectureSession, { type: "close-help" }],
    ["step back at the start", lectureSession, { type: "run", event: { type: "step-back" } }],
    ["reset at the start", lectureSession, { type: "run", event: { type: "reset" } }],
    ["tick while idle", lectureSession, { type: "tick", updates: 5, rate: 0 }],
    ["follow of the same run and speed", () => FOLLOWED, { type: "follow", from: FOLLOWED }],
    ["tick while paused", () => steps(lectureSession(), 2), { type: "tick", updates: 5, rate: 30 }],
    [
      "lr-step up at the top of the range, said already",
      () => reduceSession(lectureSession({ lr: 1000 }), LR_UP),
      LR_UP,
    ],
  ];

  it.each(NO_OPS)("%s returns the same object", (_, make, action) => {
    const before = make();
    expect(reduceSession(before, action)).toBe(before);
  });

  it("tick while running moves the run by its updates and records the rate", () => {
    const after = play(
      RUNNING(),
      { type: "tick", updates: 2, rate: 24 },
      { type: "tick", updates: 3, rate: 36 },
    );
    expect([
      followedRun(after).updates,
      followedRun(after).status.kind,
      after.measuredRate,
    ]).toEqual([5, "running", 36]);
  });
});

describe("lr-step walks the 1-2-5 ladder", () => {
  const walk = (lr: number, action: SessionAction, n: number) => {
    let session = lectureSession({ lr });
    const seen: number[] = [];
    for (let i = 0; i < n; i++) {
      session = reduceSession(session, action);
      seen.push(followedRun(session).lr);
    }
    return seen;
  };

  it("up from 0.01 exactly", () => {
    const seen = walk(0.01, LR_UP, 3);
    expect(seen).toEqual([0.02, 0.05, 0.1]);
    expect(seen[2]).toBe(0.1);
  });

  it("down from 0.01 exactly", () => {
    const seen = walk(0.01, LR_DOWN, 3);
    expect(seen).toEqual([0.005, 0.002, 0.001]);
    expect(seen[2]).toBe(0.001);
  });

  it("up and back down returns to the lecture's 0.01", () => {
    const session = play(lectureSession(), LR_UP, LR_UP, LR_UP, LR_DOWN, LR_DOWN, LR_DOWN);
    expect(followedRun(session).lr).toBe(0.01);
  });

  it.each([
    [1, 0.05],
    [-1, 0.02],
  ] as const)("from a typed 0.03, direction %i gives %d", (direction, want) => {
    const typed003 = play(lectureSession(), OPEN, typed("0.03"), SUBMIT);
    expect(followedRun(typed003).lr).toBe(0.03);
    expect(followedRun(reduceSession(typed003, { type: "lr-step", direction })).lr).toBe(want);
  });
});

describe("prompt-submit", () => {
  it("with 0.05 sets the rate and closes the prompt", () => {
    const after = play(lectureSession(), OPEN, typed("0.05"), SUBMIT);
    expect(followedRun(after).lr).toBe(0.05);
    expect(after.prompt).toBeUndefined();
  });

  it.each([
    ["abc", "'abc' is not a number"],
    ["0", "0 must be greater than 0"],
    ["-1", "-1 must be greater than 0"],
    ["", "type a learning rate, e.g. 0.05"],
    ["1e999", "1e999 is out of range (1e-9 to 1000)"],
  ])("with %j keeps the rate and the prompt, showing %j", (text, error) => {
    const before = play(lectureSession(), OPEN, typed(text));
    const after = reduceSession(before, SUBMIT);
    expect(followedRun(after)).toBe(followedRun(before));
    expect(after.prompt).toEqual({ kind: "lr", text, error });
  });

  it("editing after an error clears the error", () => {
    const after = play(lectureSession(), OPEN, typed("abc"), SUBMIT, typed("ab"));
    expect(after.prompt).toEqual({ kind: "lr", text: "ab", error: undefined });
  });
});

describe("next-optimizer", () => {
  it("cycles through all twelve optimizers back to SGD, keeping the parameters and rate", () => {
    let session = steps(lectureSession(), 2);
    const params = Array.from(followedRun(session).params);
    const seen: OptimizerId[] = [followedRun(session).optimizer.id];
    for (let i = 0; i < 12; i++) {
      session = reduceSession(session, { type: "next-optimizer" });
      seen.push(followedRun(session).optimizer.id);
      expect(Array.from(followedRun(session).params)).toEqual(params);
      expect(followedRun(session).updates).toBe(2);
      expect(followedRun(session).lr).toBe(0.01);
    }
    expect(seen).toEqual([
      ...["sgd", "momentum", "nesterov", "adam", "adamw", "nadam", "radam", "adamax"],
      ...["adadelta", "adagrad", "rmsprop", "rprop", "sgd"],
    ]);
  });
});

describe("parseLearningRate", () => {
  it.each([
    ["0.05", 0.05],
    [" 0.05 ", 0.05],
    ["1e-3", 0.001],
    ["1E-3", 0.001],
    [".5", 0.5],
    ["5.", 5],
    ["+0.1", 0.1],
    ["1000", 1000],
    ["1e-9", 1e-9],
  ])("%j is %d", (text, want) => {
    expect(parseLearningRate(text)).toBe(want);
  });

  it.each([
    ["", "type a learning rate, e.g. 0.05"],
    ["   ", "type a learning rate, e.g. 0.05"],
    ["abc", "'abc' is not a number"],
    ["0x10", "'0x10' is not a number"],
    ["Infinity", "'Infinity' is not a number"],
    ["NaN", "'NaN' is not a number"],
    ["1e999", "1e999 is out of range (1e-9 to 1000)"],
    ["1e308", "1e308 is out of range (1e-9 to 1000)"],
    ["1001", "1001 is out of range (1e-9 to 1000)"],
    ["0.0.1", "'0.0.1' is not a number"],
    ["1,5", "'1,5' is not a number"],
    ["0", "0 must be greater than 0"],
    ["-0", "-0 must be greater than 0"],
    ["-1", "-1 must be greater than 0"],
    ["1e-400", "1e-400 is out of range (1e-9 to 1000)"],
    ["9e-10", "9e-10 is out of range (1e-9 to 1000)"],
  ])("%j is refused: %j", (text, message) => {
    expect(parseLearningRate(text)).toBe(message);
  });
});

describe("createSession", () => {
  it("starts at 10 updates a second with everything closed", () => {
    const session = createSession(followedRun(lectureSession()));
    expect(speedOf(session)).toBe(10);
    expect(session).toMatchObject({
      measuredRate: 0,
      isLogScale: false,
      landscapeParam: 0,
      isHelpOpen: false,
      helpPage: 0,
      viewIndex: 0,
      prompt: undefined,
      logScroll: 0,
      logRows: 0,
      isQuitting: false,
    });
  });
});

describe("maxLogScroll", () => {
  /** The lecture at lr 0.001 (far from converging) `n` epochs in. */
  const epochs = (n: number) =>
    play(
      lectureSession({ lr: 0.001 }),
      ...Array.from(
        { length: n },
        (): SessionAction => ({ type: "run", event: { type: "step-epoch" } }),
      ),
    );

  it.each([
    ["a fresh session", lectureSession, 0],
    ["3 steps (3 grad lines, 1 progress line)", () => steps(lectureSession(), 3), 4],
    ["2 steps (no epoch done yet)", () => steps(lectureSession(), 2), 2],
    ["3 epochs", threeEpochs, 12],
    ["3 epochs, 10 rows shown", () => play(threeEpochs(), logRows(10)), 2],
    ["3 epochs, 20 rows shown", () => play(threeEpochs(), logRows(20)), 0],
    ["25 epochs, 10 rows shown (100x30)", () => play(nearConverged(), logRows(10)), 90],
    ["25 epochs, 7 rows shown (80x24)", () => play(nearConverged(), logRows(7)), 93],
    ["80 epochs: 320 lines, of which the log keeps 300", () => epochs(80), LOG_HISTORY],
    ["80 epochs, 10 rows shown", () => play(epochs(80), logRows(10)), LOG_HISTORY - 10],
  ])("%s: %i", (_, make, want) => {
    expect(maxLogScroll(make())).toBe(want);
  });

  it("the 80-epoch session is still paused, its lines all kept by the run", () => {
    const run = followedRun(epochs(80));
    expect([run.status.kind, run.updates]).toEqual(["paused", 240]);
  });
});

describe("scroll", () => {
  it("stops at the oldest line, and the first scroll forward moves at once", () => {
    let session = play(nearConverged(), logRows(10));
    for (let i = 0; i < 25; i++) session = reduceSession(session, scroll(5));
    expect(session.logScroll).toBe(90);
    expect(reduceSession(session, scroll(-5)).logScroll).toBe(85);
  });

  it("goes no further back than the rows the layout last reported allow", () => {
    const session = play(threeEpochs(), logRows(10), scroll(5));
    expect(session.logScroll).toBe(2);
  });

  // Every action keeps the scroll within the log: whatever shortens the log or shows more of it
  // brings the scroll back to the oldest line there is, so the next PageDown moves the log at once
  // (app.test.tsx, "after a reset and 4 epochs, PageDown moves the log").
  it.each([
    // No log is left.
    ["r (reset)", { type: "run", event: { type: "reset" } }, 0],
    // 74 grad lines and 24 progress lines, 10 on screen.
    ["b (step back)", { type: "run", event: { type: "step-back" } }, 88],
    // 100 lines, 20 on screen.
    ["a taller log panel", logRows(20), 80],
    ["a log panel taller than the log", logRows(120), 0],
  ] as [string, SessionAction, number][])(
    "after %s the scroll is at the oldest line left, %i",
    (_, action, want) => {
      const scrolled = play(nearConverged(), logRows(10), scroll(90));
      expect(scrolled.logScroll).toBe(90);
      const after = reduceSession(scrolled, action);
      expect(after.logScroll).toBe(want);
      expect(maxLogScroll(after)).toBe(want);
    },
  );

  it("a shorter log panel keeps the scroll as it was", () => {
    const scrolled = play(nearConverged(), logRows(10), scroll(10));
    expect(reduceSession(scrolled, logRows(5)).logScroll).toBe(10);
  });

  /** The log's lines on screen: `logRows` of them, `logScroll` back from the newest. */
  const shown = (s: Session) =>
    logLines(followedRun(s), s.logRows + s.logScroll).slice(0, s.logRows);

  // Scrolled back, the log shows the same lines while the run adds lines below them (or a step
  // back takes them away): the scroll moves by the lines added, 1 a step, 1 more at an epoch's end.
  it.each([
    ["s (a grad line)", STEP, 11],
    ["e (3 grad lines and a progress line)", { type: "run", event: { type: "step-epoch" } }, 14],
    ["a tick while running (4 updates, an epoch's end)", "tick", 15],
    [
      "b (the last grad line and its epoch's progress line)",
      { type: "run", event: { type: "step-back" } },
      8,
    ],
  ] as [string, SessionAction | "tick", number][])(
    "after %s a scrolled-back log shows the same lines",
    (_, action, scrollAfter) => {
      let scrolled = play(nearConverged(), logRows(10), scroll(10));
      const running = { type: "run", event: { type: "run" } } as const;
      if (action === "tick") scrolled = reduceSession(scrolled, running);
      const next = reduceSession(
        scrolled,
        action === "tick" ? { type: "tick", updates: 4, rate: 1 } : action,
      );
      expect(next.logScroll).toBe(scrollAfter);
      expect(shown(next)).toEqual(shown(scrolled));
    },
  );

  it("at the newest line the log follows the run", () => {
    const latest = play(nearConverged(), logRows(10));
    expect(reduceSession(latest, STEP).logScroll).toBe(0);
  });
});

describe("stepping back to the end of the history kept", () => {
  const BACK: SessionAction = { type: "run", event: { type: "step-back" } };
  const SLOWER: SessionAction = { type: "speed-step", direction: -1 };
  const SAID = "no further back: gd-tui keeps at least the last 1,024 updates";
  const far = () => {
    const endless = lectureConfig({ maxEpochs: 1e9, tolLoss: 0, tolGrad: 0 });
    return createSession([advance(createRun(endless), 5000)]);
  };

  it("says so when b finds nothing further back, and stays where it was", () => {
    let session = far();
    let backs = 0;
    for (let next = reduceSession(session, BACK); next.notice === undefined; backs++) {
      session = next;
      next = reduceSession(session, BACK);
      if (backs > 5000) throw new Error("no end to the history");
    }
    expect(backs).toBeGreaterThanOrEqual(1024);
    const atEnd = reduceSession(session, BACK);
    expect(atEnd.notice).toBe(SAID);
    expect(atEnd.runs).toBe(session.runs);
    // Pressed again it still says so; another key takes it away.
    expect(reduceSession(atEnd, BACK).notice).toBe(SAID);
    expect(reduceSession(atEnd, SLOWER).notice).toBeUndefined();
  });

  it("says nothing at update 0, and a step back that went takes the notice away", () => {
    expect(reduceSession(fresh(), BACK).notice).toBeUndefined();
    // At update 0 b is a key as any other: the word about the last key goes.
    const atStart = reduceSession(fresh(), { type: "notice", text: "read-only" });
    expect(reduceSession(atStart, BACK).notice).toBeUndefined();
    const noticed = reduceSession(far(), { type: "notice", text: "read-only" });
    expect(reduceSession(noticed, BACK).notice).toBeUndefined();
  });
});
