import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { captureCli, lines, readRepoFile, repoPath } from "./run-cli.js";

/** Written by fixtures/gen/lecture_transcript.py: how gd-tui is invoked for each golden file. */
interface GoldenCase {
  readonly name: string;
  readonly file: string;
  readonly args: string[];
  readonly data: string | null;
}

const cases: GoldenCase[] = JSON.parse(readRepoFile("fixtures/transcripts/cases.json"));

/** The case's arguments with its data file made absolute (the paths are relative to the root). */
function argsOf(c: GoldenCase): string[] {
  return c.args.map((arg) => (c.data !== null && arg === c.data ? repoPath(c.data) : arg));
}

interface LectureStep {
  readonly epoch: number;
  readonly loss: number;
  readonly grad: number;
  readonly w: number;
}

/** Lecture 3's loop written out: per-sample SGD on x=[1,2,3], y=[2,4,6]. */
function lectureSteps(epochs: number, lr = 0.01, w0 = 1.0): LectureStep[] {
  const xs = [1.0, 2.0, 3.0];
  const ys = [2.0, 4.0, 6.0];
  const steps: LectureStep[] = [];
  let w = w0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    xs.forEach((x, i) => {
      const y = ys[i] as number;
      const loss = (x * w - y) ** 2;
      const grad = 2 * x * (x * w - y);
      w = w - lr * grad;
      steps.push({ epoch, loss, grad, w });
    });
  }
  return steps;
}

interface JsonlRecord {
  epoch: number;
  update: number;
  lr: number;
  loss: number;
  grads: Record<string, number>;
  params: Record<string, number>;
}

describe("--print transcript against the Python golden files", () => {
  it("has the five cases", () => {
    expect(cases.map((c) => c.name)).toEqual([
      "lecture-10",
      "lecture-100",
      "variant-a",
      "variant-b",
      "variant-c",
    ]);
  });

  it.each(cases)("$name is byte for byte the golden file", async (c) => {
    const golden = readFileSync(repoPath(c.file));
    const result = await captureCli(argsOf(c));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(golden.toString("utf8"));
    expect(Buffer.from(result.stdout, "utf8").equals(golden)).toBe(true);
  });
});

describe("--format jsonl", () => {
  async function records(args: string[] = []): Promise<JsonlRecord[]> {
    const result = await captureCli(["--print", "--format", "jsonl", ...args]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    return lines(result.stdout).map((line) => JSON.parse(line) as JsonlRecord);
  }

  it("starts with the lecture's first updates, worked by hand", async () => {
    const [first, second] = await records();
    expect(first?.epoch).toBe(0);
    expect(first?.update).toBe(1);
    expect(first?.loss).toBeCloseTo(1, 12);
    expect(first?.grads.w).toBeCloseTo(-2, 12);
    expect(first?.params.w).toBeCloseTo(1.02, 12);
    // w = 1.02, x = 2: loss (2.04 - 4)^2 = 3.8416, grad 2*2*(2.04 - 4) = -7.84, w 1.02 + 0.0784.
    expect(second?.epoch).toBe(0);
    expect(second?.update).toBe(2);
    expect(second?.loss).toBeCloseTo(3.8416, 12);
    expect(second?.grads.w).toBeCloseTo(-7.84, 12);
    expect(second?.params.w).toBeCloseTo(1.0984, 12);
  });

  it("writes one object per update: 30 for the default run, epochs 0..9, updates 1..30", async () => {
    const all = await records();
    expect(all).toHaveLength(30);
    expect(all.map((r) => r.update)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(all.map((r) => r.epoch)).toEqual(
      Array.from({ length: 30 }, (_, i) => Math.floor(i / 3)),
    );
    for (const r of all) {
      expect(Object.keys(r).sort()).toEqual(["epoch", "grads", "loss", "lr", "params", "update"]);
      expect(r.lr).toBe(0.01);
      expect(Object.keys(r.grads)).toEqual(["w"]);
      expect(Object.keys(r.params)).toEqual(["w"]);
    }
  });

  it("follows the lecture's loop at every update", async () => {
    const all = await records();
    const steps = lectureSteps(10);
    all.forEach((r, i) => {
      const step = steps[i] as LectureStep;
      expect(r.epoch).toBe(step.epoch);
      expect(r.loss).toBeCloseTo(step.loss, 12);
      expect(r.grads.w).toBeCloseTo(step.grad, 12);
      expect(r.params.w).toBeCloseTo(step.w, 12);
    });
  });

  it("names every parameter of a multi-parameter model", async () => {
    const [first] = await records(["--preset", "exercise3-1", "--epochs", "1"]);
    expect(Object.keys(first?.grads ?? {})).toEqual(["w2", "w1", "b"]);
    expect(Object.keys(first?.params ?? {})).toEqual(["w2", "w1", "b"]);
  });
});

describe("--format summary", () => {
  it("is one line whose w is the lecture loop's last w", async () => {
    const result = await captureCli(["--print", "--format", "summary"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toHaveLength(1);
    const match = /^updates=30 epochs=10 w=(\S+) mean_loss=(\S+) status=done \(([^)]+)\)\n$/.exec(
      result.stdout,
    );
    expect(match, result.stdout).not.toBeNull();
    const w = Number(match?.[1]);
    const meanLoss = Number(match?.[2]);
    const last = lectureSteps(10).at(-1) as LectureStep;
    expect(Math.abs(w - last.w)).toBeLessThan(1e-12);
    const expectedMean = [1, 2, 3].reduce((sum, x) => sum + (x * last.w - 2 * x) ** 2, 0) / 3;
    expect(meanLoss).toBeCloseTo(expectedMean, 12);
    // The golden transcript's last line is forward(4) = 4 * w, printed by Python.
    const golden = lines(readRepoFile("fixtures/transcripts/lecture-10.txt")).at(-1) ?? "";
    expect(Math.abs(4 * w - Number(golden.split(" ").at(-1)))).toBeLessThan(4e-12);
  });
});

describe("transcript batch shapes", () => {
  it("--batch full prints the whole data set as Python lists, one update per epoch", async () => {
    const result = await captureCli(["--print", "--batch", "full"]);
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out).toHaveLength(1 + 10 * 2 + 1);
    const grads = out.filter((line) => line.startsWith("\tgrad:"));
    expect(grads).toHaveLength(10);
    for (const line of grads)
      expect(line).toMatch(/^\tgrad: {2}\[1\.0, 2\.0, 3\.0\] \[2\.0, 4\.0, 6\.0\] \S+$/);
    // Full-batch MSE gradient at w = 1: mean(-2, -8, -18) = -9.33.
    expect(grads[0]).toBe("\tgrad:  [1.0, 2.0, 3.0] [2.0, 4.0, 6.0] -9.33");
  });

  it("--batch 2 prints each batch's x and y as lists, two updates per epoch", async () => {
    const result = await captureCli(["--print", "--batch", "2"]);
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out).toHaveLength(1 + 10 * 3 + 1);
    for (let epoch = 0; epoch < 10; epoch++) {
      const [first, second, progress] = out.slice(1 + 3 * epoch, 4 + 3 * epoch);
      expect(first).toMatch(/^\tgrad: {2}\[1\.0, 2\.0\] \[2\.0, 4\.0\] \S+$/);
      expect(second).toMatch(/^\tgrad: {2}\S*3\.0\S* \S*6\.0\S* \S+$/);
      expect(progress).toMatch(new RegExp(`^progress: ${epoch} w= \\S+ loss= \\S+$`));
    }
    // Mean of the first two per-sample gradients at w = 1: (-2 + -8) / 2.
    expect(out[1]).toBe("\tgrad:  [1.0, 2.0] [2.0, 4.0] -5.0");
  });
});

describe("--preset exercise3-1", () => {
  it("names w2, w1 and b on every progress line and prints three gradients", async () => {
    const result = await captureCli(["--print", "--preset", "exercise3-1"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    const progress = out.filter((line) => line.startsWith("progress:"));
    expect(progress).toHaveLength(10);
    progress.forEach((line, epoch) => {
      expect(line).toMatch(new RegExp(`^progress: ${epoch} w2= \\S+ w1= \\S+ b= \\S+ loss= \\S+$`));
    });
    for (const line of out.filter((l) => l.startsWith("\tgrad:"))) {
      expect(line).toMatch(/^\tgrad: {2}\S+ \S+ \S+ \S+ \S+$/);
    }
  });
});

describe("--help and --version", () => {
  const { version } = JSON.parse(readRepoFile("package.json")) as { version: string };

  it.each([["--help"], ["-h"], ["--print", "--help"]])("%s prints the help", async (...args) => {
    const result = await captureCli(args);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    for (const flag of ["--print", "--data", "--format", "--batch", "--init", "--epochs"]) {
      expect(result.stdout).toContain(flag);
    }
  });

  it.each([["--version"], ["-v"]])("%s prints the package version", async (...args) => {
    const result = await captureCli(args);
    expect(result).toEqual({ code: 0, stdout: `gd-tui ${version}\n`, stderr: "" });
  });
});
