#!/usr/bin/env -S node --max-semi-space-size=4
// A 4 MB young generation: the dashboard makes a little garbage every frame, and at top speed V8
// would otherwise grow its nursery towards its 16 MB default, raising the resident size of a long
// session by 20 MB and more for no live data.
import { openSync } from "node:fs";
import { ReadStream } from "node:tty";
import { runCli } from "./app.js";
import { InputError } from "./input-error.js";

// The one place that touches the process: streams, environment and terminal in, exit code out.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // A closed pipe (`gd-tui --print | head -1`) is the reader saying it has enough.
  if (error.code !== "EPIPE") throw error;
});

function openTerminal(): ReadStream {
  try {
    return new ReadStream(openSync("/dev/tty", "r"));
  } catch {
    throw new InputError(
      "no terminal to read keys from (/dev/tty); use --print to run without one",
    );
  }
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  dashboard: process.stdout.isTTY
    ? async (config, options, isStdinData) => {
        // With the data on stdin, keys come from the controlling terminal, as less and fzf do.
        const stdin = isStdinData || !process.stdin.isTTY ? openTerminal() : process.stdin;
        // Ink and React load only for the dashboard; --print and pipes start without them.
        const { runDashboard, themeFor } = await import("./dashboard.js");
        return runDashboard(config, options.fps, themeFor(process.env, options), {
          stdin,
          stdout: process.stdout,
          stderr: process.stderr,
        }).finally(() => {
          if (stdin !== process.stdin) stdin.destroy();
        });
      }
    : undefined,
});
