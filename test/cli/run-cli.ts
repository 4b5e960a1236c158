import { readFileSync } from "node:fs";
import { PassThrough, type Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { runCli } from "../../src/cli/app.js";

/** The repository root: golden cases name their files relative to it. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** An absolute path under the repository root, so tests do not depend on the working directory. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(relative, new URL("../../", import.meta.url)));
}

/** A data file written for these tests (fixtures/cli/). */
export function cliFixture(name: string): string {
  return repoPath(`fixtures/cli/${name}`);
}

export function readRepoFile(relative: string): string {
  return readFileSync(repoPath(relative), "utf8");
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString("utf8");
}

/**
 * Runs the headless CLI in-process with `stdin` as standard input: text is given ended, so reads
 * finish; a stream is passed as it is (an endless one, a terminal).
 */
export async function captureCli(
  args: readonly string[],
  stdin: string | Readable = "",
): Promise<CliResult> {
  const input = typeof stdin === "string" ? new PassThrough().end(stdin) : stdin;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await runCli(args, { stdin: input, stdout, stderr });
  stdout.end();
  stderr.end();
  return { code, stdout: out(), stderr: err() };
}

/** The contract for bad input: exit 2, nothing on stdout, one `gd-tui: ` line naming the problem. */
export function expectInputError(result: CliResult, keywords: readonly string[]): void {
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^gd-tui: [^\n]+\n$/);
  for (const word of keywords) expect(result.stderr).toContain(word);
  expect(result.code).toBe(2);
}

/** Stdout as lines, without the final newline's empty remainder. */
export function lines(text: string): string[] {
  return text.endsWith("\n") ? text.slice(0, -1).split("\n") : text.split("\n");
}
