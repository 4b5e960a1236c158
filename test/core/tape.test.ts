import { describe, expect, it } from "vitest";
import {
  appendTape,
  emptyTape,
  locate,
  readTape,
  type Tape,
  TapeWriter,
  truncateTape,
} from "../../src/core/tape.js";
import { keptRecords } from "./run-helpers.js";

const STRIDE = 3;
/** Record i of a lineage tagged `tag`: distinct in every field, so any mix-up shows. */
const record = (i: number, tag = 0) => [i, 10 * i + tag, -i - tag / 100];

/** Appends records from..to−1, one tape per record, as a slow caller would. */
function appendRange(tape: Tape, from: number, to: number, tag = 0): Tape {
  let t = tape;
  for (let i = from; i < to; i++) t = appendTape(t, record(i, tag));
  return t;
}

/** What a tape should read from its first kept record on, for records tagged by index. */
function expected(tape: Tape, tagAt: (i: number) => number = () => 0): number[][] {
  return Array.from({ length: tape.length - tape.first }, (_, k) => {
    const i = tape.first + k;
    return record(i, tagAt(i));
  });
}

describe("tape", () => {
  const small = () => emptyTape(STRIDE, 8, 4);

  it("reads back what was appended, and NaN outside it", () => {
    const tape = appendRange(small(), 0, 6);
    expect(tape.length).toBe(6);
    expect(keptRecords(tape)).toEqual(expected(tape));
    expect(readTape(tape, 6, 0)).toBeNaN();
    expect(readTape(tape, -1, 0)).toBeNaN();
    expect(locate(tape, 6)).toBeUndefined();
    expect(locate(emptyTape(STRIDE, 8), 0)).toBeUndefined();
  });

  it("appending leaves the old tape as it was", () => {
    const old = appendRange(small(), 0, 5);
    const next = appendTape(old, record(5));
    expect(next).not.toBe(old);
    expect([old.length, next.length]).toEqual([5, 6]);
    expect(keptRecords(old)).toEqual(expected(old));
  });

  it.each([
    { to: 3, length: 3 },
    { to: 0, length: 0 },
    { to: -5, length: 0 },
  ])("truncates to $to", ({ to, length }) => {
    const tape = appendRange(small(), 0, 6);
    const cut = truncateTape(tape, to);
    expect(cut.length).toBe(length);
    expect(keptRecords(cut)).toEqual(expected(cut));
    expect(readTape(cut, length, 0)).toBeNaN();
    expect(tape.length).toBe(6);
  });

  it.each([6, 7, 100])("truncating to %i or beyond returns the same tape", (to) => {
    const tape = appendRange(small(), 0, 6);
    expect(truncateTape(tape, to)).toBe(tape);
  });

  it.each([
    { keep: 1, chunkSize: 4 },
    { keep: 4, chunkSize: 4 },
    { keep: 5, chunkSize: 4 },
    { keep: 10, chunkSize: 3 },
    { keep: 1024, chunkSize: 256 },
  ])(
    "keeps at least $keep records, and a bounded number (chunks of $chunkSize)",
    ({ keep, chunkSize }) => {
      let tape = emptyTape(STRIDE, keep, chunkSize);
      for (let n = 1; n <= 3 * keep + 2 * chunkSize + 1; n++) {
        tape = appendTape(tape, record(n - 1));
        const kept = tape.length - tape.first;
        expect(kept).toBeGreaterThanOrEqual(Math.min(n, keep));
        expect(kept).toBeLessThan(keep + 2 * chunkSize);
      }
      expect(tape.first).toBeGreaterThan(0);
      expect(keptRecords(tape)).toEqual(expected(tape));
      expect(readTape(tape, tape.first - 1, 0)).toBeNaN();
      expect(truncateTape(tape, 0).length).toBe(tape.first);
    },
  );

  it("a writer appending many records gives what single appends give", () => {
    const writer = new TapeWriter(small());
    for (let i = 0; i < 11; i++) {
      writer.reserve();
      writer.buf.set(record(i), writer.offset);
      writer.commit();
    }
    const tape = writer.close();
    expect(keptRecords(tape)).toEqual(keptRecords(appendRange(small(), 0, 11)));
  });

  it("a writer that commits nothing gives back the same tape", () => {
    const tape = appendRange(small(), 0, 5);
    const writer = new TapeWriter(tape);
    writer.reserve();
    writer.buf.fill(99, writer.offset, writer.offset + STRIDE);
    expect(writer.close()).toBe(tape);
    expect(keptRecords(appendTape(tape, record(5)))).toEqual(expected({ ...tape, length: 6 }));
  });

  // With chunks of 4, cutting at 0, 4 and 8 falls on chunk boundaries.
  it.each([0, 2, 4, 5, 8, 9])("an older version cut at %i forks instead of overwriting", (at) => {
    const newer = appendRange(small(), 0, 10);
    const branch = appendRange(truncateTape(newer, at), at, 13, 7);
    expect(keptRecords(branch)).toEqual(expected(branch, (i) => (i < at ? 0 : 7)));
    expect(keptRecords(newer)).toEqual(expected(newer));
    // The newest version still appends, in place or not, without touching the branch.
    const longer = appendRange(newer, 10, 14);
    expect(keptRecords(longer)).toEqual(expected(longer));
    expect(keptRecords(branch)).toEqual(expected(branch, (i) => (i < at ? 0 : 7)));
  });

  it("a kept version survives its successor appending and a sibling forking", () => {
    const kept = appendRange(small(), 0, 6);
    const successor = appendRange(kept, 6, 9);
    const sibling = appendRange(kept, 6, 9, 3);
    expect(keptRecords(kept)).toEqual(expected(kept));
    expect(keptRecords(successor)).toEqual(expected(successor));
    expect(keptRecords(sibling)).toEqual(expected(sibling, (i) => (i < 6 ? 0 : 3)));
  });
});
