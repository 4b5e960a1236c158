import { connect as tcpConnect } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import ssh2 from "ssh2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../bench/pty.js";
import type { RunningServer } from "../../src/serve/server.js";
import { MAX_BACKLOG } from "../../src/serve/terminal.js";
import { cells, terminal, written } from "../term/xterm-screen.js";
import { channelScreen, connect, drain, shell, WAIT_MS } from "./helpers.js";

// Broken and hostile clients against a server in this process (so that its memory can be read),
// each while another viewer is being served: nobody's trouble reaches anyone else.

// Generous: these run real servers and clients, and a loaded machine slows them several times over.
const TEST_MS = 90_000;
const END = "\x1b[?2026l";
let server: RunningServer;
let gc: () => void;

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

/** The counter on a viewer's screen (NaN while there is none). */
function lastUpdate(lines: readonly string[]): number {
  return Number(/\bupdate (\d+)\b/.exec(lines.slice(0, 2).join("\n"))?.[1] ?? Number.NaN);
}

const isDashboard = (lines: readonly string[]) => lines.join("\n").includes("q quit");

/** A well-behaved viewer: signs in, sees the dashboard, steps once, quits. */
async function politeViewer(): Promise<void> {
  const client = await connect(server.port);
  const channel = await shell(client);
  const screen = channelScreen(channel, 100, 30);
  await screen.waitFor(isDashboard);
  const ended = drain(channel);
  channel.write("s");
  await screen.waitFor((lines) => lastUpdate(lines) === 1);
  channel.write("q");
  expect((await ended).code).toBe(0);
  client.end();
}

async function settled(): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const stats = server.stats();
    if (stats.connections === 0 && stats.viewers === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`still open: ${JSON.stringify(server.stats())}`);
}

let baseline = 0;

beforeAll(async () => {
  // As the CLI does before Ink loads: Ink draws nothing in CI, React's development build keeps a
  // timing entry per render.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  process.env.NODE_ENV = "production";
  setFlagsFromString("--expose-gc");
  gc = runInNewContext("gc") as () => void;
  const { startServer } = await import("../../src/serve/server.js");
  // The built dashboard, compiled for React's production build as the bin runs it (vitest's own
  // transform would ask for the development build's JSX).
  const built = `${ROOT}/dist/src/cli/dashboard.js`;
  const { runDashboard } = (await import(built)) as typeof import("../../src/cli/dashboard.js");
  const { buildConfig, parseOptions } = await import("../../src/cli/options.js");
  const { viewerIo } = await import("../../src/cli/serve.js");
  const { PRESETS } = await import("../../src/core/presets.js");
  // The lecture as the CLI builds it, long enough never to end during these tests.
  const config = buildConfig(
    parseOptions(["--epochs", "100000", "--tol-loss", "0", "--tol-grad", "0"]),
    PRESETS.lecture3.data,
  );
  server = await startServer({
    host: "127.0.0.1",
    port: 0,
    hostKey: Buffer.from(ssh2.utils.generateKeyPairSync("ed25519").private),
    access: { kind: "open" },
    maxSessions: 64,
    idleTimeoutMs: 60_000,
    log: (line) => process.stderr.write(`${line}\n`),
    startViewer: (viewer) =>
      runDashboard([config], 12, { isColor: false, isAscii: true }, viewerIo(viewer)),
  });
  // Warm up (Ink, React, the engine's compiled kernels), then the memory to come back to.
  await politeViewer();
  await settled();
  baseline = heapAfterGc();
}, TEST_MS);

afterAll(async () => {
  await server?.close();
});

describe("hostile and broken clients", () => {
  it("draws a 0x0 pty at 80x24 and a 10000x10000 one at most 500x200", {
    timeout: TEST_MS,
  }, async () => {
    const tiny = await connect(server.port);
    const tinyScreen = channelScreen(await shell(tiny, { rows: 0, cols: 0 }), 80, 24);
    expect((await tinyScreen.waitFor(isDashboard)).join("\n")).toContain("Gradient log");
    tiny.end();
    const huge = await connect(server.port);
    // Larger than the server draws, so that anything past 500x200 would show.
    const hugeScreen = channelScreen(await shell(huge, { rows: 10_000, cols: 10_000 }), 600, 250);
    const lines = await hugeScreen.waitFor(isDashboard);
    expect(Math.max(...lines.map((line) => line.length))).toBe(500);
    expect(lines.slice(200).every((line) => line === "")).toBe(true);
    huge.end();
    await politeViewer();
  });

  it("follows a storm of window changes to the last size", { timeout: TEST_MS }, async () => {
    const client = await connect(server.port);
    const channel = await shell(client);
    await channelScreen(channel, 100, 30).waitFor(isDashboard);
    const screen = channelScreen(channel, 80, 24);
    for (let i = 0; i < 2000; i++) channel.setWindow(24 + (i % 40), 80 + (i % 90), 0, 0);
    channel.setWindow(30, 100, 0, 0);
    channel.setWindow(24, 80, 0, 0);
    // The compact layout's key bar, whole on the last line of 24.
    await screen.waitFor((lines) => /space run\/pause.*\? help {2}q quit$/.test(lines[22] ?? ""));
    const bytes = screen.bytes();
    // One clear a period of window changes at most (2000 arrive well within a second).
    expect(bytes.split("\x1b[2J").length - 1).toBeLessThanOrEqual(12);
    await politeViewer();
    client.end();
  });

  it("holds back a flood of keys to the key rate", { timeout: TEST_MS }, async () => {
    const client = await connect(server.port);
    const channel = await shell(client);
    const screen = channelScreen(channel, 100, 30);
    await screen.waitFor(isDashboard);
    const started = performance.now();
    const chunk = Buffer.alloc(32 * 1024, "s");
    let sent = 0;
    // 16 MiB of `s`, as fast as the link takes it (bounded in bytes and in time).
    while (sent < 16 * 1024 * 1024 && performance.now() - started < 3000) {
      // The server stops taking keys past the rate, so the link's window closes: wait a little.
      if (!channel.write(chunk)) {
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, 200);
          channel.once("drain", () => resolve(clearTimeout(timer)));
        });
      }
      sent += chunk.length;
    }
    await politeViewer();
    const seconds = (performance.now() - started) / 1000 + 1;
    const shown = lastUpdate(await screen.waitFor((lines) => lastUpdate(lines) > 0));
    // The bucket: a burst of 1024 keys, then 256 a second.
    expect(shown).toBeLessThanOrEqual(1024 + 256 * seconds);
    expect(sent).toBeGreaterThan(shown * 10);
    client.end();
  });

  it("holds one screen for a client that stops reading, and catches it up when it reads again", {
    timeout: TEST_MS,
  }, async () => {
    const client = await connect(server.port);
    // A client that reads nothing more once its first window is used: it opens the channel with
    // a window of 64 KiB (the first screen, ~15 KiB, fits) and never adds to it until told to.
    type Protocol = {
      session(channel: number, window: number, packet: number): void;
      channelWindowAdjust(channel: number, amount: number): void;
    };
    const protocol = (client as unknown as { _protocol: Protocol })._protocol;
    const [session, adjust] = [protocol.session, protocol.channelWindowAdjust];
    protocol.session = (id, _window, packet) => session.call(protocol, id, 64 * 1024, packet);
    protocol.channelWindowAdjust = () => {};
    const channel = await shell(client, { rows: 200, cols: 500, term: "xterm" });
    const screen = channelScreen(channel, 500, 200);
    await screen.waitFor(isDashboard);
    channel.write(" >>>>>>>>");
    // A redraw of the whole screen (~19 KiB) every window change, each period: the window is
    // soon used, then the server's writes back up.
    let most = 0;
    let sinceFull = 0;
    for (const deadline = Date.now() + 2 * WAIT_MS; sinceFull < 5 && Date.now() < deadline; ) {
      channel.setWindow(200, 500, 0, 0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      most = Math.max(most, server.stats().pending);
      if (most >= MAX_BACKLOG) sinceFull++;
    }
    await politeViewer();
    // A screen at 500x200 is well under 1 MiB; without holding back this grows by a full screen
    // each period.
    expect(most).toBeLessThan(1024 * 1024);
    expect(sinceFull).toBe(5);
    // Reading again: a window larger than anything still to come.
    adjust.call(
      protocol,
      (channel as unknown as { outgoing: { id: number } }).outgoing.id,
      2 ** 30,
    );
    channel.write(" ");
    // Paused where it got to: no measured rate in the header, the same screen frames later.
    let last = "";
    for (const deadline = Date.now() + WAIT_MS; ; ) {
      const text = (await screen.lines()).join("\n");
      if ((text === last && !/updates\/s \(/.test(text)) || Date.now() > deadline) break;
      last = text;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(Number.isFinite(lastUpdate(last.split("\n")))).toBe(true);
    // The same state drawn whole, from a blank screen: a window change at the same size.
    const before = screen.bytes();
    channel.setWindow(200, 500, 0, 0);
    await screen.waitFor(
      () => screen.bytes().length > before.length && screen.bytes().endsWith(END),
    );
    const redrawn = screen.bytes().slice(before.length);
    expect(redrawn).toContain("\x1b[2J");
    const [diffed, whole] = [terminal(500, 200), terminal(500, 200)];
    await written(diffed, before);
    await written(whole, redrawn);
    expect(cells(diffed)).toEqual(cells(whole));
    client.end();
  });

  it("survives garbage on the port and a close mid-handshake", { timeout: TEST_MS }, async () => {
    for (const bytes of [
      Buffer.alloc(65_536, 0xff),
      Buffer.from("SSH-2.0-x\r\n"),
      Buffer.from("GET / HTTP/1.1\r\n\r\n"),
    ]) {
      await new Promise<void>((resolve) => {
        const socket = tcpConnect(server.port, "127.0.0.1", () => {
          socket.write(bytes);
          setTimeout(() => socket.destroy(), 50);
        });
        socket.on("error", () => {});
        socket.on("close", () => resolve());
      });
    }
    await politeViewer();
  });

  it("gives its memory back once everyone has left", { timeout: TEST_MS }, async () => {
    await settled();
    expect(server.stats()).toEqual({ connections: 0, viewers: 0, pending: 0 });
    const after = heapAfterGc();
    expect((after - baseline) / 1024 / 1024).toBeLessThan(8);
  });
});
