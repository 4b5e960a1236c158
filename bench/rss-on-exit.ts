import { writeSync } from "node:fs";

// Loaded with `node --import` ahead of the bin: its peak resident size (KiB) and the CPU time it
// used (microseconds, all threads) as the last line on stderr, so the benchmark measures the CLI
// as a user runs it. CPU time hardly moves when other work shares the cores; wall time does.
process.on("exit", () => {
  const usage = process.resourceUsage();
  writeSync(2, `maxrss ${usage.maxRSS} cpu ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
