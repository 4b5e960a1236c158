import { constants } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import {
  childPid,
  endReport,
  MAIN,
  type Pty,
  type PtyOptions,
  ready,
  reportingShell,
  startPty,
  updateCount,
} from "../../bench/pty.js";

// How the dashboard leaves the terminal and what it writes to it: signals, Ctrl+C, --ascii,
// NO_COLOR, and data on stdin with the keys from the terminal.

const WAIT_MS = 10_000;
const TEST_MS = 30_000;
const started: Pty[] = [];

function start(options: Partial<PtyOptions> = {}): Pty {
  const pty = startPty({ cols: 100, rows: 30, ...options });
  started.push(pty);
  return pty;
}

afterEach(() => {
  for (const pty of started.splice(0)) pty.kill("SIGKILL");
});

/** The cursor is shown again after it was last hidden. */
function expectCursorShown(output: string): void {
  expect(output.lastIndexOf("\x1b[?25l")).toBeGreaterThanOrEqual(0);
  expect(output.lastIndexOf("\x1b[?25h")).toBeGreaterThan(output.lastIndexOf("\x1b[?25l"));
}

/** `stty -a` lists `icanon` and `echo` as on (not `-icanon`, `-echo`) once raw mode is left. */
function expectCookedMode(mode: string): void {
  expect(mode).toMatch(/(^|\s)icanon(\s|$)/m);
  expect(mode).toMatch(/(^|\s)echo(\s|$)/m);
}

const ESC = String.fromCharCode(27);
const SGR = new RegExp(`${ESC}\\[[\\d;]*m`, "g");

/** SGR sequences that set or reset a colour: 30-49 (38;5 and 38;2 included), 90-97, 100-107. */
function colourSequences(output: string): string[] {
  return (output.match(SGR) ?? []).filter((sgr) =>
    sgr
      .slice(2, -1)
      .split(";")
      .some((p) => /^(3\d|4\d|9[0-7]|10[0-7])$/.test(p)),
  );
}

describe("ending", () => {
  it.each(["SIGTERM", "SIGHUP"] as const)(
    "%s ends it with the cursor shown and raw mode left",
    { timeout: TEST_MS },
    async (signal) => {
      const pty = start({ command: reportingShell() });
      await ready(pty, WAIT_MS);
      pty.type(" ");
      await pty.waitFor(/\brunning\b/, WAIT_MS);
      const gd = childPid(pty.pid);
      expect(gd).toBeDefined();
      process.kill(gd as number, signal);
      const end = await endReport(pty, WAIT_MS);
      // Ended by the signal (128 + its number) or by an exit of its own: either way, ended.
      expect([0, 128 + constants.signals[signal]]).toContain(end.status);
      expectCursorShown(end.output);
      expectCookedMode(end.mode);
    },
  );

  it("Ctrl+C quits with code 0, the cursor shown, raw mode left", {
    timeout: TEST_MS,
  }, async () => {
    const pty = start({ command: reportingShell() });
    await ready(pty, WAIT_MS);
    pty.type("\x03");
    const end = await endReport(pty, WAIT_MS);
    expect(end.status).toBe(0);
    expectCursorShown(end.output);
    expectCookedMode(end.mode);
  });
});

describe("how it draws", () => {
  it("--ascii draws with ASCII characters only", { timeout: TEST_MS }, async () => {
    const pty = start({ command: reportingShell(), args: ["--ascii"] });
    await ready(pty, WAIT_MS);
    pty.type("s");
    const screen = await pty.waitFor("grad:  1.0 2.0", WAIT_MS);
    for (const line of screen) expect(line).toMatch(/^[\x20-\x7e]*$/);
    pty.type("q");
    const end = await endReport(pty, WAIT_MS);
    expect(end.status).toBe(0);
    expect(end.output).toMatch(/^\p{ASCII}*$/u);
  });

  it("NO_COLOR=1 writes no colour", { timeout: TEST_MS }, async () => {
    const pty = start({ env: { NO_COLOR: "1" } });
    await ready(pty, WAIT_MS);
    pty.type(" ");
    await pty.waitFor(/\brunning\b/, WAIT_MS);
    pty.type(" ");
    await pty.waitFor(/\bpaused\b/, WAIT_MS);
    pty.type("?");
    await pty.waitFor("Keys (? for the panels, Esc closes)", WAIT_MS);
    pty.type("\x03");
    expect((await pty.exit).exitCode).toBe(0);
    expect(colourSequences(pty.output())).toEqual([]);
  });

  it("draws in colour otherwise (so the check above can see colour)", {
    timeout: TEST_MS,
  }, async () => {
    const pty = start();
    await pty.waitFor("q quit", WAIT_MS);
    expect(colourSequences(pty.output()).length).toBeGreaterThan(0);
  });
});

describe("--data - with the keys from the terminal", () => {
  it("reads the data from the pipe and the keys from /dev/tty", { timeout: TEST_MS }, async () => {
    const pty = start({
      command: ["bash", "-c", `printf "x,y\\n1,3\\n2,5\\n" | "${MAIN}" --data -`],
    });
    const screen = await ready(pty, WAIT_MS);
    expect(screen[0]).toContain("stdin (2 points)");
    pty.type("s");
    // The first grad line, not the log's header naming its columns.
    expect(updateCount(await pty.waitFor("grad:  1.0 3.0", WAIT_MS))).toBe(1);
    pty.type("q");
    expect((await pty.exit).exitCode).toBe(0);
  });
});
