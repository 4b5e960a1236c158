/**
 * Best-of-`rounds` rate of each `work(n)`, in units per second. Rounds alternate between the
 * works, so that a machine busy for a while slows them alike; the first rounds warm the JIT.
 */
export function bestRates<K extends string>(
  n: number,
  rounds: number,
  works: Record<K, (n: number) => unknown>,
): Record<K, number> {
  const names = Object.keys(works) as K[];
  const best = Object.fromEntries(names.map((name) => [name, 0])) as Record<K, number>;
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const start = process.hrtime.bigint();
      works[name](n);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      best[name] = Math.max(best[name], n / seconds);
    }
  }
  return best;
}

export function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
export const rate = (perSecond: number): string => `${(perSecond / 1e6).toFixed(1)} M/s`;
