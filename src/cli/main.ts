#!/usr/bin/env node
import { openSync } from "node:fs";
import { ReadStream } from "node:tty";
import { setFlagsFromString } from "node:v8";
import { escapeControls } from "../core/quote.js";
import { runCli, version } from "./app.js";
import type { DashboardIo } from "./dashboard.js";
import { InputError } from "./input-error.js";

// The one place that touches the process: streams, environment and terminal in, exit code out.
let hasOutputFailed = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // A closed pipe (`gd-tui --print | head -1`) is the reader saying it has enough.
  if (error.code === "EPIPE" || hasOutputFailed) return;
  // A full disk (ENOSPC), a closed descriptor (EBADF), a terminal gone (EIO): the output is lost,
  // and whoever ran gd-tui must hear it from the exit code and one line, not a stack trace.
  hasOutputFailed = true;
  process.exitCode = 1;
  const what = error.message.replace(/^[A-Z]+: /, "").replace(/, write$/, "");
  process.stderr.write(
    `gd-tui: cannot write the output: ${escapeControls(what)}${error.code ? ` (${error.code})` : ""}\n`,
  );
});
// With stderr gone as well there is nobody left to tell; the exit code still says it.
process.stderr.on("error", () => {});

function openTerminal(): ReadStream {
  try {
    return new ReadStream(openSync("/dev/tty", "r"));
  } catch {
    throw new InputError(
      "no terminal to read keys from (/dev/tty); use --print to run without one",
    );
  }
}

/**
 * How the dashboard draws on this process's terminal: the changed cells (GD_TUI_RENDERER picks
 * Ink's own renderers for the benchmark), redrawn on every SIGWINCH. Node refreshes stdout's size
 * in its own SIGWINCH listener, added before this one.
 */
function terminalDrawing(): Pick<DashboardIo, "renderer" | "onWindowChange"> {
  const renderer = process.env.GD_TUI_RENDERER;
  return {
    renderer: renderer === "ink" || renderer === "ink-lines" ? renderer : "cells",
    onWindowChange: (listener) => {
      process.on("SIGWINCH", listener);
      return () => process.off("SIGWINCH", listener);
    },
  };
}

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  serve: async (args) => {
    // Ink decides at load whether it runs in CI (then it draws nothing until exit), and chalk
    // whether to colour from this process's stdout: neither is the viewers' terminal. Each
    // viewer's theme decides colour instead. Set before Ink loads.
    delete process.env.CI;
    delete process.env.CONTINUOUS_INTEGRATION;
    process.env.FORCE_COLOR = "1";
    process.env.NODE_ENV ??= "production";
    // `on`, not `once`: Ink's signal-exit handler kills the process when it finds itself the
    // only listener left, before the server could give viewers their terminals back.
    const stopped = new Promise((resolve) => {
      for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, resolve);
    });
    const { runServe } = await import("./serve.js");
    return runServe(args, {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      stopped,
      terminal:
        process.stdout.isTTY && process.stdin.isTTY
          ? { stdin: process.stdin, stdout: process.stdout }
          : undefined,
    });
  },
  dashboard: process.stdout.isTTY
    ? async (configs, options, isStdinData, specs) => {
        // With the data on stdin, keys come from the controlling terminal, as less and fzf do.
        const stdin = isStdinData || !process.stdin.isTTY ? openTerminal() : process.stdin;
        // React's development build adds a performance.measure entry for each component render
        // (~300 a second while running) to a buffer nothing clears, so a long session's memory
        // would grow without bound; its production build does not, and renders faster. A
        // NODE_ENV set by the user is kept.
        process.env.NODE_ENV ??= "production";
        // Ink and React load only for the dashboard; --print and pipes start without them.
        const { runDashboard, runRecordedDashboard, themeFor } = await import("./dashboard.js");
        // Loading Ink and React grew V8's young generation from 2 to 16 MB; left to grow, it
        // doubled again at the first frames or at top speed, or not, by chance: one session's
        // resident size then differed from another's by 16 MB. Its growth stops here (any V8
        // flag on the #! line would cost ~25 ms of start-up: Node's built-in code cache is used
        // only with default flags; stopped before loading, ~40 ms of scavenges while loading).
        setFlagsFromString("--semi-space-growth-factor=1");
        const theme = themeFor(process.env, options);
        const io = { stdin, stdout: process.stdout, stderr: process.stderr, ...terminalDrawing() };
        const running =
          options.record === undefined
            ? runDashboard(configs, options.fps, theme, io).then(() => 0)
            : runRecordedDashboard(configs, options.fps, theme, io, {
                file: options.record,
                specs,
                version: await version(),
              });
        const done = running.finally(() => {
          if (stdin !== process.stdin) stdin.destroy();
        });
        // The first frame is drawn by now. The old generation may grow 10% past what survived
        // its last full collection, not up to 4×: at top speed it filled 15 → 34 MB (promoted
        // garbage, the engine's tape chunks with it) before its first one, RSS peaking at
        // +46 MiB after 5 s. With the cap it stays under 20 MB, for ~10% of the top speed
        // (--optimize-for-size did as well for memory, at half the speed). bench/soak.ts shows
        // the split.
        setFlagsFromString("--heap-growing-percent=10");
        return done;
      }
    : undefined,
  replayDashboard: process.stdout.isTTY
    ? async (recording, options) => {
        const stdin = process.stdin.isTTY ? process.stdin : openTerminal();
        process.env.NODE_ENV ??= "production";
        const { runReplayDashboard, themeFor } = await import("./dashboard.js");
        const fps = options.fps ?? recording.header.terminal.fps;
        const io = { stdin, stdout: process.stdout, stderr: process.stderr, ...terminalDrawing() };
        await runReplayDashboard(recording, fps, themeFor(process.env, options), io).finally(() => {
          if (stdin !== process.stdin) stdin.destroy();
        });
        return 0;
      }
    : undefined,
});
// An output error can come before or after the run ends: either way it decides the exit code.
process.exitCode = hasOutputFailed ? 1 : code;
