import { describe, expect, it } from "vitest";
import { parseServeFlags } from "../../src/cli/serve-options.js";
import { Attempts, MAX_FAILURES, WINDOW_MS } from "../../src/serve/attempts.js";
import { createRoomCode, isRoomCode } from "../../src/serve/room-code.js";
import { clampSize } from "../../src/serve/terminal.js";

describe("room codes", () => {
  it("are two groups of four with nothing misreadable, and forgive case, spaces and the dash", () => {
    let i = 0;
    const code = createRoomCode(() => i++ % 31);
    expect(code).toBe("abcd-efgh");
    for (let n = 0; n < 200; n++)
      expect(createRoomCode()).toMatch(/^[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}$/);
    expect(isRoomCode("ABCD EFGH", code)).toBe(true);
    expect(isRoomCode("abcdefgh", code)).toBe(true);
    expect(isRoomCode("abcd-efgi", code)).toBe(false);
    expect(isRoomCode("", code)).toBe(false);
  });
});

describe("failed sign-ins per address", () => {
  it("lock an address out after five in a minute, and let it back a minute later", () => {
    let now = 0;
    const attempts = new Attempts(() => now);
    for (let i = 0; i < MAX_FAILURES - 1; i++) attempts.fail("10.0.0.1");
    expect(attempts.isLockedOut("10.0.0.1")).toBe(false);
    attempts.fail("10.0.0.1");
    expect(attempts.isLockedOut("10.0.0.1")).toBe(true);
    expect(attempts.isLockedOut("10.0.0.2")).toBe(false);
    now = WINDOW_MS + 1;
    expect(attempts.isLockedOut("10.0.0.1")).toBe(false);
  });

  it("remember a bounded number of addresses", () => {
    const attempts = new Attempts(() => 0);
    for (let i = 0; i < 20_000; i++) attempts.fail(`10.0.${i >> 8}.${i & 255}`);
    expect(attempts.size).toBe(10_000);
  });
});

describe("pty sizes", () => {
  it("read 0 as unknown (80x24) and cap what no screen needs", () => {
    expect(clampSize(0, 0)).toEqual({ columns: 80, rows: 24 });
    expect(clampSize(10_000, 10_000)).toEqual({ columns: 500, rows: 200 });
    expect(clampSize(100, 30)).toEqual({ columns: 100, rows: 30 });
  });
});

describe("serve flags", () => {
  it("split from the run flags, with their defaults", () => {
    const { flags, rest } = parseServeFlags([
      "--lr",
      "0.05",
      "--port=0",
      "--follow",
      "--max-sessions",
      "3",
    ]);
    expect(rest).toEqual(["--lr", "0.05"]);
    expect(flags).toEqual({
      port: 0,
      host: "127.0.0.1",
      hostKey: undefined,
      authorizedKeys: undefined,
      isOpen: false,
      isFollow: true,
      maxSessions: 3,
      maxPerAddress: 8,
      idleTimeoutSeconds: 1800,
    });
  });

  it.each([
    [["--port", "70000"], "--port: '70000' is not a whole number from 0 to 65535"],
    [["--port", "-1"], "--port: '-1' is not a whole number from 0 to 65535"],
    [["--port"], "--port needs a value"],
    [
      ["--host", "example.com"],
      "--host: 'example.com' is not an IP address (e.g. 127.0.0.1 or 0.0.0.0)",
    ],
    [["--max-sessions", "0"], "--max-sessions: '0' is not a whole number from 1 to 10000"],
    [["--max-per-address", "0"], "--max-per-address: '0' is not a whole number from 1 to 10000"],
    [["--max-per-address", "8x"], "--max-per-address: '8x' is not a whole number from 1 to 10000"],
    [["--max-per-address"], "--max-per-address needs a value"],
    [["--idle-timeout", "1.5"], "--idle-timeout: '1.5' is not a whole number from 1 to 604800"],
    [["--open=yes"], "--open takes no value"],
    [
      ["--open", "--authorized-keys", "k"],
      "--open and --authorized-keys: choose one (--open lets anyone in)",
    ],
  ])("refuse %j with one line", (args, message) => {
    expect(() => parseServeFlags(args)).toThrow(message);
  });
});
