import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { MAIN } from "../../bench/pty.js";
import { freshConfigHome } from "../serve/helpers.js";

// The built bin, as a user runs it: a bad serve flag is one line, exit 2, nothing on stdout.

function serve(args: readonly string[]) {
  const result = spawnSync(process.execPath, [MAIN, "serve", ...args], {
    encoding: "utf8",
    env: { ...process.env, XDG_CONFIG_HOME: freshConfigHome() },
    timeout: 10_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("gd-tui serve's flags", () => {
  it.each([
    [["--port", "x"], "gd-tui: --port: 'x' is not a whole number from 0 to 65535\n"],
    [
      ["--host", "nowhere"],
      "gd-tui: --host: 'nowhere' is not an IP address (e.g. 127.0.0.1 or 0.0.0.0)\n",
    ],
    [["--lr", "abc"], "gd-tui: --lr: 'abc' is not a number\n"],
    [["--print"], "gd-tui: --print: serve shows dashboards, not output\n"],
    [
      ["--follow"],
      "gd-tui: --follow: the presenter's dashboard needs a terminal on stdin and stdout\n",
    ],
    [
      ["--authorized-keys", "/nonexistent"],
      "gd-tui: --authorized-keys: '/nonexistent' cannot be read (ENOENT)\n",
    ],
    [
      ["--host-key", "/dev/null"],
      "gd-tui: --host-key: '/dev/null' is not an unencrypted OpenSSH private key (Unsupported key format)\n",
    ],
  ])("refuses %j with one line on stderr, exit 2", (args, line) => {
    const result = serve(args);
    expect(result).toEqual({ code: 2, stdout: "", stderr: line });
  });

  it("shows the help with --help, naming what a room needs", () => {
    const result = serve(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--host 0.0.0.0");
  });
});
