import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mib } from "./measure.js";
import { type Pty, type PtyOptions, ROOT, ready, startPty, updateCount } from "./pty.js";

// gd-tui in a real pseudo-terminal: start-up, output rate, idle CPU and memory over a long run.
// Every figure comes from the built CLI, as a user runs it.

const MINIMAL_INK = join(ROOT, "dist/bench/minimal-ink.js");
const READY = "q quit";
export const WAIT_MS = 20_000;
const live = new Set<Pty>();

export function launch(options: PtyOptions): Pty {
  const pty = startPty(options);
  live.add(pty);
  return pty;
}

/** Kills the process and waits for it to be gone. */
export async function stop(pty: Pty): Promise<void> {
  pty.kill("SIGKILL");
  await pty.exit;
  live.delete(pty);
}

/** Kills every child still running; for a `finally`, so a failed benchmark leaves none behind. */
export function stopAll(): void {
  for (const pty of live) pty.kill("SIGKILL");
  live.clear();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Milliseconds from spawn to `marker` on screen. */
export async function timeToScreen(options: PtyOptions, marker: string): Promise<number> {
  const start = performance.now();
  const pty = launch(options);
  try {
    await pty.waitFor(marker, WAIT_MS);
    return performance.now() - start;
  } finally {
    await stop(pty);
  }
}

/** Spawn to first complete frame, gd-tui against a one-line Ink app, runs interleaved. */
export async function benchStartup(runs = 15): Promise<void> {
  const gd: number[] = [];
  const minimal: number[] = [];
  for (let i = 0; i < runs; i++) {
    gd.push(await timeToScreen({ cols: 100, rows: 30 }, READY));
    minimal.push(
      await timeToScreen(
        // With React's production build, as gd-tui's dashboard runs it: like against like.
        {
          cols: 100,
          rows: 30,
          command: [process.execPath, MINIMAL_INK],
          env: { NODE_ENV: "production" },
        },
        "ready",
      ),
    );
  }
  const [a, b] = [median(gd), median(minimal)];
  console.log(`terminal start-up (spawn to first complete frame, median of ${runs})`);
  console.log(`  gd-tui                  ${a.toFixed(0)} ms`);
  console.log(`  minimal Ink app         ${b.toFixed(0)} ms`);
  console.log(`  ratio gd-tui/minimal    ${(a / b).toFixed(2)}   (target <= 1.2)`);
}

/** A started dashboard, its first frame on screen. */
export async function dashboard(
  cols: number,
  rows: number,
  args: string[] = [],
  env: PtyOptions["env"] = {},
): Promise<Pty> {
  const pty = launch({ cols, rows, args, env });
  await ready(pty, WAIT_MS);
  return pty;
}

interface OutputRate {
  readonly bytesPerSecond: number;
  /** CPU used meanwhile, in clock ticks per second. */
  readonly ticksPerSecond: number;
}

async function outputRate(cols: number, rows: number, renderer: string): Promise<OutputRate> {
  const pty = await dashboard(cols, rows, [], { GD_TUI_RENDERER: renderer });
  try {
    pty.type(" ");
    await pty.waitFor(/\brunning\b/, WAIT_MS);
    await sleep(1000);
    const [bytes, ticks, start] = [pty.bytesWritten(), cpuTicks(pty.pid), performance.now()];
    await sleep(5000);
    const seconds = (performance.now() - start) / 1000;
    return {
      bytesPerSecond: (pty.bytesWritten() - bytes) / seconds,
      ticksPerSecond: (cpuTicks(pty.pid) - ticks) / seconds,
    };
  } finally {
    await stop(pty);
  }
}

/**
 * Bytes written to the terminal per second while running at the default speed, and the CPU it
 * took, for each way of getting frames to it (src/cli/dashboard.tsx): the changed cells
 * (gd-tui's), Ink's whole frames, Ink's changed lines (its incrementalRendering). Interleaved, so
 * the three see the same machine.
 */
export async function benchOutputRate(): Promise<void> {
  console.log("terminal output while running (default speed, 5 s)");
  const hz = clockTicks();
  for (const [cols, rows] of [
    [100, 30],
    [80, 24],
  ] as const) {
    const cells = await outputRate(cols, rows, "cells");
    const frames = await outputRate(cols, rows, "ink");
    const lines = await outputRate(cols, rows, "ink-lines");
    const row = (label: string, rate: OutputRate, note: string) =>
      console.log(
        `  ${`${cols}x${rows} ${label}`.padEnd(30)}${`${(rate.bytesPerSecond / 1024).toFixed(1)} KiB/s`.padEnd(13)}` +
          `${`CPU ${((100 * rate.ticksPerSecond) / hz).toFixed(1)}%`.padEnd(11)}${note}`,
      );
    const ratio = (other: OutputRate) =>
      `cells/this: bytes ${(cells.bytesPerSecond / other.bytesPerSecond).toFixed(2)}, CPU ${(cells.ticksPerSecond / other.ticksPerSecond).toFixed(2)}`;
    row("changed cells", cells, "(target <= 16 KB/s = 15.6 KiB/s, stretch 8 KB/s)");
    row("Ink, whole frames", frames, ratio(frames));
    row("Ink, changed lines", lines, ratio(lines));
  }
}

/** utime + stime, in clock ticks (proc(5): fields 14 and 15, counted after the command name). */
export function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

export function clockTicks(): number {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** CPU used while paused, as a share of one core. */
export async function benchIdleCpu(seconds = 5): Promise<void> {
  const pty = await dashboard(100, 30);
  try {
    pty.type(" ");
    await pty.waitFor(/\brunning\b/, WAIT_MS);
    pty.type(" ");
    await pty.waitFor(/\bpaused\b/, WAIT_MS);
    // The frame that shows "paused" may still be finishing; the window starts after it.
    await sleep(500);
    const [ticks, start] = [cpuTicks(pty.pid), performance.now()];
    await sleep(seconds * 1000);
    const used = cpuTicks(pty.pid) - ticks;
    const share = (100 * (used / clockTicks()) * 1000) / (performance.now() - start);
    console.log(`idle CPU (paused, ${seconds} s)`);
    console.log(
      `  CPU, % of one core      ${share.toFixed(2)}%   (${used} clock ticks; target < 1%)`,
    );
  } finally {
    await stop(pty);
  }
}

export function rss(pid: number): number {
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  if (kib === undefined) throw new Error(`no VmRSS for ${pid}`);
  return Number(kib) * 1024;
}

/** Presses `>` up to "max speed", then space: the dashboard runs as fast as it goes. */
export async function runAtTopSpeed(pty: Pty): Promise<void> {
  for (let press = 0; !pty.screen()[1]?.includes("max speed"); press++) {
    if (press > 30) throw new Error(`no "max speed" after 30 presses of >:\n${pty.text()}`);
    const speed = pty.screen()[1];
    pty.type(">");
    await pty.waitFor((s) => s[1] !== speed, WAIT_MS);
  }
  pty.type(" ");
  await pty.waitFor(/\brunning\b/, WAIT_MS);
}

/** `update N` on screen at least `target`, then the process's RSS and the N shown. */
async function rssAt(pty: Pty, target: number): Promise<[rss: number, shown: number]> {
  const screen = await pty.waitFor((s) => updateCount(s) >= target, 120_000);
  return [rss(pty.pid), updateCount(screen)];
}

/** Arguments for a run of `epochs` epochs with no stopping rule: it goes on until they are done. */
export const endlessRun = (epochs: number): string[] => [
  "--epochs",
  String(epochs),
  "--tol-loss",
  "0",
  "--tol-grad",
  "0",
];

/**
 * RSS after a million updates at top speed against RSS after the first frame; then after ten
 * million, which tells a heap that has grown to its working size from one that keeps growing.
 */
export async function benchMemory(target = 1_000_000): Promise<void> {
  const pty = await dashboard(100, 30, endlessRun(10 * target));
  try {
    const first = rss(pty.pid);
    // Node goes on settling (compiling, sizing its heap) for a moment after the first frame, with
    // or without updates; RSS after three idle seconds is the start a long session grows from.
    await sleep(3000);
    const before = rss(pty.pid);
    await runAtTopSpeed(pty);
    const [after, shown] = await rssAt(pty, target);
    const [later, shownLater] = await rssAt(pty, 10 * target);
    const row = (label: string, bytes: number) => console.log(`  ${label.padEnd(24)}${mib(bytes)}`);
    console.log(`memory (RSS of gd-tui, ${target} updates at top speed)`);
    row("after the first frame", first);
    row("after 3 s idle", before);
    row(`after ${shown} updates`, after);
    console.log(
      `  growth                  ${mib(after - before)} from idle, ${mib(after - first)} from the first frame   (target within 20 MB = 19.1 MiB)`,
    );
    row(`after ${shownLater} updates`, later);
  } finally {
    await stop(pty);
  }
}
