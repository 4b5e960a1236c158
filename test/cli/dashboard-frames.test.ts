import { EventEmitter } from "node:events";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { DashboardIo } from "../../src/cli/dashboard.js";
import { lectureConfig, PLAIN } from "../ui/helpers.js";

// The dashboard as main.ts runs it (Ink's render with gd-tui's options, the real runner and
// engine) on fake terminal streams and a fake clock: what is on "screen" is the last frame Ink
// wrote. Only the engine's time budget reads the real clock, so a top-speed tick does a real
// frame's work.

// Ink believes it runs in CI when CI is set, and then writes nothing until exit. It reads the
// variable when it loads, and the helpers import it (through ink-testing-library): hoisted, this
// runs before every import of the file.
vi.hoisted(() => {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
});
let runDashboard: typeof import("../../src/cli/dashboard.js").runDashboard;
beforeAll(async () => {
  ({ runDashboard } = await import("../../src/cli/dashboard.js"));
});

afterEach(() => {
  vi.useRealTimers();
});

class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  readonly columns = 100;
  readonly rows = 30;
  readonly writes: string[] = [];
  write(chunk: string): boolean {
    this.writes.push(chunk);
    return true;
  }
}

/** Ink's stdin as a terminal's: raw mode, and one chunk handed to each `readable`. */
class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private data: string | null = null;
  type(keys: string): void {
    this.data = keys;
    this.emit("readable");
  }
  read(): string | null {
    const { data } = this;
    this.data = null;
    return data;
  }
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

// React renders an update made outside its own handlers, and runs effects (the runner's timer,
// Ink's stdin listener), from a setImmediate it took when it loaded, before any fake clock: real
// turns of the event loop let them run.
const realImmediate = globalThis.setImmediate;
const turn = () => new Promise<void>((resolve) => realImmediate(() => resolve()));
/** Two turns: a key's render happens in a microtask of the first, its effects in the next. */
const effects = async () => {
  await turn();
  await turn();
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI sequences are what it removes
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;

function start() {
  // Timers and Date (Ink's render limit reads Date.now) are fake; performance.now, the engine's
  // budget clock, is not.
  vi.useFakeTimers({
    toFake: [
      "setTimeout",
      "clearTimeout",
      "setInterval",
      "clearInterval",
      "setImmediate",
      "clearImmediate",
      "Date",
    ],
  });
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  const io = { stdin, stdout, stderr: new FakeStdout() } as unknown as DashboardIo;
  const config = lectureConfig({ maxEpochs: 1e12, tolLoss: 0, tolGrad: 0 });
  const done = runDashboard([config], 12, PLAIN, io);
  /** The header's two lines of the last frame Ink wrote. */
  const header = () => headerOf(stdout.writes.findLast((w) => w.includes("q quit")) ?? "\n");
  /** Types keys and lets what follows in the same turn run (microtasks, effects); no timer fires. */
  const press = async (keys: string) => {
    stdin.type(keys);
    await effects();
  };
  /** Moves the fake clock on by `ms`, firing the timers due, then lets their renders run. */
  const advance = async (ms: number) => {
    await vi.advanceTimersByTimeAsync(ms);
    await effects();
  };
  /** `q`, then the fake clock moved on a frame at a time until the dashboard has exited. */
  const quit = async () => {
    let isDone = false;
    void done.then(() => {
      isDone = true;
    });
    await press("q");
    for (let i = 0; i < 20 && !isDone; i++) await advance(FRAME_MS);
    await done;
  };
  return { header, press, advance, quit, stdout };
}

/** The header's two lines of a frame Ink wrote. */
function headerOf(write: string): [string, string] {
  const lines = write.replace(ANSI, "").split("\n");
  return [lines[0] ?? "", lines[1] ?? ""];
}

const updateOf = (line: string) => Number(/\bupdate (\d+)/.exec(line)?.[1]);
const FRAME_MS = 1000 / 12;

describe("the dashboard's frames", () => {
  it("draws a key mid-frame at top speed before the next tick's engine slice", async () => {
    const { header, press, advance, quit, stdout } = start();
    await effects();
    // Keys typed this fast are applied at most twice a frame: each waits out the rest of that.
    const key = async (keys: string) => {
      await press(keys);
      await advance(FRAME_MS / 2 + 1);
    };
    for (let i = 0; i < 40 && !header()[1].includes("max speed"); i++) await key(">");
    expect(header()[1]).toContain("max speed");
    await key(" ");
    await advance(FRAME_MS + 1);
    const [lrLine, running] = header();
    expect(running).toContain("running");
    const shown = updateOf(running);
    expect(shown).toBeGreaterThan(0);

    // Halfway to the next tick, `+` raises the learning rate: it is drawn before the next tick's
    // engine slice, at once or (keys a moment apart) first thing in that tick: the first frame
    // with the new rate still has the last tick's updates and none of the next one's.
    await advance(FRAME_MS / 2);
    const written = stdout.writes.length;
    const last = updateOf(header()[1]);
    await press("+");
    await advance(FRAME_MS / 2 + 1);
    const firstNew = stdout.writes
      .slice(written)
      .filter((w) => w.includes("q quit"))
      .map(headerOf)
      .find(([lr]) => lr !== lrLine);
    expect(firstNew?.[1]).toContain("running");
    expect(updateOf(firstNew?.[1] ?? "")).toBe(last);
    // That tick then runs its slice and draws it.
    expect(updateOf(header()[1])).toBeGreaterThan(last);

    // Space, mid-frame again: "paused" is drawn before any further update is done.
    await advance(FRAME_MS / 3);
    const before = updateOf(header()[1]);
    await press(" ");
    await advance(FRAME_MS);
    expect(header()[1]).toContain("paused");
    expect(updateOf(header()[1])).toBe(before);
    await advance(3 * FRAME_MS);
    expect(updateOf(header()[1])).toBe(before);

    await quit();
  });

  it("draws a chunk of keys (a paste) as one frame", async () => {
    const { header, press, quit, stdout } = start();
    await effects();
    const frames = () => stdout.writes.filter((w) => w.includes("q quit")).length;
    const before = frames();
    // Five steps in one chunk of input, drawn at once: one frame, five updates on it (React
    // renders the updates of one turn together; Ink draws each render).
    await press("sssss");
    expect(updateOf(header()[1])).toBe(5);
    expect(frames()).toBe(before + 1);
    await quit();
  });
});
