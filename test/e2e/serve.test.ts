import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAIN, type Pty, startPty, updateCount as updates } from "../../bench/pty.js";
import {
  connect,
  freshConfigHome,
  type Served,
  shell,
  startServe,
  WAIT_MS,
  waitForText,
} from "../serve/helpers.js";

// A real OpenSSH client in a real pseudo-terminal, signing in to the built `gd-tui serve` on
// loopback as a student would, and driving the dashboard it gets.

const TEST_MS = 40_000;

/** OpenSSH as a student runs it, told nothing of this machine's own ssh settings. */
function ssh(
  port: number,
  extra: readonly string[],
  env: Record<string, string> = {},
  terminal: "-tt" | "-T" = "-tt",
): Pty {
  return startPty({
    cols: 100,
    rows: 30,
    env,
    command: [
      "ssh",
      terminal,
      "-p",
      String(port),
      "-o",
      "StrictHostKeyChecking=no",
      "-o",
      "UserKnownHostsFile=/dev/null",
      "-o",
      "LogLevel=ERROR",
      "-o",
      "SendEnv=LANG",
      "-F",
      "/dev/null",
      ...extra,
      "room@127.0.0.1",
    ],
  });
}

/** An SSH_ASKPASS program that answers with `answer`: ssh's way to take a password unprompted. */
function askpass(answer: string): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), "gd-tui-askpass-")), "askpass.sh");
  writeFileSync(file, `#!/bin/sh\necho '${answer}'\n`);
  chmodSync(file, 0o700);
  return { SSH_ASKPASS: file, SSH_ASKPASS_REQUIRE: "force", DISPLAY: ":0" };
}

/** The key the dashboard prints last in its key bar: the frame is complete. */
const isDashboard = (s: readonly string[]) => s.join("\n").includes("q quit");

describe("gd-tui serve with the room code, through OpenSSH", () => {
  let served: Served;
  beforeAll(async () => {
    served = await startServe([]);
  });
  afterAll(async () => {
    expect(await served.stop()).toBe(0);
  });

  it("lets a student in with the room code typed at the prompt, and drives the lecture", {
    timeout: TEST_MS,
  }, async () => {
    const pty = ssh(served.port, ["-o", "PreferredAuthentications=keyboard-interactive"]);
    await pty.waitFor("room code: ", WAIT_MS);
    pty.type(`${served.code?.toUpperCase()}\r`);
    await pty.waitFor(isDashboard, WAIT_MS);
    for (const line of [
      "grad:  1.0 2.0 -2.0",
      "grad:  2.0 4.0 -7.84",
      "progress: 0 w= 1.26 loss= 4.92",
    ]) {
      pty.type("s");
      await pty.waitFor(line, WAIT_MS);
    }
    expect(updates(pty.screen())).toBe(3);
    // The client's terminal decides the size: a resize reaches the dashboard as a window change.
    pty.resize(80, 24);
    // The compact layout's key bar, whole on one line: the frame is drawn for 80 columns.
    const small = await pty.waitFor(
      (s) =>
        s.some((line) => /^space run\/pause .* q quit$/.test(line) && !line.includes("optimizer")),
      WAIT_MS,
    );
    expect(small[0]).toMatch(/^gd-tui /);
    expect(small.join("\n")).toContain("Gradient log");
    expect(small.filter((line) => line.trim() !== "").length).toBeLessThanOrEqual(23);
    pty.type("q");
    expect((await pty.exit).exitCode).toBe(0);
  });

  it("takes the room code as a password (SSH_ASKPASS)", { timeout: TEST_MS }, async () => {
    const pty = ssh(
      served.port,
      ["-o", "PreferredAuthentications=password"],
      askpass(served.code ?? ""),
    );
    await pty.waitFor(isDashboard, WAIT_MS);
    pty.type("q");
    expect((await pty.exit).exitCode).toBe(0);
  });

  it("refuses wrong room codes", { timeout: TEST_MS }, async () => {
    const pty = ssh(served.port, ["-o", "PreferredAuthentications=keyboard-interactive"]);
    for (let i = 0; i < 3; i++) {
      await pty.waitFor((s) => s.join("\n").split("room code: ").length > i + 1, WAIT_MS);
      pty.type("not-it\r");
    }
    expect((await pty.exit).exitCode).toBe(255);
    expect(pty.text()).toMatch(/Permission denied/);
  });

  it("tells ssh -T it needs a terminal", { timeout: TEST_MS }, async () => {
    const pty = ssh(
      served.port,
      ["-o", "PreferredAuthentications=password"],
      askpass(served.code ?? ""),
      "-T",
    );
    expect((await pty.exit).exitCode).toBe(1);
    expect(pty.text().trim()).toBe("gd-tui needs a terminal: ssh -t");
  });
});

describe("gd-tui serve --open and --authorized-keys, through OpenSSH", () => {
  it("lets anyone in with --open", { timeout: TEST_MS }, async () => {
    const served = await startServe(["--open"]);
    try {
      expect(served.stdout()).not.toContain("room code");
      const pty = ssh(served.port, []);
      await pty.waitFor(isDashboard, WAIT_MS);
      pty.type("q");
      expect((await pty.exit).exitCode).toBe(0);
    } finally {
      await served.stop();
    }
  });

  it("lets in the keys of the file and no other", { timeout: TEST_MS }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "gd-tui-keys-"));
    for (const name of ["good", "bad"]) {
      execFileSync("ssh-keygen", [
        "-q",
        "-t",
        "ed25519",
        "-N",
        "",
        "-C",
        name,
        "-f",
        join(dir, name),
      ]);
    }
    const file = join(dir, "authorized_keys");
    writeFileSync(file, `# the class\n\n${readFileSync(join(dir, "good.pub"), "utf8")}`);
    const served = await startServe(["--authorized-keys", file]);
    const keyArgs = (name: string) => [
      "-i",
      join(dir, name),
      "-o",
      "IdentitiesOnly=yes",
      "-o",
      "PreferredAuthentications=publickey",
    ];
    try {
      const bad = ssh(served.port, keyArgs("bad"));
      expect((await bad.exit).exitCode).toBe(255);
      expect(bad.text()).toMatch(/Permission denied/);
      const good = ssh(served.port, keyArgs("good"));
      await good.waitFor(isDashboard, WAIT_MS);
      good.type("q");
      expect((await good.exit).exitCode).toBe(0);
    } finally {
      await served.stop();
    }
  });
});

describe("the host key", () => {
  it("is made once, mode 0600, and reused: the same fingerprint, as ssh-keygen shows it", {
    timeout: TEST_MS,
  }, async () => {
    const first = await startServe([]);
    await first.stop();
    const again = await startServe([], first.configHome);
    await again.stop();
    const file = join(first.configHome, "gd-tui", "ssh_host_ed25519_key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.stdout()).toContain(", new,");
    expect(again.stdout()).not.toContain(", new,");
    expect(again.fingerprint).toBe(first.fingerprint);
    const shown = execFileSync("ssh-keygen", ["-l", "-f", file], { encoding: "utf8" });
    expect(shown.split(" ")[1]).toBe(first.fingerprint);
  });
});

describe("gd-tui serve --follow: the presenter's run for the room, f to fork", () => {
  it("shows a viewer the presenter's run live and read-only until f forks a copy", {
    timeout: TEST_MS,
  }, async () => {
    // Wide enough for the header to show the whole way in: watchers, room code, ssh command.
    const presenter = startPty({
      cols: 200,
      rows: 30,
      command: [process.execPath, MAIN, "serve", "--port", "0", "--follow"],
      env: { XDG_CONFIG_HOME: freshConfigHome() },
    });
    try {
      const start = await presenter.waitFor(/0 watching .*ssh -p \d+ room@127\.0\.0\.1/, WAIT_MS);
      const port = Number(/ssh -p (\d+)/.exec(start[1] ?? "")?.[1]);
      const code = /room code (\S+)/.exec(start[1] ?? "")?.[1] ?? "";
      // What start-up prints otherwise is on the presenter's join card, open from the start.
      const card = start.join("\n");
      expect(card).toContain(`    ssh -p ${port} room@127.0.0.1`);
      expect(card).toContain(`    ${code}`);
      expect(card).toContain(`listening on 127.0.0.1:${port}`);
      expect(card).toMatch(/host key SHA256:[A-Za-z0-9+/]{43} \(ED25519\)/);
      const viewer = ssh(port, ["-o", "PreferredAuthentications=password"], askpass(code));
      await viewer.waitFor("following the presenter · f fork", WAIT_MS);
      await presenter.waitFor("1 watching", WAIT_MS);
      presenter.type("s");
      await viewer.waitFor((s) => updates(s) === 1, WAIT_MS);
      viewer.type("s");
      await viewer.waitFor("following the presenter (read-only): f forks your own copy", WAIT_MS);
      viewer.type("f");
      await viewer.waitFor("your own copy now", WAIT_MS);
      await presenter.waitFor("0 watching", WAIT_MS);
      viewer.type("s");
      await viewer.waitFor((s) => updates(s) === 2, WAIT_MS);
      expect(updates(presenter.screen())).toBe(1);
      // The presenter's q ends the room: every viewer's session, then the server.
      presenter.type("q");
      expect((await viewer.exit).exitCode).toBe(0);
      expect((await presenter.exit).exitCode).toBe(0);
    } finally {
      presenter.kill("SIGKILL");
    }
  });
});

describe("gd-tui serve --follow --record: the presenter's session, a viewer's fork in it", () => {
  it("records the presenter's race, notes a fork of the whole race where it happened, and replays it", {
    timeout: TEST_MS,
  }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), "gd-tui-serve-record-")), "room.jsonl");
    const presenter = startPty({
      cols: 100,
      rows: 30,
      command: [process.execPath, MAIN, "serve", "--port", "0", "--follow", "--open"],
      args: ["--optimizer", "sgd", "--optimizer", "momentum", "--record", file],
      env: { XDG_CONFIG_HOME: freshConfigHome() },
    });
    try {
      const start = await presenter.waitFor(/ssh -p \d+ room@127\.0\.0\.1/, WAIT_MS);
      const port = Number(/ssh -p (\d+) room/.exec(start.join("\n"))?.[1]);
      const client = await connect(port);
      const viewer = await shell(client);
      await waitForText(viewer, (t) => t.includes("following the presenter"));
      presenter.type("s");
      await waitForText(viewer, (t) => t.includes("update 1 "));
      viewer.write("f");
      await waitForText(viewer, (t) => t.includes("your own copy now"));
      presenter.type("s");
      await presenter.waitFor((s) => updates(s) === 2, WAIT_MS);
      presenter.type("q");
      expect((await presenter.exit).exitCode).toBe(0);
      client.end();
    } finally {
      presenter.kill("SIGKILL");
    }
    const events = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => JSON.parse(line));
    expect(events.map((e) => e.event)).toEqual(["step", "fork", "step"]);
    // The copy took both runs: the line names none, only the race's front.
    expect(events[1]).toEqual({ t: expect.any(Number), event: "fork", updates: 1 });
    const transcript = execFileSync(process.execPath, [MAIN, "replay", file, "--print"], {
      encoding: "utf8",
    });
    expect(transcript).toMatch(/s a viewer forked at update 1: run 0 updates=1 /);
    expect(transcript).toMatch(/s a viewer forked at update 1: run 1 updates=1 /);
    const summary = execFileSync(
      process.execPath,
      [MAIN, "replay", file, "--print", "--format", "summary"],
      { encoding: "utf8" },
    );
    expect(summary).toMatch(
      /^run=0 optimizer=SGD updates=2 .*\nrun=1 optimizer=SGD,\+,momentum updates=2 /,
    );
  });

  it("refuses --record without --follow: one line, exit 2", () => {
    const result = spawnSync(process.execPath, [MAIN, "serve", "--port", "0", "--record", "x"], {
      encoding: "utf8",
      env: { ...process.env, XDG_CONFIG_HOME: freshConfigHome() },
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "gd-tui: --record: gd-tui serve records the presenter's session, so it needs --follow\n",
    );
  });
});
