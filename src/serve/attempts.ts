/** Failed sign-ins an address may make within WINDOW_MS before it is locked out for as long. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 60_000;
/** Addresses remembered at once; past this the oldest entry goes, so a flood cannot grow it. */
const MAX_ADDRESSES = 10_000;

interface Entry {
  failures: number;
  since: number;
}

/** Failed sign-ins per address, in a window of time: a room code cannot be guessed by trying. */
export class Attempts {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number) {}

  private current(address: string): Entry | undefined {
    const entry = this.entries.get(address);
    if (entry && this.now() - entry.since > WINDOW_MS) {
      this.entries.delete(address);
      return undefined;
    }
    return entry;
  }

  isLockedOut(address: string): boolean {
    return (this.current(address)?.failures ?? 0) >= MAX_FAILURES;
  }

  fail(address: string): void {
    const entry = this.current(address);
    if (entry) {
      entry.failures++;
      return;
    }
    if (this.entries.size >= MAX_ADDRESSES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(address, { failures: 1, since: this.now() });
  }

  get size(): number {
    return this.entries.size;
  }
}
