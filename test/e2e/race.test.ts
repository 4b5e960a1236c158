import { afterEach, describe, expect, it } from "vitest";
import { type Pty, ready, startPty, updateCount } from "../../bench/pty.js";

// The race in the built dashboard at 80x24, as a class would watch it, with and without
// colour: every run named in the legend and its letter on the loss chart.

const WAIT_MS = 15_000;
const RACE = [
  "--optimizer",
  "sgd",
  "--optimizer",
  "momentum",
  "--optimizer",
  "adam:lr=0.1",
  "--preset",
  "exercise3-1",
];

let pty: Pty | undefined;
afterEach(() => pty?.kill("SIGKILL"));

describe("a race at 80x24", () => {
  for (const env of [{}, { NO_COLOR: "1" }]) {
    it(`runs three racers apart ${"NO_COLOR" in env ? "with NO_COLOR" : "in colour"}`, {
      timeout: 60_000,
    }, async () => {
      pty = startPty({ cols: 80, rows: 24, args: RACE, env });
      const start = await ready(pty, WAIT_MS);
      const legend = start.slice(2, 4).join("\n");
      for (const name of [
        "A SGD lr 0.01 idle",
        "B SGD + momentum lr 0.01 idle",
        "C Adam lr 0.1 idle",
      ])
        expect(legend).toContain(name);
      pty.type(" ");
      const screen = await pty.waitFor(
        (s) => /\bB SGD \+ momentum .*diverged/.test(s.slice(2, 4).join(" ")),
        WAIT_MS * 2,
      );
      expect(updateCount(screen)).toBeGreaterThan(0);
      const chart = screen
        .slice(4, 12)
        .map((line) => line.slice(0, 46))
        .join("\n");
      for (const letter of ["A", "B", "C"]) expect(chart).toContain(letter);
      expect(screen.filter((line) => line.trim() !== "").length).toBeLessThanOrEqual(23);
      pty.type("n");
      await pty.waitFor((s) => (s[1] ?? "").includes("● B diverged"), WAIT_MS);
      pty.type("q");
      expect((await pty.exit).exitCode).toBe(0);
    });
  }
});
