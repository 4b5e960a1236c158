import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MAIN, ROOT } from "./pty.js";

// A million rows read by the built CLI from a CSV and from the same data as JSON, runs alternated
// so that a busy machine slows both alike: the best time of each and its peak resident size.

const ROWS = 1_000_000;
const RUNS = 5;
const TMP = join(ROOT, ".bench-tmp");
const PRELOAD = join(ROOT, "dist/bench/rss-on-exit.js");

/** The same million rows as CSV and as JSON (about 30 MB each), written for this run. */
function writeData(): { csv: string; json: string } {
  mkdirSync(TMP, { recursive: true });
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < ROWS; i++) {
    const x = (i % 1000) / 100 + 0.123456789012;
    xs.push(x);
    ys.push(2 * x + ((i * 7919) % 1000) / 1e4);
  }
  const csv = join(TMP, "rows-1m.csv");
  const json = join(TMP, "rows-1m.json");
  writeFileSync(csv, `x,y\n${xs.map((x, i) => `${x},${ys[i]}`).join("\n")}\n`);
  writeFileSync(json, JSON.stringify({ x: xs, y: ys }));
  return { csv, json };
}

interface Read {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly rssKib: number;
}

function readOnce(file: string): Read {
  const args = ["--import", PRELOAD, MAIN, "--print", "--format", "summary", "--epochs", "1"];
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [...args, "--data", file], { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const [, rss, cpu] = /maxrss (\d+) cpu (\d+)\n$/.exec(run.stderr) ?? [];
  if (run.status !== 0 || cpu === undefined || !run.stdout.startsWith(`updates=${ROWS} `)) {
    throw new Error(`gd-tui --data ${file} failed: ${run.stderr}`);
  }
  return { seconds, cpuSeconds: Number(cpu) / 1e6, rssKib: Number(rss) };
}

export function benchData(): void {
  const files = writeData();
  const kinds = ["csv", "json"] as const;
  const time = { csv: Number.POSITIVE_INFINITY, json: Number.POSITIVE_INFINITY };
  const cpu = { ...time };
  const rss = { csv: 0, json: 0 };
  for (let i = 0; i < RUNS; i++) {
    for (const kind of kinds) {
      const read = readOnce(files[kind]);
      time[kind] = Math.min(time[kind], read.seconds);
      cpu[kind] = Math.min(cpu[kind], read.cpuSeconds);
      rss[kind] = Math.max(rss[kind], read.rssKib);
    }
  }
  const line = (kind: (typeof kinds)[number]) =>
    `${time[kind].toFixed(2)} s, CPU ${cpu[kind].toFixed(2)} s, peak RSS ${((rss[kind] * 1024) / 1e6).toFixed(0)} MB`;
  console.log(`data files, 1M rows (--print --format summary --epochs 1, best of ${RUNS})`);
  console.log(`  CSV                     ${line("csv")}`);
  console.log(`  JSON                    ${line("json")}`);
  console.log(
    `  ratio CSV/JSON          ${(time.csv / time.json).toFixed(2)} in time, ${(cpu.csv / cpu.json).toFixed(2)} in CPU   (target <= 1.5; CSV RSS target < 400 MB)`,
  );
}
