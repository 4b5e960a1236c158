import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_FPS } from "../src/cli/options.js";
import { FOLLOWER_KEYS, READ_ONLY_NOTICE, REJOIN_MS } from "../src/ui/follow-keys.js";
import { DEFAULT_SPEED_INDEX, SPEEDS } from "../src/ui/ladder.js";
import { mib } from "./measure.js";
import { type Pty, ready, updateCount } from "./pty.js";
import { joinRoom, type SshViewer } from "./ssh-viewer.js";
import { clockTicks, cpuTicks, endlessRun, launch, rss, sleep, stop, WAIT_MS } from "./tui.js";

// A room on one laptop (issue 10, §5): the built `gd-tui serve` over loopback, ssh2 clients with
// 100x30 terminals, the server's CPU and memory read from /proc as any process's are.

const [COLS, ROWS] = [100, 30];
const SETTLE_MS = 1000;
const STEADY_MS = 4000;
const SAMPLE_MS = 250;
/** Clients signing in at once: a room arrives over a minute, not in one burst. */
const JOINING_AT_ONCE = 10;
const DEFAULT_SPEED = SPEEDS[DEFAULT_SPEED_INDEX] as number;
const KIB = 1024;

/** A port free right now on loopback; the server is told to take it (nothing else races here). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/** `gd-tui serve` for `viewers` from this one address, a run that never ends on its own. */
function startServe(port: number, viewers: number, isFollow: boolean): Pty {
  const room = String(viewers + 8);
  return launch({
    cols: COLS,
    rows: ROWS,
    args: [
      "serve",
      "--port",
      String(port),
      "--open",
      "--max-sessions",
      room,
      "--max-per-address",
      room,
      ...(isFollow ? ["--follow"] : []),
      ...endlessRun(1_000_000),
    ],
    env: { XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), "gd-tui-bench-")) },
  });
}

async function joinAll(port: number, count: number): Promise<SshViewer[]> {
  const viewers: SshViewer[] = [];
  for (let i = 0; i < count; i += JOINING_AT_ONCE) {
    const batch = Math.min(JOINING_AT_ONCE, count - i);
    const options = { port, cols: COLS, rows: ROWS, timeoutMs: WAIT_MS };
    viewers.push(...(await Promise.all(Array.from({ length: batch }, () => joinRoom(options)))));
  }
  return viewers;
}

/** The update counter on a screen, or undefined while it shows none. */
function shown(screen: readonly string[]): number | undefined {
  try {
    return updateCount(screen);
  } catch {
    return undefined;
  }
}

interface Steady {
  readonly seconds: number;
  /** Bytes per second each viewer received. */
  readonly rates: readonly number[];
  /** Server CPU time over wall time: 1 is one core. */
  readonly cores: number;
  /** The same for this process, all the clients and their emulators: a busy one reads late. */
  readonly clientCores: number;
  /** Shares of the time the server's main thread ran, and was ready to run but had no core. */
  readonly mainThread: readonly [running: number, waiting: number];
  readonly rss: number;
}

/** A settling second, then a few seconds of steady state, `sample` called every quarter second. */
async function steadyState(pid: number, viewers: readonly SshViewer[], sample: () => void) {
  await sleep(SETTLE_MS);
  const bytes = viewers.map((v) => v.bytes());
  const [ticks, start, own, queued] = [
    cpuTicks(pid),
    performance.now(),
    process.cpuUsage(),
    schedNs(pid),
  ];
  for (let at = 0; at < STEADY_MS; at += SAMPLE_MS) {
    await sleep(SAMPLE_MS);
    sample();
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    seconds,
    rates: viewers.map((v, i) => (v.bytes() - (bytes[i] as number)) / seconds),
    cores: (cpuTicks(pid) - ticks) / clockTicks() / seconds,
    clientCores: cpuSeconds(process.cpuUsage(own)) / seconds,
    mainThread: schedNs(pid).map((ns, i) => (ns - (queued[i] as number)) / 1e9 / seconds) as [
      number,
      number,
    ],
    rss: rss(pid),
  } satisfies Steady;
}

/**
 * Nanoseconds the process's main thread has spent on a core and waiting for one while runnable
 * (/proc/PID/schedstat): their sum near the wall time means the event loop never rested, and the
 * wait is other programs' doing on a shared machine.
 */
function schedNs(pid: number): [running: number, waiting: number] {
  const [running, waiting] = readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ");
  return [Number(running), Number(waiting)];
}

const cpuSeconds = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1e6;

function report(title: string, steady: Steady, live: string): void {
  const mean = steady.rates.reduce((a, b) => a + b, 0) / steady.rates.length;
  const row = (label: string, text: string) => console.log(`    ${label.padEnd(20)}${text}`);
  console.log(`  ${title}`);
  row(
    "per viewer",
    `${(mean / KIB).toFixed(1)} KiB/s mean, ${(Math.max(...steady.rates) / KIB).toFixed(1)} KiB/s max` +
      "   (target <= 16 KB/s = 15.6 KiB/s)",
  );
  row("all live", live);
  row("server CPU", `${(100 * steady.cores).toFixed(0)}% of one core   (target < 100%)`);
  row("server RSS", `${mib(steady.rss)}   (target < 400 MB = 381.5 MiB)`);
  const [running, waiting] = steady.mainThread.map((share) => (100 * share).toFixed(0));
  row(
    "server main thread",
    `${running}% running + ${waiting}% waiting for a core (near 100%: saturated)`,
  );
  row(
    "clients' CPU",
    `${(100 * steady.clientCores).toFixed(0)}% of one core (the benchmark's own)`,
  );
}

/**
 * `count` viewers following a presenter who runs at the default speed; with `isKeyFirst`, each
 * has pressed a key (refused: a dashboard of their own for a moment) and is back in the group.
 */
async function benchFollowers(count: number, isKeyFirst = false): Promise<void> {
  const port = await freePort();
  const presenter = startServe(port, count, true);
  let viewers: SshViewer[] = [];
  try {
    await ready(presenter, WAIT_MS);
    viewers = await joinAll(port, count);
    await Promise.all(viewers.map((v) => v.waitFor("following the presenter", WAIT_MS)));
    await presenter.waitFor(`${count} watching`, WAIT_MS);
    presenter.type(" ");
    await presenter.waitFor(/\brunning\b/, WAIT_MS);
    if (isKeyFirst) {
      const barOf = (screen: readonly string[]) => screen[ROWS - 2];
      for (const v of viewers) v.type("s");
      await Promise.all(
        viewers.map((v) => v.waitFor((s) => barOf(s) === READ_ONLY_NOTICE, WAIT_MS)),
      );
      const back = REJOIN_MS + WAIT_MS;
      await Promise.all(viewers.map((v) => v.waitFor((s) => barOf(s) === FOLLOWER_KEYS, back)));
    }
    const first = shown(presenter.screen()) ?? 0;
    const lags: number[] = [];
    const steady = await steadyState(presenter.pid, viewers, () => {
      const current = shown(presenter.screen()) ?? 0;
      for (const v of viewers) lags.push(Math.abs(current - (shown(v.screen()) ?? -Infinity)));
    });
    const rate = ((shown(presenter.screen()) ?? 0) - first) / (steady.seconds + SETTLE_MS / 1000);
    // Two frames' worth of updates at the default speed: the presenter's screen and a viewer's are
    // each up to a frame behind the run, read a moment apart.
    const allowed = Math.ceil((2 * DEFAULT_SPEED) / DEFAULT_FPS);
    const worst = Math.max(...lags);
    const within = lags.filter((lag) => lag <= allowed).length / lags.length;
    report(
      `${count} following a running presenter${isKeyFirst ? ", each back from a key of their own" : ""}`,
      steady,
      `${worst <= allowed ? "yes" : "NO"}: ${(100 * within).toFixed(0)}% of looks within ${allowed} updates, ` +
        `worst ${worst} (presenter at ${rate.toFixed(1)} updates/s)`,
    );
  } finally {
    for (const v of viewers) v.leave();
    await stop(presenter);
  }
}

/** `count` viewers, each running their own dashboard at the default speed. */
async function benchOwnDashboards(count: number): Promise<void> {
  const port = await freePort();
  const server = startServe(port, count, false);
  let viewers: SshViewer[] = [];
  try {
    await server.waitFor("connect: ", WAIT_MS);
    viewers = await joinAll(port, count);
    await Promise.all(viewers.map((v) => v.waitFor("q quit", WAIT_MS)));
    for (const v of viewers) v.type(" ");
    await Promise.all(viewers.map((v) => v.waitFor(/\brunning\b/, WAIT_MS)));
    let before: number[] = [];
    const steady = await steadyState(server.pid, viewers, () => {
      if (before.length === 0) before = viewers.map((v) => shown(v.screen()) ?? 0);
    });
    // Counted from the first sample, a quarter second into the window.
    const seconds = steady.seconds - SAMPLE_MS / 1000;
    const rates = viewers.map(
      (v, i) => ((shown(v.screen()) ?? 0) - (before[i] as number)) / seconds,
    );
    const slowest = Math.min(...rates);
    report(
      `${count} viewers, each their own dashboard running`,
      steady,
      `${slowest >= 0.8 * DEFAULT_SPEED ? "yes" : "NO"}: updates/s per viewer ${slowest.toFixed(1)} to ${Math.max(...rates).toFixed(1)}` +
        `   (target: the default ${DEFAULT_SPEED}/s each)`,
    );
  } finally {
    for (const v of viewers) v.leave();
    await stop(server);
  }
}

export async function benchServeLoad(): Promise<void> {
  console.log(
    `serve load (ssh2 clients over loopback, ${COLS}x${ROWS}, default speed, ${STEADY_MS / 1000} s steady)`,
  );
  for (const count of [10, 50, 100]) await benchFollowers(count);
  await benchFollowers(50, true);
  await benchOwnDashboards(20);
}
