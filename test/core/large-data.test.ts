import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/core/data.js";
import { advance, budgetSlice, type TimeBudget } from "../../src/core/engine.js";
import { MODELS } from "../../src/core/models/index.js";
import type { RunState } from "../../src/core/run.js";
import { keptRecords, lectureRun, snapshot } from "./run-helpers.js";

// The engine on 100,000 rows, against plain Python, and its work split by a time budget.

/** The data of fixtures/gen/large_data_sgd.py, made from integers the same way. */
function largeData(n: number): Dataset {
  const xs = Array.from({ length: n }, (_, i) => (i % 1000) / 250);
  const ys = xs.map((x, i) => 2 * x + (((i * 7919) % 101) - 50) / 1000);
  return { name: "large", xs, ys };
}

interface Case {
  readonly model: "linear" | "affine";
  readonly init: number[];
  readonly lr: number;
  readonly batch: number;
  readonly epochs: number;
  readonly records: {
    progressLoss: number;
    meanLoss: number;
    gradNorm: number;
    params: number[];
  }[];
}

const CASES = JSON.parse(
  readFileSync(new URL("../../fixtures/large/sgd-100k.json", import.meta.url), "utf8"),
) as Case[];
const DATA = largeData(100_000);

function largeRun(c: Case): RunState {
  return lectureRun({
    data: DATA,
    model: MODELS[c.model],
    init: c.init,
    lr: c.lr,
    batchSize: c.batch,
    maxEpochs: c.epochs,
    tolLoss: 0,
    tolGrad: 0,
  });
}

/** A clock that moves one tick each time it is read, and counts its reads. */
function fakeClock(): { now: () => number; reads: () => number } {
  let t = 0;
  return { now: () => ++t, reads: () => t };
}

/** Runs to the end in ticks of at most `ticks` clock reads each, as a dashboard's frames would. */
function runBudgeted(state: RunState, ticks: number): { state: RunState; calls: number } {
  const clock = fakeClock();
  let calls = 0;
  let next = state;
  while (next.status.kind !== "done" && calls < 10_000) {
    const budget: TimeBudget = { now: clock.now, until: clock.reads() + ticks };
    next = advance(next, Number.POSITIVE_INFINITY, undefined, budget);
    calls++;
  }
  return { state: next, calls };
}

function expectPython(state: RunState, c: Case): void {
  const want = c.records.map((r) => [r.progressLoss, r.meanLoss, r.gradNorm, ...r.params]);
  expect(state.status.kind).toBe("done");
  // toEqual on numbers is Object.is: every float to the bit (JSON holds Python's repr, exact).
  expect(keptRecords(state.epochTape)).toEqual(want);
  expect(Array.from(state.params)).toEqual(c.records.at(-1)?.params);
}

describe("training on 100,000 rows", () => {
  for (const c of CASES) {
    const label = `${c.model}, batch ${c.batch}, lr ${c.lr}, ${c.epochs} epochs`;
    it(`matches Python to the bit in one call: ${label}`, () => {
      expectPython(advance(largeRun(c), Number.POSITIVE_INFINITY), c);
    });

    it(`matches Python to the bit in budgeted slices: ${label}`, () => {
      const { state, calls } = runBudgeted(largeRun(c), 3);
      expectPython(state, c);
      // Each call did three slices (the clock read after each), the last one what was left.
      const updates = (c.epochs * 100_000) / c.batch;
      expect(calls).toBe(Math.ceil(updates / (3 * budgetSlice(c.batch))));
    });
  }
});

describe("a time budget", () => {
  const run = () => lectureRun({ maxEpochs: 1e9, tolLoss: 0, tolGrad: 0 });
  const slice = budgetSlice(1);

  it("stops at the first slice boundary where the clock reads `until` or later", () => {
    const clock = fakeClock();
    const next = advance(run(), 1e9, undefined, { now: clock.now, until: 3 });
    // Reads after slices 1, 2 and 3 give 1, 2, 3: the third is at `until`, so three slices ran.
    expect(next.updates).toBe(3 * slice);
    expect(clock.reads()).toBe(3);
    expect(snapshot(next)).toEqual(snapshot(advance(run(), 3 * slice)));
  });

  it("always runs one slice, so a run moves however late the frame", () => {
    const next = advance(run(), 1e9, undefined, { now: () => 100, until: 0 });
    expect(next.updates).toBe(slice);
  });

  it("never runs more than asked, and reads no clock for less than a slice", () => {
    const clock = fakeClock();
    const next = advance(run(), slice - 1, undefined, { now: clock.now, until: 1e9 });
    expect(next.updates).toBe(slice - 1);
    expect(clock.reads()).toBe(0);
  });

  it("is sized in samples: a slice of 1,000-sample batches is 65 updates", () => {
    // 65,536 samples a slice / 1,000 a batch, rounded down; a batch larger than a slice is one.
    expect(budgetSlice(1000)).toBe(65);
    expect(budgetSlice(1)).toBe(65_536);
    expect(budgetSlice(1_000_000)).toBe(1);
  });
});
