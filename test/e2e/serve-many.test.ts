import type ssh2 from "ssh2";
import { describe, expect, it } from "vitest";
import { channelScreen, connect, shell, startServe } from "../serve/helpers.js";

// Every dashboard is an Ink instance, and each adds a `beforeExit` listener to the one process:
// past Node's default of 10 the operator's terminal got a MaxListenersExceededWarning.

const VIEWERS = 12;

describe("gd-tui serve with more viewers than Node's default listener limit", () => {
  it("serves them all and writes no warning on the server's stderr", {
    timeout: 90_000,
  }, async () => {
    const served = await startServe(["--open", "--max-per-address", String(VIEWERS)]);
    const clients: ssh2.Client[] = [];
    try {
      for (let i = 0; i < VIEWERS; i++) {
        const client = await connect(served.port);
        clients.push(client);
        const channel = await shell(client, { cols: 80, rows: 24, term: "xterm" });
        await channelScreen(channel, 80, 24).waitFor((lines) => lines.join("\n").includes("quit"));
      }
      expect(served.stderr()).not.toMatch(/Warning/);
    } finally {
      for (const client of clients) client.end();
      await served.stop();
    }
  });
});
