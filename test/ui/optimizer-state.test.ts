import { describe, expect, it } from "vitest";
import { defaultSpec } from "../../src/core/optimizers/index.js";
import { followedRun } from "../../src/core/race-state.js";
import { readout } from "../../src/core/selectors.js";
import type { SessionAction } from "../../src/ui/session.js";
import {
  ASCII_THEME,
  COMPACT_SIZE,
  dashboardFrame,
  FULL_SIZE,
  frameProblems,
  lectureSession,
  panelLines,
  play,
  STEP,
} from "./helpers.js";

const SHOW: SessionAction = { type: "toggle-optimizer-state" };

describe("the optimizer's state per parameter, against the formulas worked by hand", () => {
  it("Adam after one update: m = 0.1·g, v = 0.001·g², rate lr·|m̂|/(√v̂ + ε)/|g|", () => {
    // Lecture data, w = 1: g = 2·1·(1 − 2) = −2; m = (1 − 0.9)·(−2) = −0.2, v = (1 − 0.999)·4.
    // m̂ = −2, v̂ = 4, so at the helper's lr 0.01 w moves by 0.01·2/(2 + 1e-8): −Δ/g = 0.01/(2 + 1e-8).
    const numbers = readout(followedRun(play(lectureSession({ optimizer: "adam" }), STEP)));
    expect(numbers.state.map((row) => row.label)).toEqual(["m", "v"]);
    expect(numbers.state[0]?.values[0]).toBeCloseTo(-0.2, 14);
    expect(numbers.state[1]?.values[0]).toBeCloseTo(0.004, 14);
    expect(numbers.rates[0]).toBeCloseTo(0.01 / (2 + 1e-8), 14);
  });

  it("Rprop after two updates: the step size grew by η+ as the sign held", () => {
    // Update 1: g = −2, step size = lr 0.01, w = 1.01. Update 2 (x=2, y=4): g = 4·(2.02 − 4)
    // = −7.92, same sign: step size 0.01·1.2 = 0.012, w = 1.022; −Δ/g = 0.012/7.92.
    const numbers = readout(followedRun(play(lectureSession({ optimizer: "rprop" }), STEP, STEP)));
    expect(numbers.state.map((row) => row.label)).toEqual(["step size", "prev g"]);
    expect(numbers.state[0]?.values[0]).toBeCloseTo(0.012, 14);
    expect(numbers.state[1]?.values[0]).toBeCloseTo(-7.92, 12);
    expect(numbers.rates[0]).toBeCloseTo(0.012 / 7.92, 12);
  });

  it("momentum's buffer, and no rate before the first update", () => {
    const fresh = readout(followedRun(lectureSession({ optimizer: "momentum" })));
    expect(fresh.state).toEqual([{ label: "buffer", values: [0] }]);
    expect(fresh.rates).toEqual([]);
  });

  it("plain SGD keeps nothing; its rate is the learning rate", () => {
    const numbers = readout(followedRun(play(lectureSession(), STEP)));
    expect(numbers.state).toEqual([]);
    expect(numbers.rates[0]).toBeCloseTo(0.01, 14);
  });
});

describe("w shows it in the weights panel", () => {
  const quadraticAdam = () =>
    play(lectureSession({ optimizer: "adam", model: "quadratic", init: [1, 1, 1] }), STEP, SHOW);

  it.each([COMPACT_SIZE, FULL_SIZE])("every parameter's row fits at $columns x $rows", (size) => {
    const frame = dashboardFrame(quadraticAdam(), size);
    expect(frame).toContain("Adam state (w: weights)");
    expect(frame).toMatch(/│ +m +v +lr eff/);
    // x = 1, y = 2 from (1, 1, 1): ŷ = 3, so g = 2·(3 − 2)·(x², x, 1) = 2 each; m = 0.2, v = 0.004.
    for (const name of ["w2", "w1", "b "]) {
      expect(frame).toMatch(new RegExp(`│${name} +0\\.2 +0\\.004 +0\\.00`));
    }
  });

  it("in ASCII the labels are ASCII", () => {
    const rms = play(lectureSession({ optimizer: "adadelta" }), STEP, SHOW);
    const frame = dashboardFrame(rms, COMPACT_SIZE, ASCII_THEME);
    expect(frame).toMatch(/E\[g\^2\] +E\[d\^2\]/);
  });

  it("w again brings the weights back", () => {
    const frame = dashboardFrame(play(quadraticAdam(), SHOW), COMPACT_SIZE);
    expect(frame).toContain("loss, data mean:");
    expect(frame).not.toContain("lr eff");
  });
});

describe("the state fits the weights' place at every size", () => {
  // The optimizers keeping the most per parameter (three quantities and the rate), on the model
  // with the most parameters, after some updates so the values have their full digits.
  const widest = {
    "adam amsgrad": {
      ...defaultSpec("adam"),
      hyper: { ...defaultSpec("adam").hyper, amsgrad: true },
    },
    "rmsprop centered, momentum": {
      ...defaultSpec("rmsprop"),
      hyper: { ...defaultSpec("rmsprop").hyper, centered: true, momentum: 0.9 },
    },
  };
  const sizes = [COMPACT_SIZE, FULL_SIZE, { columns: 200, rows: 50 }];
  const cases = Object.entries(widest).flatMap(([name, spec]) =>
    sizes.map((size) => ({ name, spec, ...size })),
  );

  it.each(cases)("$name at $columns x $rows", ({ spec, columns, rows }) => {
    const start = lectureSession({ optimizer: spec, model: "quadratic", init: [1, 1, 1] });
    const weights = play(start, STEP, STEP, STEP, STEP, STEP);
    const state = play(weights, SHOW);
    const size = { columns, rows };
    const before = dashboardFrame(weights, size);
    const after = dashboardFrame(state, size);
    expect(frameProblems(after, columns, rows)).toEqual([]);
    const inside = panelLines(after, `${readout(followedRun(state)).optimizerLabel} state`);
    // The same box as the weights had: w moves no panel.
    expect(inside.length).toBe(panelLines(before, "Weights").length);
    expect(inside.length).toBeGreaterThan(0);
    // Every line whole (a cut one ends in "…"); a row per parameter under each group's labels,
    // and across the groups four numbers per parameter: the three quantities kept and the rate.
    for (const line of inside) expect(line).not.toMatch(/…$/);
    const labels = inside.slice(1).filter((line) => line.startsWith(" "));
    expect(labels.join(" ")).toMatch(/lr eff$/);
    for (const name of ["w2", "w1", "b"]) {
      const cells = inside
        .filter((line) => line.split(/ +/)[0] === name)
        .flatMap((line) => line.trim().split(/ +/).slice(1));
      expect(cells).toHaveLength(4);
      for (const cell of cells) expect(Number.isFinite(Number(cell))).toBe(true);
    }
  });
});
