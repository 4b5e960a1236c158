/** Best-of-`rounds` rate of `work(n)`, in units per second; the first round warms the JIT. */
export function bestRate(n: number, rounds: number, work: (n: number) => unknown): number {
  let best = 0;
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    work(n);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.max(best, n / seconds);
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
