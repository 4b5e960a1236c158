import { describe, expect, it } from "vitest";
import { fitView, isInView, niceCeil, spread, widenTo } from "../../src/core/view.js";

describe("niceCeil", () => {
  it.each([
    [1.25, 2],
    [1, 1],
    [2, 2],
    [2.1, 5],
    [5, 5],
    [5.01, 10],
    [0.03, 0.05],
    [13.1, 20],
    [7e5, 1e6],
  ])("%d → %d", (x, want) => {
    expect(niceCeil(x)).toBeCloseTo(want, 12);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("%d (no size) → 1", (x) => {
    expect(niceCeil(x)).toBe(1);
  });
});

describe("fitView", () => {
  it("is the slide's 0…4 on the lecture's start: minimum 2, w = 1 (reach 1, ×1.25, up to 2)", () => {
    expect(fitView(2, [1])).toEqual({ lo: 0, hi: 4, zoom: 1 });
  });

  it("ends on round numbers when the minimum is a rounding error off 2", () => {
    expect(fitView(2 + 4.4e-16, [1])).toEqual({ lo: 0, hi: 4, zoom: 1 });
    expect(fitView(2 - 4.4e-16, [1, 1.3])).toEqual({ lo: 0, hi: 4, zoom: 1 });
  });

  it("reaches the farthest point of the path", () => {
    // Reach 10.4976 from 2, ×1.25 = 13.1, up to 20.
    expect(fitView(2, [1, 3.8, -1.24, 7.832, -8.4976])).toEqual({ lo: -18, hi: 22, zoom: 1 });
  });

  it("gives a unit either side at the minimum itself", () => {
    expect(fitView(2, [2])).toEqual({ lo: 1, hi: 3, zoom: 1 });
    expect(fitView(0, [])).toEqual({ lo: -1, hi: 1, zoom: 1 });
  });

  it("centres on the points when there is no minimum, and never makes non-finite ends", () => {
    expect(fitView(Number.NaN, [3])).toEqual({ lo: 1, hi: 5, zoom: 1 });
    const huge = fitView(1e308, [-1e308]);
    expect(Number.isFinite(huge.lo) && Number.isFinite(huge.hi)).toBe(true);
  });
});

describe("widenTo", () => {
  const start = { lo: 0, hi: 4, zoom: 1 };

  it("keeps the very same view while the point is inside, edges included", () => {
    for (const t of [0, 1, 2.36, 4]) expect(widenTo(start, t)).toBe(start);
    expect(widenTo(start, Number.NaN)).toBe(start);
  });

  // The divergence demo (full batch, lr 0.3): w − 2 is multiplied by 1 − 2·0.3·14/3 = −1.8 an
  // update, so w goes 1, 3.8, −1.24, 7.832, −8.4976. Doubling about 2 until |w − 2| ≤ 0.9·half:
  // 3.24 ≤ 3.6 (half 4), 5.832 ≤ 7.2 (half 8), 10.4976 ≤ 14.4 (half 16).
  it("doubles about its centre until the point is well inside, counting the zoom", () => {
    const path = [3.8, -1.24, 7.832, -8.4976];
    const views = [start];
    for (const w of path) views.push(widenTo(views.at(-1) ?? start, w));
    expect(views.slice(1)).toEqual([
      { lo: 0, hi: 4, zoom: 1 },
      { lo: -2, hi: 6, zoom: 2 },
      { lo: -6, hi: 10, zoom: 4 },
      { lo: -14, hi: 18, zoom: 8 },
    ]);
    expect(views[1]).toBe(start);
  });

  it("does not shrink when the point comes back", () => {
    const wide = widenTo(start, -8.4976);
    expect(widenTo(wide, 2)).toBe(wide);
    expect(isInView(wide, 2)).toBe(true);
  });
});

describe("spread", () => {
  it("runs from end to end", () => {
    expect(spread({ lo: 0, hi: 4, zoom: 1 }, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(spread({ lo: 0, hi: 4, zoom: 1 }, 1)).toEqual([2]);
  });
});
