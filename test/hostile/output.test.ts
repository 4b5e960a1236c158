import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, repoPath } from "../cli/run-cli.js";

// The built CLI with its stdout on /dev/full, where every write fails with ENOSPC: the shell's
// `gd-tui --print > /dev/full`, or a full disk under `> run.txt`.

const MAIN = repoPath("dist/bin/gd-tui.js");

interface Ended {
  readonly code: number | null;
  readonly stderr: string;
}

function runIntoFullDevice(args: readonly string[]): Promise<Ended> {
  const full = openSync("/dev/full", "w");
  const child = spawn(process.execPath, [MAIN, ...args], {
    cwd: ROOT,
    stdio: ["ignore", full, "pipe"],
  });
  closeSync(full);
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve) => {
    child.once("close", (code) => resolve({ code, stderr }));
  });
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  if (!existsSync("/dev/full")) throw new Error("these tests need /dev/full (Linux)");
});

describe.each([
  ["--print"],
  ["--print", "--format", "jsonl", "--epochs", "100000"],
  ["--print", "--format", "summary"],
  ["--help"],
  ["--version"],
])("gd-tui %s > /dev/full", (...args) => {
  it("says so in one line on stderr, no stack trace, and exits 1", async () => {
    const { code, stderr } = await runIntoFullDevice(args);
    expect(stderr).toBe("gd-tui: cannot write the output: no space left on device (ENOSPC)\n");
    expect(code).toBe(1);
  });
});
