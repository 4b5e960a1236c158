import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, drain, type Served, shell, startServe, WAIT_MS, waitForText } from "./helpers.js";

// What a signed-in client may do is a dashboard on a terminal, and nothing else.

describe("gd-tui serve refuses everything but a dashboard", () => {
  let served: Served;
  let password: string;
  beforeAll(async () => {
    served = await startServe(["--max-sessions", "1"]);
    password = served.code ?? "";
  });
  afterAll(async () => {
    expect(await served.stop()).toBe(0);
  });

  it("answers a shell without a terminal (ssh -T) with one line, exit 1", async () => {
    const client = await connect(served.port, { password });
    const result = await drain(await shell(client, false));
    expect(result.text).toBe("gd-tui needs a terminal: ssh -t\r\n");
    expect(result.code).toBe(1);
    client.end();
  });

  it("refuses a command", async () => {
    const client = await connect(served.port, { password });
    await expect(
      new Promise((resolve, reject) =>
        client.exec("cat /etc/passwd", (error, channel) =>
          error ? reject(error) : resolve(channel),
        ),
      ),
    ).rejects.toThrow(/Unable to exec/);
    client.end();
  });

  it("refuses sftp", async () => {
    const client = await connect(served.port, { password });
    await expect(
      new Promise((resolve, reject) =>
        client.sftp((error, sftp) => (error ? reject(error) : resolve(sftp))),
      ),
    ).rejects.toThrow(/Unable to start subsystem/);
    client.end();
  });

  it("refuses local and remote port forwarding and other channel types", async () => {
    const client = await connect(served.port, { password });
    await expect(
      new Promise((resolve, reject) =>
        client.forwardOut("127.0.0.1", 1, "127.0.0.1", served.port, (e, c) =>
          e ? reject(e) : resolve(c),
        ),
      ),
    ).rejects.toThrow();
    await expect(
      new Promise((resolve, reject) =>
        client.forwardIn("127.0.0.1", 0, (e, p) => (e ? reject(e) : resolve(p))),
      ),
    ).rejects.toThrow(/Unable to bind/);
    await expect(
      new Promise((resolve, reject) =>
        client.openssh_forwardOutStreamLocal("/tmp/x.sock", (e, c) => (e ? reject(e) : resolve(c))),
      ),
    ).rejects.toThrow();
    client.end();
  });

  it("refuses X11 and agent forwarding", async () => {
    const x11 = await connect(served.port, { password });
    await expect(shell(x11, { rows: 24, cols: 80 }, { x11: true })).rejects.toThrow(/X11/);
    x11.end();
    const agent = await connect(served.port, {
      password,
      agent: "/nonexistent",
      agentForward: true,
    });
    await expect(shell(agent)).rejects.toThrow(/agent forwarding/);
    agent.end();
  });

  it("tells the next viewer past --max-sessions that the room is full", {
    timeout: 20_000,
  }, async () => {
    const first = await connect(served.port, { password });
    const screen = await shell(first);
    await waitForText(screen, (text) => text.includes("q quit"));
    const second = await connect(served.port, { password });
    const refused = await drain(await shell(second));
    expect(refused.text).toBe("gd-tui: the room is full (1 viewers); try again later\r\n");
    expect(refused.code).toBe(1);
    second.end();
    const ended = drain(screen);
    screen.write("q");
    expect((await ended).code).toBe(0);
    first.end();
  });

  it("refuses a wrong room code, and an address that keeps trying", {
    timeout: WAIT_MS * 2,
  }, async () => {
    await expect(connect(served.port, { password: "wrong-code" })).rejects.toThrow(
      /authentication methods failed/,
    );
    // Five wrong codes in a minute lock the address out: then even the right one is refused.
    for (let i = 0; i < 4; i++) {
      await expect(connect(served.port, { password: `nope-${i}` })).rejects.toThrow();
    }
    await expect(connect(served.port, { password })).rejects.toThrow();
  });
});

describe("gd-tui serve's limits in time and per address", () => {
  it("closes a viewer who types nothing for --idle-timeout, saying why", {
    timeout: 20_000,
  }, async () => {
    const served = await startServe(["--open", "--idle-timeout", "1"]);
    try {
      const client = await connect(served.port);
      const result = await drain(await shell(client));
      expect(result.text).toContain("q quit");
      expect(result.text.endsWith("gd-tui: no keys for 1 s; bye\r\n")).toBe(true);
      client.end();
    } finally {
      await served.stop();
    }
  });

  it.each([
    [[], 8],
    [["--max-per-address", "11"], 11],
  ])(
    "with %j takes %i connections from one address at once, not one more",
    {
      timeout: 20_000,
    },
    async (flags, most) => {
      const served = await startServe(["--open", ...flags]);
      try {
        const held = await Promise.all(Array.from({ length: most }, () => connect(served.port)));
        await expect(connect(served.port)).rejects.toThrow();
        held[0]?.end();
        // Once one has gone, there is room again (the server sees the close a moment later).
        const deadline = Date.now() + WAIT_MS;
        let again: Awaited<ReturnType<typeof connect>> | undefined;
        while (!again && Date.now() < deadline)
          again = await connect(served.port).catch(() => undefined);
        expect(again).toBeDefined();
        for (const client of [...held, again]) client?.end();
      } finally {
        await served.stop();
      }
    },
  );
});
