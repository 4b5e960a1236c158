import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRun } from "../../src/core/run.js";
import {
  afterLine,
  beforeLine,
  gradLine,
  PREDICT_AT,
  progressLine,
} from "../../src/core/transcript.js";
import { collect, lectureConfig, printed } from "./run-helpers.js";

function fixtureLines(name: string): string[] {
  const url = new URL(`../../fixtures/transcripts/${name}.txt`, import.meta.url);
  return readFileSync(url, "utf8").split("\n").slice(0, -1);
}

/**
 * The whole transcript of a run. Like the lecture (and the CLI's transcript) it runs every epoch:
 * no convergence rule.
 */
function transcript(setup = lectureConfig()): string[] {
  const config = { ...setup, tolLoss: 0, tolGrad: 0 };
  const start = createRun(config);
  const { state, lines } = printed(start, 1_000_000);
  return [beforeLine(config, start.params), ...lines, afterLine(config, state.params)];
}

describe("Lecture 3's transcript", () => {
  const lines = transcript();

  it.each([
    [0, "predict (before training) 4 4.0"],
    [1, "\tgrad:  1.0 2.0 -2.0"],
    [2, "\tgrad:  2.0 4.0 -7.84"],
    [3, "\tgrad:  3.0 6.0 -16.23"],
    [4, "progress: 0 w= 1.26 loss= 4.92"],
    [6, "\tgrad:  2.0 4.0 -5.8"],
    [12, "progress: 2 w= 1.6 loss= 1.47"],
    [40, "progress: 9 w= 1.95 loss= 0.02"],
    [41, "predict (after training) 4 hours 7.804863933862125"],
  ])("line %i is %j", (index, line) => {
    expect(lines[index]).toBe(line);
  });

  it("is fixtures/transcripts/lecture-10.txt, line for line", () => {
    expect(lines).toEqual(fixtureLines("lecture-10"));
  });

  it("prints a −0 gradient as -0.0, as Python rounds it (variant-c)", () => {
    const config = lectureConfig({ lr: 0.1, init: [3] });
    expect(gradLine(config, 0, 1, [-0.001])).toBe("\tgrad:  1.0 2.0 -0.0");
    expect(gradLine(config, 0, 1, [-0])).toBe("\tgrad:  1.0 2.0 -0.0");
    expect(transcript({ ...config, maxEpochs: 12 })).toEqual(fixtureLines("variant-c"));
  });
});

describe("shapes beyond the lecture", () => {
  it("a batch prints its x and y as Python lists", () => {
    // Batch [1, 2] at w = 1: (2·1·(1 − 2) + 2·2·(2 − 4)) / 2 = −5.
    const config = lectureConfig({ batchSize: 2 });
    const [first] = collect(createRun(config), 1).updates;
    expect(first?.grads).toEqual([-5]);
    expect(gradLine(config, 0, 2, first?.grads ?? [])).toBe("\tgrad:  [1.0, 2.0] [2.0, 4.0] -5.0");
  });

  it("a model with more parameters prints one gradient and one name= value each", () => {
    // ŷ = x·1 + 0 at x = 1, y = 2: r = −1, so ∂/∂w = 2·1·r = −2 and ∂/∂b = 2·r = −2.
    const config = lectureConfig({ model: "affine", init: [1, 0] });
    const [first] = collect(createRun(config), 1).updates;
    expect(gradLine(config, 0, 1, first?.grads ?? [])).toBe("\tgrad:  1.0 2.0 -2.0 -2.0");
    // Python: round(1.2345, 2) = 1.23, round(-0.005, 2) = -0.01, round(0.123, 2) = 0.12.
    expect(progressLine(config, 4, [1.2345, -0.005], 0.123)).toBe(
      "progress: 4 w= 1.23 b= -0.01 loss= 0.12",
    );
  });

  it("the quadratic model names w2, w1 and b, and predicts at 4", () => {
    const config = lectureConfig({ model: "quadratic", init: [0.5, 1, 0] });
    const params = Float64Array.from(config.init);
    expect(PREDICT_AT).toBe(4);
    // 0.5·16 + 4 + 0 = 12.
    expect(beforeLine(config, params)).toBe("predict (before training) 4 12.0");
    expect(afterLine(config, Float64Array.from([0.1, 0.2, 0.3]))).toBe(
      "predict (after training) 4 hours 2.7",
    );
    expect(progressLine(config, 0, [2.675, 1, -3], 10)).toBe(
      "progress: 0 w2= 2.67 w1= 1.0 b= -3.0 loss= 10.0",
    );
  });
});
