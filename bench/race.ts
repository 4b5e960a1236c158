import { mib } from "./measure.js";
import { updateCount } from "./pty.js";
import { dashboard, endlessRun, rss, runAtTopSpeed, sleep, stop, WAIT_MS } from "./tui.js";

// A race in the dashboard at top speed: how fast the front moves with one run and with eight, and
// how much memory eight take. Figures from the built CLI in a pseudo-terminal, as a class sees it.

const EIGHT = ["sgd", "momentum", "nesterov", "adam", "adamw", "rmsprop", "adagrad", "nadam"];

const racerArgs = (optimizers: readonly string[]) => optimizers.flatMap((o) => ["--optimizer", o]);

/** Updates a second of the race's front over `seconds`, at top speed, after a second's warm-up. */
async function frontRate(optimizers: readonly string[], seconds: number): Promise<number> {
  const pty = await dashboard(100, 30, [...endlessRun(1e9), ...racerArgs(optimizers)]);
  try {
    await runAtTopSpeed(pty);
    await sleep(1000);
    const [from, start] = [updateCount(pty.screen()), performance.now()];
    await sleep(seconds * 1000);
    const [to, end] = [updateCount(pty.screen()), performance.now()];
    return ((to - from) * 1000) / (end - start);
  } finally {
    await stop(pty);
  }
}

/**
 * Updates a second at top speed with one run and with eight racers (each racer does the front's
 * updates, so eight do eight times the work): eight SGDs, like for like with the one run, and eight
 * different optimizers, which cost what their own loops cost (NAdam's is ~50x slower than SGD's),
 * taken one after the other on the same machine; then RSS growth over a minute at top speed with
 * the eight, long enough for a heap still growing to show it.
 */
export async function benchRace(seconds = 5): Promise<void> {
  const one = await frontRate(["sgd"], seconds);
  const sgds = await frontRate(
    Array.from({ length: 8 }, () => "sgd"),
    seconds,
  );
  const eight = await frontRate(EIGHT, seconds);
  console.log(`race in the dashboard at top speed (100x30, ${seconds} s)`);
  console.log(`  1 run (SGD), updates/s  ${one.toFixed(0)}`);
  console.log(
    `  8 SGD racers            ${sgds.toFixed(0)} each, ${(8 * sgds).toFixed(0)} in all   (ratio in all/1 run ${((8 * sgds) / one).toFixed(2)})`,
  );
  console.log(
    `  8 optimizers            ${eight.toFixed(0)} each, ${(8 * eight).toFixed(0)} in all   (${EIGHT.join(", ")})`,
  );
  const pty = await dashboard(100, 30, [...endlessRun(1e9), ...racerArgs(EIGHT)]);
  try {
    await sleep(3000);
    const before = rss(pty.pid);
    await runAtTopSpeed(pty);
    await pty.waitFor(/\brunning\b/, WAIT_MS);
    // A look every second: the highest counts, not only where the last look happened to fall.
    let highest = 0;
    for (let s = 0; s < 12 * seconds; s++) {
      await sleep(1000);
      highest = Math.max(highest, rss(pty.pid));
    }
    const after = rss(pty.pid);
    const shown = updateCount(pty.screen());
    console.log(
      `  RSS growth, 8 racers    ${mib(after - before)} after ${12 * seconds} s, ${mib(highest - before)} at the highest (${shown} updates each)   (target within 20 MB = 19.1 MiB)`,
    );
  } finally {
    await stop(pty);
  }
}
