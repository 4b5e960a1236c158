/**
 * An append-only log of fixed-size float64 records that keeps the newest ones and is a value:
 * appending to a tape never changes what any earlier tape reads. It does so without copying by
 * sharing chunks between versions: a tape may write in place only while it is the newest version of
 * its lineage (`length === head.end`); an older version forks first, copying the one partly filled
 * chunk. Full chunks are never written again, so they are shared freely.
 */
export interface Tape {
  readonly stride: number;
  readonly chunkSize: number;
  readonly maxChunks: number;
  /**
   * How far back, in the units of each record's first float (which never decreases along a
   * tape), the kept records must reach: older chunks go as soon as the next one starts at or
   * before the newest record's key minus `reach`. Infinity: kept by count alone (`maxChunks`).
   */
  readonly reach: number;
  readonly chunks: readonly Float64Array[];
  /** Absolute index of the first record still kept (a multiple of chunkSize). */
  readonly first: number;
  /** Absolute index one past the last record. */
  readonly length: number;
  /** How far this lineage's storage has been written; shared by its versions. */
  readonly head: { end: number };
}

/** Every tape is made here, so that all have one shape (and V8 one hidden class). */
function makeTape(
  like: Pick<Tape, "stride" | "chunkSize" | "maxChunks" | "reach">,
  chunks: readonly Float64Array[],
  first: number,
  length: number,
  head: { end: number },
): Tape {
  const { stride, chunkSize, maxChunks, reach } = like;
  return { stride, chunkSize, maxChunks, reach, chunks, first, length, head };
}

/**
 * A tape of records of `stride` floats that keeps at most `keep` (and a chunk) of them; with a
 * `reach`, only as many as reach that far back (see Tape.reach), otherwise at least `keep`.
 */
export function emptyTape(
  stride: number,
  keep: number,
  chunkSize = 256,
  reach = Number.POSITIVE_INFINITY,
): Tape {
  const maxChunks = Math.ceil(keep / chunkSize) + 1;
  return makeTape({ stride, chunkSize, maxChunks, reach }, [], 0, 0, { end: 0 });
}

/** The same tape cut back to `length` records (never below what it still keeps). */
export function truncateTape(tape: Tape, length: number): Tape {
  const next = Math.max(tape.first, Math.min(tape.length, length));
  return next === tape.length ? tape : makeTape(tape, tape.chunks, tape.first, next, tape.head);
}

/** Where record `index` sits: its chunk and the offset of its first float, or undefined. */
export function locate(
  tape: Tape,
  index: number,
): { chunk: Float64Array; offset: number } | undefined {
  if (index < tape.first || index >= tape.length) return undefined;
  const rel = index - tape.first;
  const chunk = tape.chunks[Math.floor(rel / tape.chunkSize)];
  return chunk && { chunk, offset: (rel % tape.chunkSize) * tape.stride };
}

/** One float of record `index`, or NaN when the record is no longer kept. */
export function readTape(tape: Tape, index: number, field: number): number {
  const at = locate(tape, index);
  return at ? (at.chunk[at.offset + field] as number) : Number.NaN;
}

/**
 * A cursor for appending many records without making a tape per record: the engine's hot loop
 * writes `buf[offset + field]` after `reserve()`, then `commit()`s, and `close()` gives the tape.
 */
export class TapeWriter {
  /** The chunk the next record goes in, and where in it. */
  buf: Float64Array = new Float64Array(0);
  offset = 0;
  private chunks: Float64Array[];
  private first: number;
  private length: number;
  private readonly head: { end: number };
  /** Chunks at the front that came from the tape, which other states may still read. */
  private shared = 0;
  private spare: Float64Array | undefined;
  // Copied out of the tape so that the hot methods below read only this object's own fields.
  readonly stride: number;
  private readonly chunkSize: number;
  private readonly maxChunks: number;
  private readonly reach: number;

  constructor(private readonly tape: Tape) {
    const { chunkSize, stride, first, length } = tape;
    this.stride = stride;
    this.chunkSize = chunkSize;
    this.maxChunks = tape.maxChunks;
    this.reach = tape.reach;
    this.first = first;
    this.length = length;
    const full = Math.floor((length - first) / chunkSize);
    if (length === tape.head.end) {
      this.chunks = tape.chunks.slice();
      this.head = tape.head;
    } else {
      // An older version appends: fork, copying only the chunk its end falls in.
      this.chunks = tape.chunks.slice(0, full);
      const partial = tape.chunks[full];
      if (partial) {
        const copy = new Float64Array(partial.length);
        copy.set(partial.subarray(0, ((length - first) % chunkSize) * stride));
        this.chunks.push(copy);
      }
      this.head = { end: length };
    }
    this.shared = this.chunks.length;
    const current = this.chunks[full];
    if (current) {
      this.buf = current;
      this.offset = ((length - first) % chunkSize) * stride;
    }
  }

  /** Makes `buf[offset …]` the slot of the next record. */
  reserve(): void {
    if (this.offset < this.buf.length) return;
    // Every chunk is full now: the newest record ends the last one.
    const last = this.chunks[this.chunks.length - 1];
    const newest = last ? (last[last.length - this.stride] as number) : Number.NaN;
    while (this.chunks.length > 1 && (this.chunks[1]?.[0] as number) <= newest - this.reach) {
      this.dropOldest();
    }
    this.buf = this.spare ?? new Float64Array(this.chunkSize * this.stride);
    this.spare = undefined;
    this.offset = 0;
    this.chunks.push(this.buf);
    if (this.chunks.length > this.maxChunks) this.dropOldest();
  }

  private dropOldest(): void {
    const dropped = this.chunks.shift();
    this.first += this.chunkSize;
    // A chunk this writer made and already dropped was never seen by any state: reuse it, so a
    // long run at top speed fills the same few chunks instead of making garbage.
    if (this.shared > 0) this.shared--;
    else this.spare = dropped;
  }

  /**
   * Keeps the reserved record, or `records` records written from `offset` on; all must fit in
   * `buf` (the engine's kernels write up to its end and stop there).
   */
  commit(records = 1): void {
    this.offset += records * this.stride;
    this.length += records;
  }

  /** The tape with what was committed; this lineage's newest version from now on. */
  close(): Tape {
    this.head.end = this.length;
    if (this.length === this.tape.length && this.first === this.tape.first) return this.tape;
    return makeTape(this.tape, this.chunks, this.first, this.length, this.head);
  }
}

/** Appends one record: the pure form, for appending now and then. */
export function appendTape(tape: Tape, record: ArrayLike<number>): Tape {
  const writer = new TapeWriter(tape);
  writer.reserve();
  for (let i = 0; i < tape.stride; i++) writer.buf[writer.offset + i] = record[i] as number;
  writer.commit();
  return writer.close();
}
