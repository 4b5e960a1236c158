import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mib } from "./measure.js";
import { type Pty, updateCount } from "./pty.js";
import {
  dashboard,
  median,
  rss,
  runAtTopSpeed,
  sleep,
  stop,
  timeToScreen,
  WAIT_MS,
} from "./tui.js";

// The dashboard on large data sets (JSON files, written here) against the lecture's 3 points.

/** No stopping rule, and epochs enough that no run ends while it is measured. */
const FOREVER = ["--epochs", "1000000000", "--tol-loss", "0", "--tol-grad", "0"];

/** y = 2x plus a little noise, x over [0, 4): the lecture's problem, n rows of it. */
function writeData(dir: string, rows: number): string {
  const x = Array.from({ length: rows }, (_, i) => (i % 1000) / 250);
  const y = x.map((v, i) => 2 * v + (((i * 7919) % 101) - 50) / 1000);
  const file = join(dir, `rows-${rows}.json`);
  writeFileSync(file, JSON.stringify({ x, y }));
  return file;
}

/** Milliseconds from typing space at top speed to "paused" on screen, median of `presses`. */
async function pauseLatency(pty: Pty, presses: number): Promise<number> {
  const times: number[] = [];
  for (let press = 0; press < presses; press++) {
    const start = performance.now();
    pty.type(" ");
    await pty.waitFor((s) => /\bpaused\b/.test(s[1] ?? ""), WAIT_MS);
    times.push(performance.now() - start);
    pty.type(" ");
    await pty.waitFor((s) => /\brunning\b/.test(s[1] ?? ""), WAIT_MS);
    await sleep(500);
  }
  return median(times);
}

/**
 * Updates per second the header's counter moves by over `seconds` at top speed, after a second to
 * settle; then how long a key (space, to pause) takes to show.
 */
async function topSpeed(
  args: readonly string[],
  seconds = 5,
): Promise<[rate: number, key: number]> {
  const pty = await dashboard(100, 30, [...args, ...FOREVER]);
  try {
    await runAtTopSpeed(pty);
    await sleep(1000);
    const [from, start] = [updateCount(pty.screen()), performance.now()];
    await sleep(seconds * 1000);
    const screen = pty.screen();
    const to = updateCount(screen);
    if (to === from)
      throw new Error(`no updates in ${seconds} s at top speed:\n${screen.join("\n")}`);
    const rate = ((to - from) * 1000) / (performance.now() - start);
    return [rate, await pauseLatency(pty, 5)];
  } finally {
    await stop(pty);
  }
}

/** RSS once a second for `seconds` at top speed. */
async function rssAtTopSpeed(pty: Pty, seconds: number): Promise<number[]> {
  await runAtTopSpeed(pty);
  const samples: number[] = [];
  for (let s = 0; s < seconds; s++) {
    await sleep(1000);
    samples.push(rss(pty.pid));
  }
  return samples;
}

const perSecond = (n: number) =>
  n >= 1e6 ? `${(n / 1e6).toFixed(1)} M/s` : `${(n / 1e3).toFixed(1)} k/s`;

export async function benchLargeData(runs = 5): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "gd-tui-bench-"));
  try {
    const million = writeData(dir, 1_000_000);
    const hundredK = writeData(dir, 100_000);
    const lecture: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < runs; i++) {
      lecture.push(await timeToScreen({ cols: 100, rows: 30 }, "q quit"));
      large.push(await timeToScreen({ cols: 100, rows: 30, args: ["--data", million] }, "q quit"));
    }
    console.log(`large data: first frame (spawn to first complete frame, median of ${runs})`);
    console.log(`  lecture data            ${median(lecture).toFixed(0)} ms`);
    console.log(`  1M rows (JSON)          ${median(large).toFixed(0)} ms   (target <= 3000 ms)`);

    const pty = await dashboard(100, 30, ["--data", million, ...FOREVER]);
    try {
      const first = rss(pty.pid);
      const samples = await rssAtTopSpeed(pty, 15);
      const [low, high] = [Math.min(...samples), Math.max(...samples)];
      console.log("large data: RSS with 1M rows (after the first frame, then 15 s at top speed)");
      console.log(`  after the first frame   ${mib(first)}`);
      console.log(`  at top speed, lowest    ${mib(low)}`);
      console.log(`  at top speed, highest   ${mib(high)}   (spread ${mib(high - low)})`);
      console.log(`  after 15 s              ${mib(samples.at(-1) ?? 0)}`);
    } finally {
      await stop(pty);
    }

    const idle = await dashboard(100, 30, FOREVER);
    let defaultKey: number;
    try {
      idle.type(" ");
      await idle.waitFor((s) => /\brunning\b/.test(s[1] ?? ""), WAIT_MS);
      defaultKey = await pauseLatency(idle, 5);
    } finally {
      await stop(idle);
    }
    const [base, baseKey] = await topSpeed([]);
    const [rows, rowsKey] = await topSpeed(["--data", hundredK]);
    console.log("large data: top speed in the dashboard (updates/s on the header's counter, 5 s)");
    console.log(`  lecture data (3 rows)   ${perSecond(base)}`);
    console.log(`  100k rows               ${perSecond(rows)}   (target >= 1.0 M/s)`);
    console.log(`  ratio 100k/lecture      ${(rows / base).toFixed(2)}`);
    console.log('large data: space to "paused" on screen (median of 5; a frame is 83 ms)');
    console.log(`  lecture, default speed  ${defaultKey.toFixed(0)} ms   (the baseline)`);
    console.log(`  lecture data (3 rows)   ${baseKey.toFixed(0)} ms`);
    console.log(`  100k rows               ${rowsKey.toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
