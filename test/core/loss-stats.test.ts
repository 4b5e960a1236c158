import { describe, expect, it } from "vitest";
import { LECTURE_DATA } from "../../src/core/data.js";
import { lossFromStats, lossStats } from "../../src/core/loss-stats.js";
import { MODELS } from "../../src/core/models/index.js";

describe("loss from sufficient statistics", () => {
  // Worked by hand: for ŷ = x·w on x = 1,2,3, y = 2x, loss(w) = mean x²·(w − 2)² = (14/3)(w − 2)².
  it("is the lecture's parabola, minimum 2, loss 14/3 at w = 1", () => {
    const stats = lossStats(MODELS.linear, LECTURE_DATA, [1]);
    expect(stats.centre[0]).toBeCloseTo(2, 14);
    const grad = new Float64Array(1);
    expect(lossFromStats(stats, [1], grad)).toBeCloseTo(14 / 3, 13);
    expect(grad[0]).toBeCloseTo(-28 / 3, 13);
    expect(lossFromStats(stats, [4])).toBeCloseTo(56 / 3, 13);
    expect(lossFromStats(stats, [2])).toBe(0);
  });

  // Residuals of x² + x + 1 against 2x at x = 1, 2, 3 are 1, 3, 7: mean square 59/3.
  it("gives Exercise 3-1's loss at (1, 1, 1)", () => {
    const stats = lossStats(MODELS.quadratic, LECTURE_DATA, [1, 1, 1]);
    expect(lossFromStats(stats, [1, 1, 1])).toBeCloseTo(59 / 3, 12);
  });

  // All x equal: w and b cannot be told apart, so there is no single minimum to centre on.
  it("falls back to the given centre when the data do not pin the parameters down", () => {
    const data = { name: "flat", xs: [1, 1], ys: [1, 3] };
    const stats = lossStats(MODELS.affine, data, [0, 0]);
    expect(Array.from(stats.centre)).toEqual([0, 0]);
    // At (w, b) = (1, 1): residuals 1, −1, mean square 1.
    expect(lossFromStats(stats, [1, 1])).toBeCloseTo(1, 14);
  });
});
