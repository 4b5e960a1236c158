/**
 * The whole run at a glance: one value per `stride` epochs, at most `capacity` of them. When it
 * fills, every second point is dropped and the stride doubles, so a run of any length keeps a
 * bounded, evenly spaced picture. Like a tape it is a value: only the newest version of a lineage
 * writes in place; an older one copies before it appends.
 */
export interface Overview {
  readonly values: Float64Array;
  readonly count: number;
  /** Point i is the value at the end of epoch (i + 1)·stride − 1. */
  readonly stride: number;
  readonly head: { end: number };
}

export function emptyOverview(capacity = 1024): Overview {
  return { values: new Float64Array(capacity), count: 0, stride: 1, head: { end: 0 } };
}

/** The overview as it stood when `epochs` epochs had ended. */
export function truncateOverview(overview: Overview, epochs: number): Overview {
  const count = Math.min(overview.count, Math.floor(epochs / overview.stride));
  return count === overview.count ? overview : { ...overview, count };
}

/** The points, oldest first, with the epoch each one ends. */
export function overviewPoints(overview: Overview): { epoch: number; value: number }[] {
  const points = [];
  for (let i = 0; i < overview.count; i++) {
    points.push({ epoch: (i + 1) * overview.stride - 1, value: overview.values[i] as number });
  }
  return points;
}

/** Appends many epochs' values with one copy at most; `close()` gives the overview. */
export class OverviewWriter {
  /** The next epoch whose value is kept: the engine calls `push` only then. */
  due: number;
  private values: Float64Array;
  private count: number;
  private stride: number;
  private head: { end: number };
  private isOwner: boolean;

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
    this.due = this.dueFrom(epochs);
  }

  /** Records the value at the end of `epoch` (0-based), if it falls on the stride. */
  push(epoch: number, value: number): void {
    this.due = this.dueFrom(epoch + 1);
    if ((epoch + 1) % this.stride !== 0) return;
    const capacity = this.values.length;
    if (this.count === capacity) {
      const halved = new Float64Array(capacity);
      for (let i = 1; i < capacity; i += 2) halved[i >> 1] = this.values[i] as number;
      this.own(halved, capacity >> 1);
      this.stride *= 2;
      if ((epoch + 1) % this.stride !== 0) return;
    } else if (!this.isOwner) {
      this.own(this.values.slice(), this.count);
    }
    this.values[this.count++] = value;
    this.head.end = this.count;
    this.due = this.dueFrom(epoch + 1);
  }

  /** The first epoch from `epoch` on that falls on the stride. */
  private dueFrom(epoch: number): number {
    return Math.ceil((epoch + 1) / this.stride) * this.stride - 1;
  }

  close(): Overview {
    if (this.count === this.base.count && this.values === this.base.values) return this.base;
    return { values: this.values, count: this.count, stride: this.stride, head: this.head };
  }

  private own(values: Float64Array, count: number): void {
    this.values = values;
    this.count = count;
    this.head = { end: count };
    this.isOwner = true;
  }
}
