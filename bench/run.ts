import { parseArgs } from "node:util";
import { benchData } from "./data.js";
import { runEngine, runPlainLoop } from "./engine.js";
import { benchLargeData } from "./large-data.js";
import { bestRates, heapAfterGc, mib, rate } from "./measure.js";
import { benchPanels } from "./panels.js";
import { benchRace } from "./race.js";
import { benchServeLoad } from "./serve-load.js";
import { benchSoak } from "./soak.js";
import { benchIdleCpu, benchMemory, benchOutputRate, benchStartup, stopAll } from "./tui.js";

// `npm run bench`: figures, not pass/fail; the targets are in the README and the issues.
// `npm run bench -- --soak` adds the long session (15 minutes; `--soak-minutes 2` to try it).
// `npm run bench:serve` runs the serve load benchmark alone (bench/serve-run.ts).
const { values: flags } = parseArgs({
  options: { soak: { type: "boolean" }, "soak-minutes": { type: "string" } },
});
const soakMinutes = flags["soak-minutes"] ? Number(flags["soak-minutes"]) : flags.soak ? 15 : 0;
if (!(soakMinutes >= 0 && Number.isFinite(soakMinutes))) {
  throw new Error(`--soak-minutes wants a number of minutes, not ${flags["soak-minutes"]}`);
}
const UPDATES = 10_000_000;

const { engine, plain } = bestRates(UPDATES, 7, { engine: runEngine, plain: runPlainLoop });
console.log("engine, headless (lecture problem, per-sample SGD)");
console.log(`  engine updates/s        ${rate(engine)}`);
console.log(`  plain loop updates/s    ${rate(plain)}`);
console.log(`  ratio engine/plain      ${(engine / plain).toFixed(2)}   (target >= 0.5)`);

let kept = runEngine(10_000);
const small = heapAfterGc();
kept = runEngine(UPDATES);
const large = heapAfterGc();
console.log("engine memory (heap after GC, run state kept alive)");
console.log(`  after 10 thousand       ${mib(small)}`);
console.log(`  after 10 million        ${mib(large)}`);
console.log(
  `  growth                  ${mib(large - small)}   (${kept.updates} updates; target: flat)`,
);

benchData();
const panels = benchPanels();
console.log("landscape, contour and fit panels, one 200x50 frame's worth (affine, mid-run)");
console.log(`  frames/s on 3 rows      ${panels.small.toFixed(0)}`);
console.log(`  frames/s on 1M rows     ${panels.large.toFixed(0)}`);
console.log(`  ratio 1M/3 rows         ${(panels.large / panels.small).toFixed(2)}   (target ~1)`);

// The dashboard in a real pseudo-terminal; every child is killed even when a figure fails.
try {
  await benchStartup();
  await benchOutputRate();
  await benchIdleCpu();
  await benchMemory();
  await benchRace();
  await benchLargeData();
  await benchServeLoad();
  if (soakMinutes > 0) await benchSoak(soakMinutes);
} finally {
  stopAll();
}
