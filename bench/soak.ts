import { mib } from "./measure.js";
import { updateCount } from "./pty.js";
import { dashboard, endlessRun, rss, runAtTopSpeed, sleep, stop } from "./tui.js";

// The long session: RSS of the dashboard over many minutes at top speed, which tells memory that
// grows without bound from a heap that has reached its working size.

/** 20 MB, the target for the growth, in bytes. */
const TARGET = 20e6;
/** Seconds between two samples of RSS. */
const EVERY_S = 5;

/** The minutes reported along the way: the usual marks below `minutes`, then `minutes`. */
function marks(minutes: number): number[] {
  return [...[1, 2, 5, 10, 30, 60].filter((m) => m < minutes), minutes];
}

/**
 * RSS while running at top speed for `minutes`, against RSS after three idle seconds (where
 * benchMemory starts too), and the growth over the last third: a slope near zero is a heap at its
 * working size; a steady rise, a leak.
 */
export async function benchSoak(minutes: number): Promise<void> {
  // More epochs than the fastest engine does in the time (3 updates an epoch, < 1e9 updates/s).
  const pty = await dashboard(100, 30, endlessRun(Math.ceil(minutes * 60 * 1e9)));
  try {
    await sleep(3000);
    const idle = rss(pty.pid);
    await runAtTopSpeed(pty);
    const start = performance.now();
    const samples: { readonly s: number; readonly rss: number }[] = [];
    for (const end = start + minutes * 60_000; performance.now() < end; ) {
      await sleep(Math.min(EVERY_S * 1000, end - performance.now()));
      samples.push({ s: (performance.now() - start) / 1000, rss: rss(pty.pid) });
    }
    const header = pty.screen()[1] ?? "";
    if (!/\brunning\b/.test(header)) throw new Error(`the run stopped during the soak: ${header}`);
    const row = (label: string, text: string) => console.log(`  ${label.padEnd(24)}${text}`);
    console.log(`soak (RSS of gd-tui at top speed for ${minutes} min, 100x30)`);
    row("after 3 s idle", mib(idle));
    for (const mark of marks(minutes)) {
      const at = samples.find((x) => x.s >= mark * 60 - EVERY_S / 2) ?? samples.at(-1);
      if (at) row(`after ${mark} min`, mib(at.rss));
    }
    const last = samples.at(-1)?.rss ?? idle;
    const highest = Math.max(idle, ...samples.map((x) => x.rss));
    const third = samples.find((x) => x.s >= (minutes * 60 * 2) / 3)?.rss ?? idle;
    row("updates", updateCount(pty.screen()).toLocaleString("en-US"));
    row(
      "growth",
      `${mib(last - idle)} at the end, ${mib(highest - idle)} at the highest   (target within 20 MB = ${mib(TARGET)})`,
    );
    row("over the last third", `${mib(last - third)}`);
  } finally {
    await stop(pty);
  }
}
