import { mib } from "./measure.js";
import {
  type MemorySample,
  memorySample,
  removeReportDir,
  reportDir,
  reportEnv,
} from "./memory-report.js";
import { ready, updateCount } from "./pty.js";
import { endlessRun, launch, rss, runAtTopSpeed, sleep, stop, WAIT_MS } from "./tui.js";

// The long session: RSS of the dashboard over many minutes at top speed, which tells memory that
// grows without bound from a heap that has reached its working size, and where the memory lies.

/** 20 MB, the target for the growth, in bytes. */
const TARGET = 20e6;
/** Seconds between two samples of RSS, and between two of the breakdown (a report costs ~10 ms). */
const EVERY_S = 5;
const BREAKDOWN_EVERY_S = 60;

const short = (bytes: number) => (bytes / 2 ** 20).toFixed(1).padStart(6);
const within = (bytes: number) => (bytes <= TARGET ? "within" : "OVER");

/** One row of the breakdown: where RSS is, in MiB. */
function breakdownRow(label: string, m: MemorySample): string {
  return [
    label.padEnd(9),
    ...[
      m.rss,
      m.anon,
      m.file,
      m.heapTotal,
      m.heapUsed,
      m.newSpace,
      m.oldSpace,
      m.malloced,
      m.external,
    ].map(short),
  ].join(" ");
}

/**
 * RSS while running at top speed for `minutes`, against RSS after three idle seconds (where
 * benchMemory starts too): at the end, at the highest, and over the last third (a slope near zero
 * is a heap at its working size; a steady rise, a leak); then the split of RSS once a minute.
 */
export async function benchSoak(minutes: number): Promise<void> {
  const dir = reportDir();
  // More epochs than the fastest engine does in the time (3 updates an epoch, < 1e9 updates/s).
  const pty = launch({
    cols: 100,
    rows: 30,
    args: endlessRun(Math.ceil(minutes * 60 * 1e9)),
    env: reportEnv(dir),
  });
  try {
    await ready(pty, WAIT_MS);
    await sleep(3000);
    const idle = await memorySample(pty, dir);
    await runAtTopSpeed(pty);
    const start = performance.now();
    const samples: { readonly s: number; readonly rss: number }[] = [];
    const breakdown: { readonly s: number; readonly m: MemorySample }[] = [];
    let nextBreakdown = BREAKDOWN_EVERY_S;
    for (const end = start + minutes * 60_000; performance.now() < end; ) {
      await sleep(Math.min(EVERY_S * 1000, end - performance.now()));
      const s = (performance.now() - start) / 1000;
      samples.push({ s, rss: rss(pty.pid) });
      if (s >= nextBreakdown - EVERY_S / 2) {
        breakdown.push({ s, m: await memorySample(pty, dir) });
        nextBreakdown += BREAKDOWN_EVERY_S;
      }
    }
    // Node writes "Writing Node.js report to file" on the terminal for each sample, which the
    // dashboard's changed cells never overwrite: a window change makes it draw the whole screen.
    pty.resize(101, 30);
    await sleep(500);
    pty.resize(100, 30);
    // A screen read between two frames can be half drawn: wait for one with the status line.
    const status = /\b(running|paused|converged|diverged|done)\b/;
    const header = (await pty.waitFor((x) => status.test(x[1] ?? ""), WAIT_MS))[1] ?? "";
    if (!/\brunning\b/.test(header)) throw new Error(`the run stopped during the soak: ${header}`);
    const row = (label: string, text: string) => console.log(`  ${label.padEnd(24)}${text}`);
    console.log(`soak (RSS of gd-tui at top speed for ${minutes} min, 100x30)`);
    row("after 3 s idle", mib(idle.rss));
    const last = samples.at(-1) ?? { s: 0, rss: idle.rss };
    const peak = samples.reduce((a, b) => (b.rss > a.rss ? b : a), { s: 0, rss: idle.rss });
    const third = samples.find((x) => x.s >= (minutes * 60 * 2) / 3)?.rss ?? idle.rss;
    row("updates", updateCount(pty.screen()).toLocaleString("en-US"));
    row(
      "growth at the end",
      `${mib(last.rss - idle.rss)}   (${within(last.rss - idle.rss)} the target of 20 MB = ${mib(TARGET)})`,
    );
    row(
      "growth at the highest",
      `${mib(peak.rss - idle.rss)} after ${(peak.s / 60).toFixed(1)} min   (${within(peak.rss - idle.rss)} the target)`,
    );
    row("over the last third", mib(last.rss - third));
    console.log(
      "  where it lies (MiB): RSS = anon + file; V8: heap total/used, new, old space; malloced, external",
    );
    console.log(
      `  ${"".padEnd(9)} ${["rss", "anon", "file", "heap", "used", "new", "old", "malloc", "extern"].map((h) => h.padStart(6)).join(" ")}`,
    );
    console.log(`  ${breakdownRow("idle", idle)}`);
    for (const { s, m } of breakdown)
      console.log(`  ${breakdownRow(`${(s / 60).toFixed(0)} min`, m)}`);
  } finally {
    await stop(pty);
    removeReportDir(dir);
  }
}
