import { connect as tcpConnect } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import ssh2 from "ssh2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../bench/pty.js";
import type { RunningServer } from "../../src/serve/server.js";
import { connect, drain, shell, WAIT_MS, waitForText } from "./helpers.js";

// Broken and hostile clients against a server in this process (so that its memory can be read),
// each while another viewer is being served: nobody's trouble reaches anyone else.

// Generous: these run real servers and clients, and a loaded machine slows them several times over.
const TEST_MS = 90_000;
const ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, "g");
let server: RunningServer;
let gc: () => void;

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

/** The counter in the last complete frame a viewer was sent. */
function lastUpdate(text: string): number {
  const all = [...text.matchAll(/\bupdate (\d+)\b/g)];
  return Number(all.at(-1)?.[1] ?? Number.NaN);
}

/** A well-behaved viewer: signs in, sees the dashboard, steps once, quits. */
async function politeViewer(): Promise<void> {
  const client = await connect(server.port);
  const screen = await shell(client);
  await waitForText(screen, (t) => t.includes("q quit"));
  const ended = drain(screen);
  screen.write("s");
  await waitForText(screen, (t) => lastUpdate(t) === 1);
  screen.write("q");
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
      runDashboard(
        [config],
        12,
        { isColor: false, isAscii: true },
        {
          stdin: viewer.stdin as unknown as NodeJS.ReadStream,
          stdout: viewer.stdout as unknown as NodeJS.WriteStream,
          stderr: viewer.stdout as unknown as NodeJS.WriteStream,
          signal: viewer.signal,
        },
      ),
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
    const tinyText = await waitForText(await shell(tiny, { rows: 0, cols: 0 }), (t) =>
      t.includes("q quit"),
    );
    expect(tinyText).toContain("Gradient log");
    tiny.end();
    const huge = await connect(server.port);
    const hugeText = await waitForText(await shell(huge, { rows: 10_000, cols: 10_000 }), (t) =>
      t.includes("q quit"),
    );
    const widest = Math.max(
      ...hugeText.split("\r\n").map((line) => line.replace(ESCAPE, "").length),
    );
    expect(widest).toBeLessThanOrEqual(500);
    expect(hugeText.split("\r\n").length).toBeLessThanOrEqual(200);
    huge.end();
    await politeViewer();
  });

  it("follows a storm of window changes to the last size", { timeout: TEST_MS }, async () => {
    const client = await connect(server.port);
    const screen = await shell(client);
    await waitForText(screen, (t) => t.includes("q quit"));
    for (let i = 0; i < 2000; i++) screen.setWindow(24 + (i % 40), 80 + (i % 90), 0, 0);
    screen.setWindow(30, 100, 0, 0);
    screen.setWindow(24, 80, 0, 0);
    await waitForText(screen, (t) =>
      /\n[^\n]*space run\/pause[^\n]*\? help {2}q quit/.test(t.slice(-400)),
    );
    await politeViewer();
    client.end();
  });

  it("holds back a flood of keys to the key rate", { timeout: TEST_MS }, async () => {
    const client = await connect(server.port);
    const screen = await shell(client);
    await waitForText(screen, (t) => t.includes("q quit"));
    let seen = "";
    screen.on("data", (d: Buffer) => {
      seen += d.toString();
      if (seen.length > 200_000) seen = seen.slice(-100_000);
    });
    const started = performance.now();
    const chunk = Buffer.alloc(32 * 1024, "s");
    let sent = 0;
    // 16 MiB of `s`, as fast as the link takes it (bounded in bytes and in time).
    while (sent < 16 * 1024 * 1024 && performance.now() - started < 3000) {
      // The server stops taking keys past the rate, so the link's window closes: wait a little.
      if (!screen.write(chunk)) {
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, 200);
          screen.once("drain", () => resolve(clearTimeout(timer)));
        });
      }
      sent += chunk.length;
    }
    await politeViewer();
    const seconds = (performance.now() - started) / 1000 + 1;
    await waitForText(screen, (t) => lastUpdate(t) > 0);
    // The bucket: a burst of 1024 keys, then 256 a second.
    expect(lastUpdate(seen)).toBeLessThanOrEqual(1024 + 256 * seconds);
    expect(sent).toBeGreaterThan(lastUpdate(seen) * 10);
    client.end();
  });

  it("coalesces the frames of a client that stops reading, holding one at most", {
    timeout: TEST_MS,
  }, async () => {
    const client = await connect(server.port);
    const screen = await shell(client, { rows: 200, cols: 500, term: "xterm" });
    await waitForText(screen, (t) => t.includes("q quit"));
    screen.write(" >>>>>>>>");
    // Stop reading: nothing taken off the socket, so the server's writes back up.
    const socket = (client as unknown as { _sock: import("node:net").Socket })._sock;
    socket.pause();
    let most = 0;
    for (let i = 0; i < 60; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      most = Math.max(most, server.stats().pending);
    }
    await politeViewer();
    // One waiting frame at 500x200 is well under 1 MiB; without coalescing this grows by ~1 MiB/s.
    expect(most).toBeLessThan(1024 * 1024);
    client.end();
    socket.destroy();
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
