import { describe, expect, it } from "vitest";
import { captureCli, lines } from "./run-cli.js";

// `--print` has one stopping rule for every format: every epoch, as the lecture's loop runs,
// unless --tol-loss or --tol-grad is given. So the three formats of the same flags end at the same
// update: the transcript's grad lines, the jsonl rows and the summary's updates= agree.

async function updatesOf(
  args: string[],
): Promise<{ grads: number; rows: number; summary: number }> {
  const run = async (format: string) => {
    const result = await captureCli(["--print", "--format", format, ...args]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    return lines(result.stdout);
  };
  const transcript = await run("transcript");
  const jsonl = await run("jsonl");
  const [summary = ""] = await run("summary");
  return {
    grads: transcript.filter((line) => line.startsWith("\tgrad:")).length,
    rows: jsonl.length,
    summary: Number(/^updates=(\d+) /.exec(summary)?.[1]),
  };
}

/**
 * The epoch (0-based) at whose end the lecture's run first has mean loss ≤ `tolLoss` or gradient
 * norm ≤ `tolGrad`, worked out with the loop written plainly: on y = 2x the mean loss is
 * (w − 2)²·14/3 and its gradient (28/3)(w − 2).
 */
function convergedAt(tolLoss: number, tolGrad: number): number {
  let w = 1;
  for (let epoch = 0; ; epoch++) {
    for (const x of [1, 2, 3]) w -= 0.01 * 2 * x * (x * w - 2 * x);
    if (((w - 2) ** 2 * 14) / 3 <= tolLoss || Math.abs((28 / 3) * (w - 2)) <= tolGrad) return epoch;
  }
}

describe("--print formats stop at the same update", () => {
  it("--epochs 100: every epoch in every format, 3 updates each (no convergence stop)", async () => {
    // This was 300 grad lines against 102 jsonl rows: jsonl stopped at convergence (epoch 33).
    expect(await updatesOf(["--epochs", "100"])).toEqual({ grads: 300, rows: 300, summary: 300 });
  });

  it("--tol-loss given: every format stops where the loss first falls to it", async () => {
    const epoch = convergedAt(1e-8, 0);
    expect(epoch).toBe(33);
    const updates = 3 * (epoch + 1);
    expect(await updatesOf(["--epochs", "100", "--tol-loss", "1e-8"])).toEqual({
      grads: updates,
      rows: updates,
      summary: updates,
    });
  });

  it("--tol-grad given: the same", async () => {
    const updates = 3 * (convergedAt(0, 1e-3) + 1);
    expect(await updatesOf(["--epochs", "100", "--tol-grad", "1e-3"])).toEqual({
      grads: updates,
      rows: updates,
      summary: updates,
    });
  });

  it.each([
    ["a divergence", ["--batch", "full", "--lr", "0.5", "--epochs", "50"]],
    ["mini-batches", ["--batch", "2", "--epochs", "7"]],
    ["Exercise 3-1 with Adam", ["--preset", "exercise3-1", "--optimizer", "adam", "--lr", "0.1"]],
  ])("%s: the three formats agree", async (_, args) => {
    const { grads, rows, summary } = await updatesOf(args);
    expect([rows, summary]).toEqual([grads, grads]);
  });
});
