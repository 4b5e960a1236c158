import { describe, expect, it } from "vitest";
import { transition } from "../../src/core/machine.js";
import { MODELS } from "../../src/core/models/index.js";
import {
  defaultSpec,
  OPTIMIZER_IDS,
  OPTIMIZERS,
  type OptimizerSpec,
} from "../../src/core/optimizers/index.js";
import type { RunState } from "../../src/core/run.js";
import { workNumber } from "../../src/core/worked-optimizer.js";
import { asciiLine, workedStep } from "../../src/core/worked-step.js";
import { lectureRun } from "./run-helpers.js";
import { WORKED_CASES, type WorkedCase, workedConfig } from "./worked-fixtures.js";

type Case = WorkedCase;
const CASES = WORKED_CASES;

function stepped(run: RunState, n: number): RunState {
  let state = run;
  for (let i = 0; i < n; i++) state = transition(state, { type: "step" });
  return state;
}

const runOf = (c: Case) => stepped(lectureRun(workedConfig(c)), c.steps);

describe("workedStep", () => {
  it("has the lecture's first three updates, Exercise 3-1, momentum and Adam", () => {
    expect(CASES.map((c) => c.name)).toEqual([
      "lecture, before the first update",
      "lecture, update 1",
      "lecture, update 2",
      "lecture, update 3",
      "exercise 3-1, update 1",
      "exercise 3-1, update 2",
      "momentum, update 2",
      "adam, update 2",
      "adam on exercise 3-1, update 1",
      "cubic, update 2",
      "adamw, update 2",
      "adamw on exercise 3-1, update 2",
      "nadam, update 2",
      "radam, update 2",
      "radam, update 8",
      "rprop on exercise 3-1, update 3",
      "rprop, update 1",
      "adadelta, update 2",
      "adamax, update 2",
    ]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s: the script's lines", (_, c) => {
    const work = workedStep(runOf(c));
    expect(work.update).toBe(c.update);
    expect(work.isNext).toBe(c.steps === 0);
    expect(work.lines).toEqual(c.lines);
  });

  // By hand, the slide's arithmetic: w = 1.0984 after two updates; at x = 3, y = 6:
  // ŷ = 3.2952, ŷ − y = −2.7048, (ŷ − y)² = 7.31594304, ∂loss/∂w = 6·(−2.7048) = −16.2288,
  // w = 1.0984 + 0.01·16.2288 = 1.260688.
  it("the third update reads as worked by hand", () => {
    expect(workedStep(stepped(lectureRun(), 3)).lines).toEqual([
      ["x = 3.0", "y = 6.0"],
      ["ŷ = x·w = 3.0·1.0984 = 3.2952", "error ŷ − y = −2.7048", "loss (ŷ − y)² = 7.31594"],
      ["∂loss/∂w = 2x(xw − y) = 2·3.0·(3.0·1.0984 − 6.0) = −16.2288"],
      ["w ← w − lr·∂loss/∂w = 1.0984 − 0.01·(−16.2288) = 1.26069"],
    ]);
  });

  it("counts updates and epochs as the lecture does", () => {
    const fourth = workedStep(stepped(lectureRun(), 4));
    expect([fourth.update, fourth.epoch, fourth.batch, fourth.batches]).toEqual([4, 1, 0, 3]);
    const next = workedStep(lectureRun());
    expect([next.update, next.epoch, next.batch, next.isNext]).toEqual([1, 0, 0, true]);
  });

  // Full batch, ŷ = x·w + b at w = b = 1: ŷ = 2, 3, 4; ŷ − y = 0, −1, −2; squares 0, 1, 4 (mean
  // 5/3); 2x(ŷ − y) = 0, −4, −12 (mean −16/3); 2(ŷ − y) = 0, −2, −4 (mean −2).
  it("a batch shows its mean with the per-sample terms", () => {
    const run = stepped(lectureRun({ model: MODELS.affine, init: [1, 1], batchSize: 3 }), 1);
    expect(workedStep(run).lines).toEqual([
      ["batch of 3: samples 1–3 of 3", "ŷ = x·w + b at w = 1.0, b = 1.0"],
      ["x    y    ŷ    ŷ − y  (ŷ − y)²  2x(ŷ − y)  2(ŷ − y)"],
      ["1.0  2.0  2.0  0.0    0.0       0.0        0.0"],
      ["2.0  4.0  3.0  −1.0   1.0       −4.0       −2.0"],
      ["3.0  6.0  4.0  −2.0   4.0       −12.0      −4.0"],
      ["loss = mean (ŷ − y)² = (0.0 + 1.0 + 4.0)/3 = 1.66667"],
      ["∂loss/∂w = mean 2x(ŷ − y) = (0.0 + (−4.0) + (−12.0))/3 = −5.33333"],
      ["∂loss/∂b = mean 2(ŷ − y) = (0.0 + (−2.0) + (−4.0))/3 = −2.0"],
      ["w ← w − lr·∂loss/∂w = 1.0 − 0.01·(−5.33333) = 1.05333"],
      ["b ← b − lr·∂loss/∂b = 1.0 − 0.01·(−2.0) = 1.02"],
    ]);
  });

  // x = 0…9, y = 2x, w = 1: (ŷ − y)² = x², whose mean is 285/10 = 28.5; 2x(xw − y) = −2x², mean −57.
  it("a large batch is summarised: its first samples, its last, and the mean over all", () => {
    const xs = Array.from({ length: 10 }, (_, i) => i);
    const data = { name: "ten", xs, ys: xs.map((x) => 2 * x) };
    const lines = workedStep(stepped(lectureRun({ data, batchSize: 10 }), 1)).lines;
    expect(lines.map((l) => l.join(" | "))).toEqual([
      "batch of 10: samples 1–10 of 10 | ŷ = x·w at w = 1.0",
      "x    y     ŷ    ŷ − y  (ŷ − y)²  2x(xw − y)",
      "0.0  0.0   0.0  0.0    0.0       0.0",
      "1.0  2.0   1.0  −1.0   1.0       −2.0",
      "2.0  4.0   2.0  −2.0   4.0       −8.0",
      "…",
      "9.0  18.0  9.0  −9.0   81.0      −162.0",
      "loss = mean (ŷ − y)² = (0.0 + 1.0 + 4.0 + … + 81.0)/10 = 28.5",
      "∂loss/∂w = mean 2x(xw − y) = (0.0 + (−2.0) + (−8.0) + … + (−162.0))/10 = −57.0",
      "w ← w − lr·∂loss/∂w = 1.0 − 0.01·(−57.0) = 1.57",
    ]);
  });

  it.each(OPTIMIZER_IDS)("%s on Exercise 3-1 in ASCII is ASCII only", (optimizer) => {
    const run = stepped(lectureRun({ model: MODELS.quadratic, init: [1, 1, 1], optimizer }), 2);
    const text = workedStep(run, true).lines.flat();
    expect(text.filter((line) => !/^[\x20-\x7e]*$/.test(line))).toEqual([]);
    expect(text.join("\n")).toBe(workedStep(run).lines.flat().map(asciiLine).join("\n"));
  });

  // By hand, momentum 0.5: update 1 at x = 1: g = 2·(1 − 2) = −2, buf = −2, w = 1.02; update 2 at
  // x = 2: g = 4·(2.04 − 4) = −7.84, buf = 0.5·(−2) − 7.84 = −8.84, w = 1.02 + 0.0884 = 1.1084.
  it("momentum other than torch's default is written with the run's μ", () => {
    const spec = { id: "momentum", hyper: { ...OPTIMIZERS.momentum.defaults, momentum: 0.5 } };
    const run = stepped(lectureRun({ optimizer: spec as OptimizerSpec }), 2);
    expect(workedStep(run).lines.slice(3)).toEqual([
      ["SGD with momentum μ = 0.5; g = ∂loss/∂w"],
      ["buf ← μ·buf + g = 0.5·(−2.0) + (−7.84) = −8.84"],
      ["w ← w − lr·buf = 1.02 − 0.01·(−8.84) = 1.1084", "(moved +0.0884)"],
    ]);
  });

  // By hand, weight decay 0.1 at x = 1, w = 1: g = −2, with the decay −2 + 0.1·1 = −1.9, so
  // w = 1 + 0.01·1.9 = 1.019. The plain-SGD line would say 1.0 − 0.01·(−2.0) = 1.02: not shown.
  it("a setting the lines do not spell out shows the gradient and the move only", () => {
    const spec = { id: "sgd", hyper: { ...OPTIMIZERS.sgd.defaults, weight_decay: 0.1 } };
    const run = stepped(lectureRun({ optimizer: spec as OptimizerSpec }), 1);
    expect(workedStep(run).lines.slice(3)).toEqual([
      ["SGD weight_decay=0.1, its state not worked out here", "g = ∂loss/∂w"],
      ["w: 1.0 → 1.019", "(moved +0.019)"],
    ]);
  });

  // By hand, Rprop at lr 2 from w = 1: update 1 at x = 1, g = −2, η = 2, w = 3; update 2 at x = 2,
  // g = 4·(6 − 4) = 8 flips the sign: η = 2·0.5 = 1, g taken as 0, w stays 3; update 3 at x = 3,
  // g_prev = 0 so η stays 1, g = 6·(9 − 6) = 18 > 0, w = 3 − 1 = 2.
  it("Rprop's sign flip and the update after it", () => {
    const rprop = (n: number) =>
      workedStep(stepped(lectureRun({ optimizer: "rprop", lr: 2 }), n)).lines.slice(4);
    expect(rprop(2)).toEqual([
      ["g_prev·g < 0: η ← max(η·η−, 1e−6) = max(2.0·0.5, 1e−6) = 1.0; g taken as 0"],
      ["w ← w − η·sign(g) = 3.0 − 1.0·0.0 = 3.0", "(moved +0.0)"],
    ]);
    expect(rprop(3)).toEqual([
      ["g_prev·g = 0: η stays 1.0"],
      ["w ← w − η·sign(g) = 3.0 − 1.0·1.0 = 2.0", "(moved −1.0)"],
    ]);
  });

  it("after an optimizer change, the update is explained by the optimizer it used", () => {
    const run = transition(stepped(lectureRun({ optimizer: "adam" }), 2), {
      type: "set-optimizer",
      optimizer: defaultSpec("sgd"),
    });
    expect(
      workedStep(run)
        .lines.flat()
        .some((line) => line.startsWith("Adam,")),
    ).toBe(true);
  });

  it.each([
    [1, "1.0"],
    [-2, "−2.0"],
    [1.26068800000001, "1.26069"],
    [0.1 + 0.2, "0.3"],
    [1e-8, "1e−8"],
    [-1.5e-9, "−1.5e−9"],
    [123456789, "1.23457e8"],
    [0, "0.0"],
    [-0, "−0.0"],
    [0.0001, "0.0001"],
    // What float64 cannot hold reads as words, as everywhere on screen (format.ts pastRange).
    [Number.POSITIVE_INFINITY, "overflow"],
    [Number.NaN, "undefined"],
    [1.7976931348623157e308, "1.79769e308"],
  ])("workNumber(%d) is %s", (x, text) => {
    expect(workNumber(x)).toBe(text);
  });
});
