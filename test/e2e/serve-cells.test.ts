import type { ClientChannel } from "ssh2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Pty, ready, startPty, updateCount } from "../../bench/pty.js";
import { connect, type Served, shell, startServe, WAIT_MS } from "../serve/helpers.js";
import { cells, terminal, written } from "../term/xterm-screen.js";
import { isRelaidOut, WALK_KEYS, WALK_SIZES } from "./screen-walk.js";

// A serve viewer's bytes, as an ssh2 client receives them (the server's cell-diff writer, `\n`
// sent as `\r\n`), against gd-tui on a local terminal drawn by Ink's whole frames
// (GD_TUI_RENDERER=ink): replayed into fresh emulators, every cell and its colours must match,
// after keys and after window changes, narrower and wider.

const TEST_MS = 90_000;
const BEGIN = "\x1b[?2026h";
const END = "\x1b[?2026l";

/** What a channel has sent so far, and its screen replayed into a fresh emulator. */
function watch(channel: ClientChannel) {
  const chunks: Buffer[] = [];
  channel.on("data", (data: Buffer) => chunks.push(data));
  const bytes = () => Buffer.concat(chunks).toString("utf8");
  return { bytes, replay: (columns: number, rows: number) => replay(bytes(), columns, rows) };
}

async function replay(bytes: string, columns: number, rows: number) {
  const term = terminal(columns, rows);
  await written(term, bytes);
  const buffer = term.buffer.active;
  const text = Array.from({ length: rows }, (_, y) => buffer.getLine(y)?.translateToString(true));
  return { cells: cells(term), text: text as string[] };
}

/** Polls until both screens hold `test` and are the same cell for cell, or the time is up. */
async function sameScreens(
  viewer: ReturnType<typeof watch>,
  local: Pty,
  columns: number,
  rows: number,
  test: (screen: readonly string[]) => boolean,
) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const a = await viewer.replay(columns, rows);
    const b = await replay(local.output(), columns, rows);
    const isDone =
      test(a.text) && test(b.text) && JSON.stringify(a.cells) === JSON.stringify(b.cells);
    if (isDone || Date.now() > deadline) {
      expect(a.text).toEqual(b.text);
      expect(a.cells).toEqual(b.cells);
      return a.text;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a gd-tui serve viewer through the cell-diff writer", () => {
  let served: Served;
  const started: Pty[] = [];
  beforeAll(async () => {
    served = await startServe(["--open"]);
  });
  afterAll(async () => {
    for (const pty of started) pty.kill("SIGKILL");
    expect(await served.stop()).toBe(0);
  });

  it("sees what Ink's whole frames show on a local terminal, through keys and window changes", {
    timeout: TEST_MS,
  }, async () => {
    const local = startPty({ cols: 100, rows: 30, env: { GD_TUI_RENDERER: "ink" } });
    started.push(local);
    const client = await connect(served.port);
    const channel = await shell(
      client,
      { rows: 30, cols: 100, term: "xterm-256color" },
      { env: { LANG: "C.UTF-8" } },
    );
    const viewer = watch(channel);
    await ready(local, WAIT_MS);
    const isDashboard = (s: readonly string[]) => s.join("\n").includes("q quit");
    await sameScreens(viewer, local, 100, 30, isDashboard);
    for (const [key, update] of WALK_KEYS) {
      local.type(key);
      channel.write(key);
      await sameScreens(viewer, local, 100, 30, (s) => updateCount(s) === update);
    }
    for (const [columns, rows] of WALK_SIZES) {
      local.resize(columns, rows);
      channel.setWindow(rows, columns, 0, 0);
      await sameScreens(viewer, local, columns, rows, isRelaidOut(columns, rows));
    }
    const bytes = viewer.bytes();
    // One clear per window change, none otherwise; every byte inside a synchronized frame.
    expect(bytes.split("\x1b[2J")).toHaveLength(5);
    const frames = bytes.split(END);
    expect(frames.at(-1)).toBe("");
    for (const frame of frames.slice(0, -1)) expect(frame.startsWith(BEGIN)).toBe(true);
    // Less than Ink's whole frames by far.
    expect(Buffer.byteLength(bytes) * 2).toBeLessThan(local.bytesWritten());
    channel.write("q");
    await new Promise((resolve) => channel.on("close", resolve));
    client.end();
  });
});
