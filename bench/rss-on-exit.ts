import { writeSync } from "node:fs";

// Loaded with `node --import` ahead of the bin: its peak resident size, in KiB, as the last line
// on stderr, so the benchmark measures the CLI as a user runs it.
process.on("exit", () => {
  writeSync(2, `maxrss ${process.resourceUsage().maxRSS}\n`);
});
