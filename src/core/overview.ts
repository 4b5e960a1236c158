/**
 * The whole run at a glance: the mean loss at every epoch's end, kept as buckets of `stride` epochs,
 * at most `capacity` of them. A bucket keeps the extremes of what it covers, the lower and the
 * higher value in the order they came, so a spike survives however long the run gets. When it fills,
 * neighbouring buckets merge and the stride doubles: a bounded, evenly spaced picture of any run.
 * Like a tape it is a value: only the newest version of a lineage writes in place; an older one
 * copies before it appends.
 */
export interface Overview {
  /** Two floats a full bucket: its extremes, the earlier first. */
  readonly values: Float64Array;
  /** Full buckets; bucket i covers epochs i·stride … (i + 1)·stride − 1. */
  readonly count: number;
  readonly stride: number;
  readonly head: { end: number };
  /** The bucket being filled: its epochs so far (fewer than `stride`) and extremes. */
  readonly pending: number;
  readonly pendingFirst: number;
  readonly pendingSecond: number;
}

/** A bucket's values as the chart reads them: the epochs it covers and its two extremes. */
export interface OverviewBucket {
  readonly from: number;
  /** The last epoch it covers. */
  readonly to: number;
  readonly first: number;
  readonly second: number;
}

export function emptyOverview(capacity = 1024): Overview {
  return makeOverview(new Float64Array(2 * capacity), 0, 1, { end: 0 }, 0, 0, 0);
}

/** Every overview is made here, so that all have one shape. */
function makeOverview(
  values: Float64Array,
  count: number,
  stride: number,
  head: { end: number },
  pending: number,
  pendingFirst: number,
  pendingSecond: number,
): Overview {
  return { values, count, stride, head, pending, pendingFirst, pendingSecond };
}

/** The extremes of (first, second) and then `value`, earlier first. */
function withValue(first: number, second: number, value: number): [number, number] {
  const lo = Math.min(first, second);
  const hi = Math.max(first, second);
  if (value < lo) return [hi, value];
  if (value > hi) return [lo, value];
  return [first, second];
}

/** The extremes of two neighbouring buckets, earlier first. */
function merged(a1: number, b1: number, a2: number, b2: number): [number, number] {
  const [first, second] = withValue(a1, b1, a2);
  return withValue(first, second, b2);
}

/**
 * The overview as it stood when `epochs` epochs had ended. `epochValue(e)` gives epoch e's value
 * where it is still kept (NaN where not), to rebuild the bucket being filled; where that bucket
 * began before what is kept, its extremes stay as they are, which can include an epoch undone.
 */
export function truncateOverview(
  overview: Overview,
  epochs: number,
  epochValue: (epoch: number) => number = () => Number.NaN,
): Overview {
  const { stride } = overview;
  const ended = overview.count * stride + overview.pending;
  if (epochs >= ended) return overview;
  const count = Math.min(overview.count, Math.floor(epochs / stride));
  const from = count * stride;
  let first = Number.NaN;
  let second = Number.NaN;
  for (let e = from; e < epochs; e++) {
    const value = epochValue(e);
    if (Number.isNaN(value)) {
      if (count === overview.count)
        [first, second] = [overview.pendingFirst, overview.pendingSecond];
      else [first, second] = bucketAt(overview, count);
      break;
    }
    [first, second] = e === from ? [value, value] : withValue(first, second, value);
  }
  return makeOverview(
    overview.values,
    count,
    stride,
    overview.head,
    epochs - from,
    epochs > from ? first : 0,
    epochs > from ? second : 0,
  );
}

function bucketAt(overview: Overview, i: number): [number, number] {
  return [overview.values[2 * i] as number, overview.values[2 * i + 1] as number];
}

/** The buckets, oldest first, the one being filled last. */
export function overviewBuckets(overview: Overview): OverviewBucket[] {
  const { stride } = overview;
  const buckets: OverviewBucket[] = [];
  for (let i = 0; i < overview.count; i++) {
    const [first, second] = bucketAt(overview, i);
    buckets.push({ from: i * stride, to: (i + 1) * stride - 1, first, second });
  }
  if (overview.pending > 0) {
    const from = overview.count * stride;
    const { pendingFirst: first, pendingSecond: second } = overview;
    buckets.push({ from, to: from + overview.pending - 1, first, second });
  }
  return buckets;
}

/** Appends many epochs' values with one copy at most; `close()` gives the overview. */
export class OverviewWriter {
  /** The next epoch whose value is wanted: the engine pushes each epoch's end. */
  due: number;
  private values: Float64Array;
  private count: number;
  private stride: number;
  private head: { end: number };
  private isOwner: boolean;
  private pending: number;
  private first: number;
  private second: number;

  /** `epochs`: the epochs already ended, so the next one pushed is epoch `epochs`. */
  constructor(
    private readonly base: Overview,
    epochs: number,
  ) {
    this.values = base.values;
    this.count = base.count;
    this.stride = base.stride;
    this.head = base.head;
    this.isOwner = base.count === base.head.end;
    this.pending = base.pending;
    this.first = base.pendingFirst;
    this.second = base.pendingSecond;
    this.due = epochs;
  }

  /**
   * Records `count` epochs' values, the next ones due, from `values[at]` on, `stride` floats apart:
   * how the engine files a kernel call's epoch records in one call.
   */
  pushRecords(values: Float64Array, at: number, stride: number, count: number): void {
    let i = 0;
    while (i < count) {
      // Values inside a bucket, in locals: this loop runs at every epoch's end.
      const inside = Math.min(count - i, this.stride - this.pending - 1);
      if (this.pending > 0 && inside > 0) {
        let first = this.first;
        let second = this.second;
        let lo = Math.min(first, second);
        let hi = Math.max(first, second);
        for (let k = at + i * stride, end = at + (i + inside) * stride; k < end; k += stride) {
          const value = values[k] as number;
          if (value < lo) {
            first = hi;
            second = lo = value;
          } else if (value > hi) {
            first = lo;
            second = hi = value;
          }
        }
        this.first = first;
        this.second = second;
        this.pending += inside;
        this.due += inside;
        i += inside;
      } else {
        this.push(this.due, values[at + i * stride] as number);
        i++;
      }
    }
  }

  /** Records the value at the end of `epoch` (0-based), the one after the last pushed. */
  push(epoch: number, value: number): void {
    this.due = epoch + 1;
    if (this.pending === 0) {
      this.first = value;
      this.second = value;
    } else {
      // withValue, written out: an array here keeps V8 from compiling this into the engine's loop.
      const lo = Math.min(this.first, this.second);
      const hi = Math.max(this.first, this.second);
      if (value < lo) {
        this.first = hi;
        this.second = value;
      } else if (value > hi) {
        this.first = lo;
        this.second = value;
      }
    }
    if (++this.pending < this.stride) return;
    const capacity = this.values.length >> 1;
    if (this.count === capacity) {
      const v = this.values;
      this.halve(capacity);
      // The bucket just filled is the first half of one at the new stride, unless an odd capacity
      // left a full bucket without a partner: that one and the new one make a whole bucket.
      if (capacity % 2 === 0) return;
      [this.first, this.second] = merged(
        v[2 * (capacity - 1)] as number,
        v[2 * capacity - 1] as number,
        this.first,
        this.second,
      );
    }
    if (!this.isOwner) this.own(this.values.slice(), this.count);
    this.values[2 * this.count] = this.first;
    this.values[2 * this.count + 1] = this.second;
    this.count++;
    this.head.end = this.count;
    this.pending = 0;
  }

  close(): Overview {
    const { base } = this;
    if (
      this.values === base.values &&
      this.count === base.count &&
      this.pending === base.pending &&
      this.first === base.pendingFirst &&
      this.second === base.pendingSecond
    ) {
      return base;
    }
    return makeOverview(
      this.values,
      this.count,
      this.stride,
      this.head,
      this.pending,
      this.first,
      this.second,
    );
  }

  /** Merges neighbouring buckets into a new array (older versions still read the old one). */
  private halve(capacity: number): void {
    const v = this.values;
    const halved = new Float64Array(v.length);
    for (let j = 0; j < capacity >> 1; j++) {
      const [first, second] = merged(
        v[4 * j] as number,
        v[4 * j + 1] as number,
        v[4 * j + 2] as number,
        v[4 * j + 3] as number,
      );
      halved[2 * j] = first;
      halved[2 * j + 1] = second;
    }
    this.own(halved, capacity >> 1);
    this.stride *= 2;
  }

  private own(values: Float64Array, count: number): void {
    this.values = values;
    this.count = count;
    this.head = { end: count };
    this.isOwner = true;
  }
}
