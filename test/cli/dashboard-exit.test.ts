import { PassThrough, Writable } from "node:stream";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { lectureConfig, PLAIN } from "../ui/helpers.js";

// The terminal given back when the dashboard ends, whatever its stdout's pace: Ink's last writes
// (the leaving of the alternate screen, the cursor shown) must reach it even when they are queued
// behind a frame the terminal has not taken yet.

// Ink writes nothing until exit when CI is set, and reads it when it loads (see
// dashboard-frames.test.ts): unset before any import.
vi.hoisted(() => {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
});
let runDashboard: typeof import("../../src/cli/dashboard.js").runDashboard;
beforeAll(async () => {
  ({ runDashboard } = await import("../../src/cli/dashboard.js"));
});

/** A terminal whose writes complete after `delayMs` (0: at once), buffering `highWaterMark`. */
function terminal(delayMs: number, highWaterMark: number, onFrame: () => void) {
  const chunks: string[] = [];
  const stdout = Object.assign(
    new Writable({
      highWaterMark,
      decodeStrings: false,
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        if (String(chunk).length > 1000) onFrame();
        if (delayMs > 0) setTimeout(done, delayMs);
        else done();
      },
    }),
    { isTTY: true, columns: 100, rows: 30 },
  );
  return { stdout, written: () => chunks.join("") };
}

function keyboard() {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  return Object.assign(stdin, {
    setRawMode: () => stdin,
    ref: () => stdin,
    unref: () => stdin,
  });
}

describe("the terminal given back when the dashboard ends", () => {
  it.each([
    { name: "writes taken at once", delayMs: 0, highWaterMark: 16384 },
    { name: "writes taken at once, a small buffer", delayMs: 0, highWaterMark: 8 },
    {
      name: "writes taken 50 ms later (its buffer full at the end)",
      delayMs: 50,
      highWaterMark: 8,
    },
  ])(
    "leaves the alternate screen and shows the cursor: $name",
    async ({ delayMs, highWaterMark }) => {
      const stop = new AbortController();
      // Ended right after its first whole frame, with that frame still being taken.
      const { stdout, written } = terminal(delayMs, highWaterMark, () =>
        setImmediate(() => stop.abort()),
      );
      const io = {
        stdin: keyboard() as unknown as NodeJS.ReadStream,
        stdout: stdout as unknown as NodeJS.WriteStream,
        stderr: stdout as unknown as NodeJS.WriteStream,
        signal: stop.signal,
        renderer: "cells" as const,
        onWindowChange: () => () => {},
      };
      await runDashboard([lectureConfig()], 12, PLAIN, io);
      await new Promise((resolve) => setTimeout(resolve, 4 * delayMs + 20));
      const all = written();
      const entered = all.indexOf("\x1b[?1049h");
      expect(entered).toBeGreaterThanOrEqual(0);
      expect(all.indexOf("\x1b[?1049l")).toBeGreaterThan(entered);
      // Ink shows the cursor as it unmounts, then the alternate screen is left.
      expect(all.lastIndexOf("\x1b[?25h")).toBeGreaterThan(all.lastIndexOf("\x1b[?25l"));
    },
  );
});
