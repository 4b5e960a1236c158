import { describe, expect, it } from "vitest";
import { divergenceBound, LR_RANGE } from "../../src/core/config.js";
import { formatFull, formatShort } from "../../src/core/format.js";
import { MODELS } from "../../src/core/models/index.js";
import { followedRun } from "../../src/core/race-state.js";
import { nextOnLadder } from "../../src/ui/ladder.js";
import { parseLearningRate, reduceSession, type SessionAction } from "../../src/ui/session.js";
import { captureCli, expectInputError } from "../cli/run-cli.js";
import { dashboardFrame, lectureSession, play, runToEnd, steps } from "../ui/helpers.js";

// Numbers past float64's range (about ±1.8e308), from every door: flags, data, keys. None may
// reach a screen or an output as Infinity or NaN.

const NON_FINITE = /Infinity|NaN|\binf\b|\bnan\b/i;
const RANGE = "(1e-9 to 1000)";
const csv = (...rows: string[]) => `x,y\n${rows.join("\n")}\n`;
const summary = (args: string[], stdin = "") =>
  captureCli(["--print", "--format", "summary", ...args], stdin);

describe("an overflowing start is a bad input, naming what overflows", () => {
  it.each([
    // (1·1e200 − 2)² = 1e400 on the first row.
    ["--init 1e200", ["--init", "1e200"], ["--init", "'1e200'", "overflows", "data row 1"]],
    ["--init -1e200", ["--init", "-1e200"], ["--init", "'-1e200'", "overflows"]],
    // ŷ = x²·w2 + …: w2 = 1e200 at x = 1 is the same square.
    [
      "--init w2=1e200 for the quadratic model",
      ["--model", "quadratic", "--init", "w2=1e200"],
      ["--init", "'w2=1e200'", "overflows"],
    ],
  ])("%s", async (_, args, words) => {
    expectInputError(await summary(args), words);
  });

  it.each([
    // x² = 1e600: the row alone overflows, whatever w is.
    ["x = 1e300", csv("1,2", "1e300,3"), [], ["stdin data row 2", "x = 1e+300", "ŷ = x·w"]],
    ["y = 1e200", csv("1,1e200"), [], ["stdin data row 1", "y = 1e+200"]],
    // x⁴ = 1e400 for the quadratic model, though x² = 1e200 is fine for the linear one.
    [
      "x = 1e100, quadratic",
      csv("1,2", "1e100,0"),
      ["--model", "quadratic"],
      ["stdin data row 2", "x = 1e+100", "ŷ = x²·w2 + x·w1 + b"],
    ],
    // x² = y² = 1e308 both fit, but at w = 1 the residual is 2e154 and its square 4e308 does not.
    ["x = 1e154, y = -1e154", csv("1e154,-1e154"), [], ["stdin data row 1", "loss at the start"]],
  ])("data with %s", async (_, stdin, args, words) => {
    expectInputError(await summary(["--data", "-", ...args], stdin), words);
  });

  it("rows each within range whose mean loss is not: 2 × (1.3e154)² = 3.4e308", async () => {
    const result = await summary(["--data", "-"], csv("0,1.3e154", "0,1.3e154"));
    expectInputError(result, ["stdin: the mean loss over the data overflows at the start"]);
  });

  it("a start whose prediction at x = 4 overflows: 4 × 1e308", async () => {
    // x = 1e-200 keeps the loss (1e-200·1e308)² = 1e216 finite; the "4 hours" prediction is not.
    const result = await summary(["--data", "-", "--init", "1e308"], csv("1e-200,0"));
    expectInputError(result, ["--init: '1e308' is too large: the prediction at x=4 overflows"]);
  });

  it("data with x = 1e300 as JSON names the row too", async () => {
    const result = await summary(["--data", "-"], '{"x": [1, 1e300], "y": [2, 3]}');
    expectInputError(result, ["data row 2", "x = 1e+300"]);
  });

  it("a row the linear model can take is taken: x = 1e100 squares to 1e200", async () => {
    const result = await summary(["--data", "-", "--epochs", "1"], csv("1e100,0"));
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(NON_FINITE);
  });

  it("a start just inside the range runs, and its output stays finite", async () => {
    // w = 1e150: losses about 1e300, within float64.
    const result = await summary(["--init", "1e150"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^updates=30 epochs=10 w=[^ ]+e\+148 mean_loss=[^ ]+e\+298 /);
    expect(result.stdout).not.toMatch(NON_FINITE);
  });
});

describe("a run that overflows later diverges, with the reason in words", () => {
  it.each([
    // w0 = 1e150 on x = 1 and x = 100 (start loss ~5e303, bound the largest double). Update 1 at
    // lr 1000: w = 1e150 − 1000·2·1e150 ≈ −2e153; row 2's residual −2e155 squares past 1.8e308.
    ["loss overflows", csv("1,0", "100,0"), ["--init", "1e150"], "loss overflows before update 2"],
    // x = 1e153, w = 1: loss 1e306, gradient 2e306; the step 1000·2e306 = 2e309 overflows w.
    ["w would overflow", csv("1e153,0"), [], "update 1 not applied: w would overflow"],
  ])("%s", async (_, stdin, args, reason) => {
    const result = await summary(["--data", "-", "--lr", "1000", ...args], stdin);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`status=diverged (${reason})`);
    expect(result.stdout).not.toMatch(NON_FINITE);
  });
});

describe("the learning rate's range: the same for --lr, the prompt and the ladder", () => {
  it.each([["1e-9"], ["1000"]])("--lr %s, an end of the range, runs", async (lr) => {
    const result = await summary(["--lr", lr, "--epochs", "1"]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(NON_FINITE);
  });

  it.each([
    ["1e400", `1e400 is out of range ${RANGE}`],
    ["1e308", `1e308 is out of range ${RANGE}`],
    ["1001", `1001 is out of range ${RANGE}`],
    ["9e-10", `9e-10 is out of range ${RANGE}`],
    ["1e-400", `1e-400 is out of range ${RANGE}`],
    ["0", "0 must be greater than 0"],
    ["abc", "'abc' is not a number"],
  ])("--lr %s and the prompt both say %j", async (lr, reason) => {
    expectInputError(await summary(["--lr", lr]), [`--lr: ${reason}`]);
    expect(parseLearningRate(lr)).toBe(reason);
  });

  it("the ladder stops at both ends of the range and stays put there", () => {
    expect(LR_RANGE).toEqual({ min: 1e-9, max: 1000 });
    expect(nextOnLadder(500, 1)).toBe(1000);
    expect(nextOnLadder(1000, 1)).toBe(1000);
    expect(nextOnLadder(700, 1)).toBe(1000);
    expect(nextOnLadder(2e-9, -1)).toBe(1e-9);
    expect(nextOnLadder(1e-9, -1)).toBe(1e-9);
  });

  it("+ held from 0.01 climbs 15 rungs to 1000, then stays and says so", () => {
    const up: SessionAction = { type: "lr-step", direction: 1 };
    const seen: number[] = [];
    let session = lectureSession();
    for (let i = 0; i < 40; i++) {
      session = reduceSession(session, up);
      seen.push(followedRun(session).lr);
    }
    // 0.02 0.05 0.1 0.2 0.5 1 2 5 10 20 50 100 200 500 1000: fifteen presses to the top.
    expect(seen.indexOf(1000)).toBe(14);
    expect(seen.slice(14).every((lr) => lr === 1000)).toBe(true);
    expect(session.notice).toBe(`lr 1000 is the top of the range ${RANGE}`);
    const again = reduceSession(session, up);
    expect(again).toBe(session);
    const bar = dashboardFrame(session, { columns: 80, rows: 24 }).split("\n").at(-1);
    expect(bar).toBe(`lr 1000 is the top of the range ${RANGE}`);
    // The next key takes the notice away, and the key bar is back.
    const after = reduceSession(session, { type: "toggle-log-scale" });
    expect(after.notice).toBeUndefined();
  });

  it("- at the bottom stays put and says so", () => {
    const session = play(lectureSession({ lr: 1e-9 }), { type: "lr-step", direction: -1 });
    expect(followedRun(session).lr).toBe(1e-9);
    expect(session.notice).toBe(`lr 1e-9 is the bottom of the range ${RANGE}`);
  });

  it("a run at the top of the range diverges in words, never in Infinity", () => {
    const frame = dashboardFrame(runToEnd(lectureSession({ lr: 1000 })), {
      columns: 100,
      rows: 30,
    });
    expect(frame).toContain("diverged");
    expect(frame).not.toMatch(NON_FINITE);
  });
});

describe("a start at the edge of float64 draws no Infinity or NaN", () => {
  // w = 5e153 on the lecture's data: the loss at the start, 25e306 × 14 / 3 ≈ 1.2e308, is just
  // finite, but the landscape around it and the first update's loss are not.
  it.each([["linear"], ["quadratic"]] as const)("%s model", (id) => {
    const model = MODELS[id];
    const init = model.params.map(() => 5e153);
    const data = { name: "edge", xs: [1, 2, 3], ys: [2, 4, 6] };
    const session = lectureSession({
      model: id,
      init,
      data,
      maxLoss: divergenceBound(data, id, init),
    });
    for (const shown of [session, steps(session, 1), runToEnd(session)]) {
      expect(dashboardFrame(shown, { columns: 100, rows: 30 })).not.toMatch(NON_FINITE);
    }
    expect(followedRun(runToEnd(session)).status.kind).toBe("diverged");
  });
});

describe("the prompt's error keeps its reason on the line, however much is typed", () => {
  it.each([
    ["a".repeat(45), "(45 characters) is not a number"],
    [`${"1".repeat(40)}e400`, `(44 characters) is out of range ${RANGE}`],
    ["0.5x".repeat(5000), "(20,000 characters) is not a number"],
    // Two columns each in a terminal: the line is measured in columns, not characters.
    ["🔥".repeat(300), "(300 characters) is not a number"],
    ["学习率".repeat(20), "(60 characters) is not a number"],
  ])("%j at 80 and 100 columns", (text, reason) => {
    const wide = /[🔥学习率]/u;
    const columnsOf = (line: string) =>
      Array.from(line).reduce((sum, ch) => sum + (wide.test(ch) ? 2 : 1), 0);
    for (const size of [
      { columns: 80, rows: 24 },
      { columns: 100, rows: 30 },
    ]) {
      const session = play(
        lectureSession(),
        { type: "prompt-open" },
        { type: "prompt-edit", text },
        { type: "prompt-submit" },
      );
      const bar = dashboardFrame(session, size).split("\n").at(-1) ?? "";
      expect(bar.startsWith("learning rate: …")).toBe(true);
      expect(columnsOf(bar)).toBeLessThanOrEqual(size.columns);
      // The typed text's end shows, 12 columns of it ("…" and the rest), whatever the reason.
      const typed = bar.slice("learning rate: ".length, bar.indexOf("_  "));
      expect(columnsOf(typed)).toBeGreaterThanOrEqual(11);
      expect(text.endsWith(typed.slice(1))).toBe(true);
      // The reason shows whole; where it does not fit (80 columns), it drops its copy of the
      // typed value and its size, never what is wrong with it.
      const words = reason.replace(/^\([\d,]+ characters\) /, "");
      expect(bar.endsWith(reason) || bar.endsWith(`_  ${words}`)).toBe(true);
      if (size.columns === 100) expect(bar.endsWith(reason)).toBe(true);
    }
  });
});

describe("the display formatter never shows Infinity or NaN", () => {
  it.each([
    [Number.POSITIVE_INFINITY, "overflow"],
    [Number.NEGATIVE_INFINITY, "overflow"],
    [Number.NaN, "undefined"],
    [1.7976931348623157e308, "1.8e+308"],
    [4.67, "4.67"],
  ])("%d reads %j", (x, shown) => {
    expect(formatShort(x)).toBe(shown);
    expect(formatShort(x, 6)).not.toMatch(NON_FINITE);
    expect(formatFull(x)).not.toMatch(NON_FINITE);
  });

  it("full precision for finite numbers is Python's repr", () => {
    expect(formatFull(0.011106107923098163)).toBe("0.011106107923098163");
    expect(formatFull(1e-5)).toBe("1e-05");
  });
});
