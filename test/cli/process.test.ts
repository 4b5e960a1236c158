import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import type { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { cliFixture, ROOT, readRepoFile, repoPath } from "./run-cli.js";

/** The built binary, as `npm run build` leaves it; no TTY anywhere, every stream a pipe. */
const MAIN = repoPath("dist/bin/gd-tui.js");
const LECTURE_10 = readRepoFile("fixtures/transcripts/lecture-10.txt");
/** How long a process may take to notice that its reader has gone; a full run takes ~20 s. */
const QUIT_MS = 5000;

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
}

interface ProcessResult extends Exit {
  readonly stdout: string;
  readonly stderr: string;
}

function gd(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, [MAIN, ...args], { cwd: ROOT, stdio: "pipe" });
}

function text(stream: Readable | null): () => string {
  let all = "";
  stream?.setEncoding("utf8").on("data", (chunk: string) => {
    all += chunk;
  });
  return () => all;
}

/** Resolves when the child has exited and its streams are closed, or kills it after `ms`. */
function exitWithin(child: ChildProcess, ms: number): Promise<Exit> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve({ code: null, signal: null, timedOut: true });
    }, ms);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut: false });
    });
  });
}

async function runBuilt(args: readonly string[], stdin = ""): Promise<ProcessResult> {
  const child = gd(args);
  const stdout = text(child.stdout);
  const stderr = text(child.stderr);
  child.stdin?.end(stdin);
  const exit = await exitWithin(child, 15_000);
  return { ...exit, stdout: stdout(), stderr: stderr() };
}

function firstLine(stream: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const onData = (chunk: string) => {
      seen += chunk;
      const end = seen.indexOf("\n");
      if (end < 0) return;
      stream.off("data", onData);
      resolve(seen.slice(0, end));
    };
    stream.setEncoding("utf8").on("data", onData);
    stream.once("end", () => reject(new Error(`stdout ended before a line: ${seen}`)));
  });
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
});

describe("the built gd-tui as a process", () => {
  it("stops quietly, exit 0, when its reader leaves after one line (| head -1)", async () => {
    const child = gd(["--print", "--epochs", "1000000"]);
    const stderr = text(child.stderr);
    child.stdin?.end();
    const first = await firstLine(child.stdout as Readable);
    child.stdout?.destroy();
    const exit = await exitWithin(child, QUIT_MS);
    expect(first).toBe("predict (before training) 4 4.0");
    expect(exit).toEqual({ code: 0, signal: null, timedOut: false });
    expect(stderr()).toBe("");
  }, 30_000);

  it("stops quietly through a real shell pipe into head -1", async () => {
    // `timeout` bounds the run so that a process that keeps computing shows up as status 124.
    const script = `timeout ${QUIT_MS / 1000} "$0" "$1" --print --epochs 1000000 | head -1; echo "status=\${PIPESTATUS[0]}"`;
    const child = spawn("bash", ["-c", script, process.execPath, MAIN], { cwd: ROOT });
    const stdout = text(child.stdout);
    const stderr = text(child.stderr);
    const exit = await exitWithin(child, QUIT_MS + 10_000);
    expect(exit.code).toBe(0);
    expect(stdout()).toBe("predict (before training) 4 4.0\nstatus=0\n");
    expect(stderr()).toBe("");
  }, 30_000);

  it("exits 2 with nothing on stdout for a bad flag", async () => {
    const result = await runBuilt(["--print", "--bogus"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^gd-tui: [^\n]*--bogus[^\n]*\n$/);
  });

  it("exits 2 with nothing on stdout for a bad data file, naming file and line", async () => {
    const result = await runBuilt(["--print", "--data", cliFixture("bad.csv")]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^gd-tui: [^\n]*bad\.csv line 3[^\n]*\n$/);
  });

  it("reads the data from stdin with --data -", async () => {
    const result = await runBuilt(["--print", "--data", "-"], "x,y\n1,2\n2,4\n3,6\n");
    expect(result).toEqual({
      code: 0,
      signal: null,
      timedOut: false,
      stdout: LECTURE_10,
      stderr: "",
    });
  });

  it("does not wait for stdin when the data comes from the preset", async () => {
    const child = gd(["--print"]);
    const stdout = text(child.stdout);
    const exit = await exitWithin(child, QUIT_MS);
    child.stdin?.end();
    expect(exit).toEqual({ code: 0, signal: null, timedOut: false });
    expect(stdout()).toBe(LECTURE_10);
  });

  it("prints the version and exits 0", async () => {
    const { version } = JSON.parse(readRepoFile("package.json")) as { version: string };
    const result = await runBuilt(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`gd-tui ${version}\n`);
    expect(result.stderr).toBe("");
  });
});
