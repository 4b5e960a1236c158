import { describe, expect, it } from "vitest";
import { advance } from "../../src/core/engine.js";
import { transition } from "../../src/core/machine.js";
import {
  emptyOverview,
  type Overview,
  OverviewWriter,
  overviewBuckets,
  truncateOverview,
} from "../../src/core/overview.js";
import { createRun } from "../../src/core/run.js";
import { lectureConfig } from "./run-helpers.js";

/** Distinct values that go up and down: 7919 is prime, so e ↦ 7919·e mod 1009 scatters. */
const value = (epoch: number) => ((epoch * 7919) % 1009) + epoch / 1e6;

/** Pushes the ends of epochs from..to−1, one writer each, as the engine does per advance. */
function pushEpochs(overview: Overview, from: number, to: number, at = value): Overview {
  let o = overview;
  for (let e = from; e < to; e++) {
    const writer = new OverviewWriter(o, e);
    writer.push(e, at(e));
    o = writer.close();
  }
  return o;
}

/**
 * What the buckets must hold, worked out the slow way: the smallest power-of-two stride that keeps
 * the full buckets within `capacity`, and each bucket's minimum and maximum in the order they came.
 */
function expected(epochs: number, capacity: number, at = value, least = 1) {
  let stride = least;
  while (Math.floor(epochs / stride) > capacity) stride *= 2;
  const buckets = [];
  for (let from = 0; from < epochs; from += stride) {
    const to = Math.min(from + stride, epochs) - 1;
    let lo = from;
    let hi = from;
    for (let e = from; e <= to; e++) {
      if (at(e) < at(lo)) lo = e;
      if (at(e) > at(hi)) hi = e;
    }
    const [first, second] = lo <= hi ? [lo, hi] : [hi, lo];
    buckets.push({ from, to, first: at(first), second: at(second) });
  }
  return { stride, buckets };
}

function expectOverview(
  overview: Overview,
  epochs: number,
  capacity: number,
  at = value,
  least = 1,
) {
  const want = expected(epochs, capacity, at, least);
  expect(overview.stride).toBe(want.stride);
  expect(overviewBuckets(overview)).toEqual(want.buckets);
}

describe("overview", () => {
  it("starts empty", () => {
    const empty = emptyOverview(8);
    expect([empty.count, empty.stride, overviewBuckets(empty)]).toEqual([0, 1, []]);
  });

  it.each([1, 2, 3, 5, 8, 1024])("with capacity %i keeps each bucket's extremes", (capacity) => {
    let overview = emptyOverview(capacity);
    const epochs = 3 * capacity + 5;
    for (let e = 0; e < epochs; e++) {
      overview = pushEpochs(overview, e, e + 1);
      expect(overview.count).toBeLessThanOrEqual(capacity);
    }
    expect(overview.stride).toBeGreaterThan(1);
    expectOverview(overview, epochs, capacity);
  });

  it("one writer for many epochs gives what one writer per epoch gives", () => {
    const writer = new OverviewWriter(emptyOverview(8), 0);
    for (let e = 0; e < 100; e++) writer.push(e, value(e));
    const overview = writer.close();
    expect(overviewBuckets(overview)).toEqual(
      overviewBuckets(pushEpochs(emptyOverview(8), 0, 100)),
    );
    expectOverview(overview, 100, 8);
  });

  it("records given in batches, strided as the engine's epoch records are, give the same", () => {
    // Four floats a record, the value at offset 1: the engine's epoch records and its mean loss.
    const epochs = 1000;
    const records = new Float64Array(4 * epochs);
    for (let e = 0; e < epochs; e++) records[4 * e + 1] = value(e);
    const writer = new OverviewWriter(emptyOverview(8), 0);
    for (let from = 0; from < epochs; from += 37) {
      writer.pushRecords(records, 4 * from + 1, 4, Math.min(37, epochs - from));
    }
    expect(writer.due).toBe(epochs);
    expectOverview(writer.close(), epochs, 8);
  });

  it("keeps a one-epoch spike through 100,000 epochs in 64 buckets", () => {
    // A smooth descent from 4.67 with one epoch at 1e6: evenly spaced points would miss it.
    const at = (e: number) => (e === 77_777 ? 1e6 : 4.67 * 0.999 ** e);
    const writer = new OverviewWriter(emptyOverview(64), 0);
    for (let e = 0; e < 100_000; e++) writer.push(e, at(e));
    const buckets = overviewBuckets(writer.close());
    expect(buckets.length).toBeLessThanOrEqual(65);
    expect(buckets.filter((b) => b.second === 1e6 || b.first === 1e6)).toHaveLength(1);
    expect(buckets[0]?.first).toBe(4.67);
    expectOverview(writer.close(), 100_000, 64, at);
  });

  it("truncates to the buckets of the epochs ended, rebuilding the one being filled", () => {
    const overview = pushEpochs(emptyOverview(8), 0, 37);
    expect(truncateOverview(overview, 37, value)).toBe(overview);
    expect(truncateOverview(overview, 50, value)).toBe(overview);
    // A cut keeps the stride it had: only what the epochs ended since fell out.
    for (const epochs of [0, 1, 9, 16, 30, 35]) {
      expectOverview(truncateOverview(overview, epochs, value), epochs, 8, value, 8);
    }
  });

  it("without the epochs' values, keeps the extremes it had for the bucket cut into", () => {
    const overview = pushEpochs(emptyOverview(8), 0, 37);
    // Stride 8: epochs 32…36 are pending; cutting to 34 cannot drop 34…36 without their values.
    const cut = truncateOverview(overview, 34);
    expect(overviewBuckets(cut).at(-1)).toEqual({
      ...(overviewBuckets(overview).at(-1) as object),
      to: 33,
    });
  });

  it("a kept version survives its successor appending, halving, and a branch", () => {
    const shifted = (e: number) => value(e) + (e < 3 ? 0 : 1000);
    const kept = pushEpochs(emptyOverview(8), 0, 6);
    const successor = pushEpochs(kept, 6, 8);
    // Cut below the kept version: a branch that wrote in place would overwrite its buckets 3…5.
    const branch = pushEpochs(truncateOverview(successor, 3, value), 3, 8, shifted);
    const halved = pushEpochs(successor, 8, 40);
    expectOverview(kept, 6, 8);
    expectOverview(successor, 8, 8);
    expectOverview(halved, 40, 8);
    expectOverview(branch, 8, 8, shifted);
    expectOverview(pushEpochs(branch, 8, 40, shifted), 40, 8, shifted);
  });
});

describe("overview of a run stepped back", () => {
  it("is what the run had when it first stood there, buckets of 8 epochs and all", () => {
    // 5,100 epochs at lr 1e-4 (the loss still falling) fill 637 buckets of 8. A step back rewinds
    // to a checkpoint (every 64 updates) inside a bucket, whose first epochs then come from the
    // epoch tape; over an epoch's end it must drop that epoch, the bucket's low so far.
    const config = lectureConfig({ lr: 1e-4, maxEpochs: 10_000, tolLoss: 0, tolGrad: 0 });
    let run = advance(createRun(config), 15_300);
    const seen = new Map<number, ReturnType<typeof overviewBuckets>>();
    for (let updates = 15_280; updates <= 15_300; updates++) {
      seen.set(updates, overviewBuckets(advance(createRun(config), updates).overview));
    }
    expect(run.overview.stride).toBe(8);
    for (let back = 1; back <= 20; back++) {
      run = transition(run, { type: "step-back" });
      expect(run.updates).toBe(15_300 - back);
      expect(overviewBuckets(run.overview)).toEqual(seen.get(run.updates));
    }
  });
});
