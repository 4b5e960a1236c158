import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/app.js";
import type { RunConfig } from "../../src/core/config.js";
import type { RunSpec } from "../../src/core/run-spec.js";
import { captureCli, expectInputError, lines } from "./run-cli.js";

/** Stdout of a headless run that must succeed. */
async function printed(args: readonly string[]): Promise<string> {
  const result = await captureCli(["--print", ...args]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout;
}

const race = (specs: readonly string[]) => specs.flatMap((spec) => ["--optimizer", spec]);

/** A race's jsonl rows of one run, without the two fields that name it: a solo run's rows. */
function rowsOf(stdout: string, run: number): string[] {
  return lines(stdout)
    .map((line) => JSON.parse(line))
    .filter((row) => row.run === run)
    .map(({ run: _, optimizer: __, ...row }) => JSON.stringify(row));
}

describe("--optimizer given several times races them on the same data, init and batches", () => {
  const specs = ["sgd", "momentum", "adam:lr=0.1", "rprop"];
  const shared = ["--preset", "exercise3-1", "--batch", "2", "--schedule", "step:step_size=3"];

  it("each racer's jsonl rows are exactly its solo run's, with run and optimizer added", async () => {
    const stdout = await printed(["--format", "jsonl", ...shared, ...race(specs)]);
    for (const [run, spec] of specs.entries()) {
      const solo = await printed(["--format", "jsonl", ...shared, "--optimizer", spec]);
      expect(rowsOf(stdout, run)).toEqual(lines(solo));
      const named = lines(stdout).filter((line) => line.startsWith(`{"run":${run},`));
      // The spec as given, first in each row so that a reader can split the runs apart by eye.
      for (const line of named) expect(line).toMatch(`{"run":${run},"optimizer":"${spec}","epoch"`);
    }
  });

  it("in lockstep: update k of every run comes before update k + 1 of any", async () => {
    // 2000 epochs × 3 updates: past one slice of 4096 updates, so slices must line up too.
    const stdout = await printed([
      "--format",
      "jsonl",
      "--epochs",
      "2000",
      ...race(["sgd", "adam"]),
    ]);
    const rows = lines(stdout).map((line) => JSON.parse(line) as { run: number; update: number });
    expect(rows).toHaveLength(2 * 6000);
    rows.forEach((row, i) => {
      expect(row.run).toBe(i % 2);
      expect(row.update).toBe(Math.floor(i / 2) + 1);
    });
  });

  it("the summary says one line per run, each its solo summary named by run and spec", async () => {
    const stdout = await printed(["--format", "summary", ...shared, ...race(specs)]);
    const want = [];
    for (const [run, spec] of specs.entries()) {
      const solo = await printed(["--format", "summary", ...shared, "--optimizer", spec]);
      want.push(`run=${run} optimizer=${spec} ${solo.trimEnd()}`);
    }
    expect(lines(stdout)).toEqual(want);
  });

  it("a spec written with a space is quoted on the summary line", async () => {
    const stdout = await printed(["--format", "summary", ...race(["sgd", "adam: lr=0.1"])]);
    expect(lines(stdout)[1]).toMatch(/^run=1 optimizer='adam: lr=0\.1' updates=30 /);
  });

  it("a transcript of several is one section per run, each the run's own transcript", async () => {
    const stdout = await printed(race(["sgd", "nesterov"]));
    const sgd = await printed(["--optimizer", "sgd"]);
    const nesterov = await printed(["--optimizer", "nesterov"]);
    expect(stdout).toBe(`== run 0: sgd ==\n${sgd}\n== run 1: nesterov ==\n${nesterov}`);
  });
});

describe("a racer that diverges stops alone", () => {
  // Per-sample SGD with lr 1 on the lecture's data: w − 2 is multiplied by (1 − 2·x²) at each
  // sample, −1, −7, −17 in turn: from −1 it goes 1, −7, 119, −119, 833, −14161, 14161, −99127
  // after 8 updates. The 9th sample's loss (x = 3) is 9·99127² ≈ 8.84e10, past the 1e10 bound
  // (the 8th's was 4·14161² ≈ 8.0e8), so the run stops with 8 rows.
  const specs = ["sgd:lr=1", "sgd"];

  it("its rows stop at the divergence, the others' go on to the end", async () => {
    const stdout = await printed(["--format", "jsonl", "--epochs", "50", ...race(specs)]);
    for (const [run, spec] of specs.entries()) {
      const solo = await printed(["--format", "jsonl", "--epochs", "50", "--optimizer", spec]);
      expect(rowsOf(stdout, run)).toEqual(lines(solo));
    }
    expect(rowsOf(stdout, 0)).toHaveLength(8);
    expect(rowsOf(stdout, 1)).toHaveLength(150);
  });

  it("the summary gives its reason, and the others finish", async () => {
    const [first, second] = lines(
      await printed(["--format", "summary", "--epochs", "50", ...race(specs)]),
    );
    expect(first).toMatch(
      /^run=0 optimizer=sgd:lr=1 updates=8 .* status=diverged \(loss 8\.84e\+10 .* update 9\)$/,
    );
    expect(second).toMatch(/^run=1 optimizer=sgd updates=150 .* status=done \(epoch limit 50/);
  });

  it("the transcript's section says why that run stopped, and the next section runs on", async () => {
    const stdout = await printed(["--epochs", "50", ...race(specs)]);
    const [diverged, done] = stdout.split("\n== run 1: sgd ==\n");
    expect(diverged).toMatch(/\nstopped: diverged, loss [^\n]+\n$/);
    expect(lines(done ?? "").filter((line) => line.startsWith("progress:"))).toHaveLength(50);
  });
});

describe("a race that cannot be run is bad input", () => {
  it("more than eight racers", async () => {
    const result = await captureCli(["--print", ...race(Array(9).fill("sgd"))]);
    expectInputError(result, ["--optimizer", "9 times", "at most 8"]);
  });

  it("eight are fine", async () => {
    const stdout = await printed(["--format", "summary", ...race(Array(8).fill("adam"))]);
    expect(lines(stdout).map((line) => line.split(" ")[0])).toEqual(
      Array.from({ length: 8 }, (_, run) => `run=${run}`),
    );
  });

  it("a bad spec among good ones is named", async () => {
    const result = await captureCli(["--print", ...race(["sgd", "adam:betas=1/2"])]);
    expectInputError(result, ["--optimizer", "adam", "betas"]);
  });

  it("several in the dashboard race there: one config and spec a racer, in the order given", async () => {
    let started: { configs: readonly RunConfig[]; specs: readonly RunSpec[] } | undefined;
    const code = await runCli(race(["sgd", "adam:lr=0.1"]), {
      stdin: new PassThrough().end(),
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      dashboard: async (configs, _options, _isStdin, specs) => {
        started = { configs, specs };
        return 0;
      },
    });
    expect(code).toBe(0);
    expect(started?.configs.map((c) => [c.optimizer.id, c.lr])).toEqual([
      ["sgd", 0.01],
      ["adam", 0.1],
    ]);
    expect(started?.specs).toHaveLength(2);
  });
});
