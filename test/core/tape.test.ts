import fc from "fast-check";
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

describe("a tape kept by reach", () => {
  const REACH = 10;
  const CHUNK = 4;
  /** Keys (first floats) that never decrease: steps of 0 to 6 between records. */
  const steps = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 300 });
  const keyed = (key: number, i: number) => [key, i, -i];

  it("keeps what reaches REACH back of the newest key, and at most a chunk more", () => {
    fc.assert(
      fc.property(steps, (gaps) => {
        let tape = emptyTape(STRIDE, 1000, CHUNK, REACH);
        let key = 0;
        const keys: number[] = [];
        gaps.forEach((gap, i) => {
          key += gap;
          keys.push(key);
          tape = appendTape(tape, keyed(key, i));
          const kept = keptRecords(tape);
          // Every record from the first kept on reads what was appended.
          expect(kept).toEqual(keys.slice(tape.first).map((k, j) => keyed(k, tape.first + j)));
          // Something at or before key − REACH is kept, once there is one.
          if ((keys[0] as number) <= key - REACH)
            expect(kept[0]?.[0]).toBeLessThanOrEqual(key - REACH);
          // No more is kept than that, to a chunk: when the newest chunk began (its record before
          // was the newest then), the second kept chunk did not yet reach far enough to go.
          const newestChunk =
            tape.first + Math.floor((tape.length - 1 - tape.first) / CHUNK) * CHUNK;
          if (tape.first + CHUNK < newestChunk) {
            expect(keys[tape.first + CHUNK]).toBeGreaterThan(
              (keys[newestChunk - 1] as number) - REACH,
            );
          }
        });
      }),
    );
  });

  it("at one record a key, keeps REACH records and at most two chunks more", () => {
    let tape = emptyTape(STRIDE, 1000, CHUNK, REACH);
    for (let i = 0; i < 200; i++) {
      tape = appendTape(tape, keyed(i, i));
      const kept = tape.length - tape.first;
      expect(kept).toBeGreaterThanOrEqual(Math.min(i + 1, REACH + 1));
      expect(kept).toBeLessThanOrEqual(REACH + 1 + 2 * CHUNK);
    }
    // By count alone the same tape keeps all 200.
    expect(appendRange(emptyTape(STRIDE, 1000, CHUNK), 0, 200).first).toBe(0);
  });

  it("the count still bounds it when every key is the same", () => {
    let tape = emptyTape(STRIDE, 8, CHUNK, REACH);
    for (let i = 0; i < 50; i++) tape = appendTape(tape, keyed(7, i));
    expect(tape.length - tape.first).toBeGreaterThanOrEqual(8);
    expect(tape.length - tape.first).toBeLessThan(8 + 2 * CHUNK);
  });

  it("an older version reads the same after its successor dropped the chunks it shares", () => {
    const writeKeys = (tape: Tape, from: number, to: number, tag: number) => {
      const writer = new TapeWriter(tape);
      for (let i = from; i < to; i++) {
        writer.reserve();
        writer.buf.set(keyed(i, i + tag), writer.offset);
        writer.commit();
      }
      return writer.close();
    };
    const old = writeKeys(emptyTape(STRIDE, 1000, CHUNK, REACH), 0, 30, 0);
    const before = keptRecords(old);
    const successor = writeKeys(old, 30, 300, 1000);
    expect(successor.first).toBeGreaterThan(old.length);
    expect(keptRecords(old)).toEqual(before);
  });
});
