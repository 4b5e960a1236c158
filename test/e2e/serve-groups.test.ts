import { describe, expect, it } from "vitest";
import { MAIN, startPty, updateCount } from "../../bench/pty.js";
import { FOLLOWER_KEYS, READ_ONLY_NOTICE, REJOIN_MS } from "../../src/ui/follow-keys.js";
import { channelScreen, connect, freshConfigHome, shell, WAIT_MS } from "../serve/helpers.js";

// gd-tui serve --follow draws once per group of followers at the same size and options: the
// presenter in a pseudo-terminal, ssh2 viewers at 100x30 and 80x24.

const TEST_MS = 60_000;

/** The presenter in a pseudo-terminal, and a way to open followers: ssh2 clients, read by xterm. */
async function room() {
  const presenter = startPty({
    cols: 200,
    rows: 30,
    command: [process.execPath, MAIN, "serve", "--port", "0", "--follow", "--open"],
    env: { XDG_CONFIG_HOME: freshConfigHome() },
  });
  const clients: Awaited<ReturnType<typeof connect>>[] = [];
  const end = () => {
    for (const client of clients) client.end();
    presenter.kill("SIGKILL");
  };
  try {
    const start = await presenter.waitFor(/0 watching .*ssh -p \d+ room@127\.0\.0\.1/, WAIT_MS);
    const port = Number(/ssh -p (\d+)/.exec(start[1] ?? "")?.[1]);
    const open = async (cols: number, rows: number) => {
      const client = await connect(port);
      clients.push(client);
      const channel = await shell(
        client,
        { cols, rows, term: "xterm-256color" },
        { env: { LANG: "C.UTF-8" } },
      );
      const screen = channelScreen(channel, cols, rows);
      await screen.waitFor((lines) => lines.join("\n").includes("following the present"));
      return { channel, screen };
    };
    return { presenter, open, end };
  } catch (error) {
    end();
    throw error;
  }
}

describe("gd-tui serve --follow's groups", () => {
  it("gives followers at one size the same bytes, each size its own screen, a key its own dashboard", {
    timeout: TEST_MS,
  }, async () => {
    const { presenter, open, end } = await room();
    try {
      const [a, b, small] = [await open(100, 30), await open(100, 30), await open(80, 24)];
      await presenter.waitFor("3 watching", WAIT_MS);
      const mark = [a, b].map((viewer) => viewer.screen.bytes().length);
      for (const update of [1, 2]) {
        presenter.type("s");
        for (const viewer of [a, b, small]) {
          await viewer.screen.waitFor((lines) => updateCount(lines) === update);
        }
      }
      // Followers at one size are sent the same bytes (one dashboard draws for both).
      expect(a.screen.bytes().slice(mark[0])).toBe(b.screen.bytes().slice(mark[1]));
      expect(a.screen.bytes().length).toBeGreaterThan(mark[0] as number);
      expect(await a.screen.lines()).toEqual(await b.screen.lines());
      // The 80-column one has its own: a follower's key bar on its last line, boxes 80 wide.
      const smallLines = await small.screen.lines();
      expect(smallLines[22]).toBe(FOLLOWER_KEYS);
      expect(smallLines.find((line) => line.startsWith("╭"))).toMatch(/^╭.{78}╮$/u);
      // A key takes b to a dashboard of its own (here: help), from the screen it had.
      b.channel.write("?");
      await b.screen.waitFor((lines) => lines.join("\n").includes("Keys (? for the panels"));
      presenter.type("s");
      for (const viewer of [a, b, small]) {
        await viewer.screen.waitFor((lines) => updateCount(lines) === 3);
      }
      expect(await a.screen.lines()).not.toEqual(await b.screen.lines());
      expect(presenter.text()).toContain("3 watching");
      presenter.type("q");
      expect((await presenter.exit).exitCode).toBe(0);
    } finally {
      end();
    }
  });

  it("takes a follower back into the group once nothing on their screen is theirs", {
    timeout: TEST_MS,
  }, async () => {
    const { presenter, open, end } = await room();
    try {
      const [a, b] = [await open(100, 30), await open(100, 30)];
      await presenter.waitFor("2 watching", WAIT_MS);
      // A refused key: b's own dashboard says why, a line the group's screen does not have.
      b.channel.write("s");
      await b.screen.waitFor((lines) => lines[28] === READ_ONLY_NOTICE);
      const [refusedAt, ownBytes] = [performance.now(), b.screen.bytes().length];
      // Back in the group: the word about the key goes, the follower's key bar is back; the
      // screen stayed on the alternate screen throughout (no flash of the viewer's shell).
      await b.screen.waitFor((lines) => lines[28] === FOLLOWER_KEYS);
      expect(b.screen.bytes().slice(ownBytes)).not.toContain("\x1b[?1049l");
      expect(performance.now() - refusedAt).toBeGreaterThan(REJOIN_MS - 1000);
      await presenter.waitFor("2 watching", WAIT_MS);
      // And sent the group's bytes again, the same as a's.
      const mark = [a, b].map((viewer) => viewer.screen.bytes().length);
      presenter.type("s");
      for (const viewer of [a, b]) {
        await viewer.screen.waitFor((lines) => updateCount(lines) === 1);
      }
      expect(b.screen.bytes().slice(mark[1])).toBe(a.screen.bytes().slice(mark[0]));
      expect(await b.screen.lines()).toEqual(await a.screen.lines());
      // Its keys work as before: help is its own again.
      b.channel.write("?");
      await b.screen.waitFor((lines) => lines.join("\n").includes("Keys (? for the panels"));
      expect(await a.screen.lines()).not.toEqual(await b.screen.lines());
      presenter.type("q");
      expect((await presenter.exit).exitCode).toBe(0);
    } finally {
      end();
    }
  });
});
