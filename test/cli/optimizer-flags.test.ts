import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { captureCli, expectInputError, lines, readRepoFile, repoPath } from "./run-cli.js";

/** Specs torch refuses, each with the names a message must give (fixtures/gen/torch_*.py). */
const REJECTED: {
  optimizers: Record<string, string[]>;
  schedules: Record<string, string[]>;
} = JSON.parse(readRepoFile("fixtures/optimizers/torch/rejected.json"));

const nameOf = (spec: string) => spec.split(":")[0] as string;

describe("a spec torch would refuse is bad input: exit 2, one line naming it", () => {
  it.each(Object.entries(REJECTED.optimizers))("--optimizer %s", async (spec, names) => {
    const result = await captureCli(["--print", "--optimizer", spec]);
    expectInputError(result, ["--optimizer", nameOf(spec)]);
    expect(names.some((name) => result.stderr.includes(name))).toBe(true);
  });

  it.each(Object.entries(REJECTED.schedules))("--schedule %s", async (spec, names) => {
    const result = await captureCli(["--print", "--schedule", spec]);
    expectInputError(result, ["--schedule", nameOf(spec)]);
    expect(names.some((name) => result.stderr.includes(name))).toBe(true);
  });

  it("a control character in a key is escaped, not sent to the terminal", async () => {
    const result = await captureCli(["--print", "--optimizer", "adam:be\u001b[2Jtas=1"]);
    expectInputError(result, ["--optimizer", "adam", "\\e[2J"]);
  });
});

async function rows(args: string[]): Promise<{ lr: number; epoch: number }[]> {
  const result = await captureCli(["--print", "--format", "jsonl", ...args]);
  expect(result.stderr).toBe("");
  return lines(result.stdout).map((line) => JSON.parse(line));
}

describe("which rate a run uses", () => {
  it.each([
    ["the lecture's 0.01 for SGD", [], 0.01],
    ["torch's default for another optimizer (Adam: 1e-3)", ["--optimizer", "adam"], 1e-3],
    ["--lr over the default", ["--lr", "0.05", "--optimizer", "adadelta"], 0.05],
    ["the spec's lr= over --lr", ["--lr", "0.05", "--optimizer", "adam:lr=0.1"], 0.1],
  ])("%s", async (_, args, lr) => {
    expect(new Set((await rows(args as string[])).map((r) => r.lr))).toEqual(new Set([lr]));
  });

  it("a schedule steps at each epoch's end: StepLR every epoch with γ 0.5", async () => {
    const all = await rows(["--epochs", "3", "--schedule", "step:step_size=1,gamma=0.5"]);
    // 0.01 in epoch 0, then halved at each epoch's end: 0.005, 0.0025 (exact in binary halving).
    expect(all.map((r) => [r.epoch, r.lr])).toEqual([
      [0, 0.01],
      [0, 0.01],
      [0, 0.01],
      [1, 0.005],
      [1, 0.005],
      [1, 0.005],
      [2, 0.0025],
      [2, 0.0025],
      [2, 0.0025],
    ]);
  });
});

describe("the built bin under node --disallow-code-generation-from-strings", () => {
  const run = (args: string[]) =>
    spawnSync(
      process.execPath,
      ["--disallow-code-generation-from-strings", repoPath("dist/bin/gd-tui.js"), ...args],
      { encoding: "utf8" },
    );

  it("prints the lecture's transcript byte for byte", () => {
    const result = run(["--print"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(readRepoFile("fixtures/transcripts/lecture-10.txt"));
  });

  it("runs every optimizer and a schedule on the four-parameter model", () => {
    for (const optimizer of ["sgd", "adam:amsgrad=true", "nadam", "radam", "rprop", "adadelta"]) {
      const result = run(
        ["--print", "--format", "summary", "--model", "cubic", "--lr", "1e-4"].concat([
          "--optimizer",
          optimizer,
          "--schedule",
          "cosine:T_max=5",
        ]),
      );
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^updates=\d+ .*w3=/);
    }
  });
});
