#!/usr/bin/env node
import { runCli } from "./app.js";

// The one place that touches the process: streams in, exit code out.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // A closed pipe (`gd-tui --print | head -1`) is the reader saying it has enough.
  if (error.code !== "EPIPE") throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
