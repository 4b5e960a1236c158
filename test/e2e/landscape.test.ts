import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Pty, ready, startPty, updateCount as updates } from "../../bench/pty.js";

// The loss landscape in the built dashboard, in a real pseudo-terminal, read off the screen as a
// student reads it: where the dot is against the axis's numbers.

const WAIT_MS = 10_000;
const STEP_MS = 30_000;

/** The landscape panel's inside: the top-right box, from its title down to its bottom border. */
function landscapePanel(screen: readonly string[]): string[] {
  const top = screen.findIndex((line) => line.includes("Loss landscape"));
  if (top < 0) return [];
  const left = Array.from(screen[top] ?? "").indexOf("L", screen[top]?.indexOf("Loss landscape"));
  const lines: string[] = [];
  for (const line of screen.slice(top)) {
    const cells = Array.from(line);
    const inside = cells.slice(left);
    if (inside[0] === "─" || inside[0] === undefined) break;
    lines.push(inside.join("").replace(/│$/, ""));
  }
  return lines;
}

/** The parameter value under the current point, from the tick labels' columns: linear between. */
function pointValue(panel: readonly string[]): number {
  const row = panel.findIndex((line, i) => i > 0 && line.includes("●"));
  const column = Array.from(panel[row] ?? "").indexOf("●");
  const axis = panel.at(-1) ?? "";
  const ticks = [...axis.matchAll(/-?\d+(\.\d+)?/g)].map((m) => ({
    value: Number(m[0]),
    at: (m.index ?? 0) + (m[0].length - 1) / 2,
  }));
  const first = ticks[0];
  const last = ticks.at(-1);
  if (row < 0 || !first || !last || first === last) throw new Error(panel.join("\n"));
  return first.value + ((column - first.at) * (last.value - first.value)) / (last.at - first.at);
}

describe("the divergence demo at 100x30 (--batch full --lr 0.3)", () => {
  let pty: Pty;
  beforeAll(() => {
    pty = startPty({ cols: 100, rows: 30, args: ["--batch", "full", "--lr", "0.3"] });
  });
  afterAll(() => pty?.kill("SIGKILL"));

  // w − 2 is multiplied by 1 − 2·0.3·14/3 = −1.8 an update: w = 1, 3.8, −1.24, 7.832, −8.4976,
  // 16.696, so the distance from the minimum 2 grows 1, 1.8, 3.24, 5.83, 10.5, 14.7; the view
  // doubles each time the point would leave it.
  it("shows the point climbing away from the minimum and the view widening with its cue", {
    timeout: STEP_MS,
  }, async () => {
    const first = landscapePanel(await ready(pty, WAIT_MS));
    expect(first[0]?.trim()).toBe("Loss landscape: loss(w)");
    expect(first.at(-1)?.trim().split(/\s+/)).toEqual(["0", "1", "2", "3", "4"]);
    const distances = [Math.abs(pointValue(first) - 2)];
    const titles: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      pty.type("s");
      const panel = landscapePanel(await pty.waitFor((s) => updates(s) === n, WAIT_MS));
      distances.push(Math.abs(pointValue(panel) - 2));
      titles.push(panel[0]?.trim() ?? "");
    }
    for (let k = 1; k < distances.length; k++) {
      expect(distances[k], distances.join(", ")).toBeGreaterThan(distances[k - 1] as number);
    }
    expect(distances.at(-1)).toBeGreaterThan(10);
    expect(titles[0]).toBe("Loss landscape: loss(w)");
    expect(titles[1]).toContain("zoomed out ×2");
    expect(titles[3]).toContain("zoomed out ×8");
  });

  it("z fits the view to the minimum and the path again", { timeout: STEP_MS }, async () => {
    pty.type("z");
    const screen = await pty.waitFor(
      (s) => landscapePanel(s)[0]?.trim() === "Loss landscape: loss(w)",
      WAIT_MS,
    );
    expect(Math.abs(pointValue(landscapePanel(screen)) - 2)).toBeGreaterThan(10);
  });
});

describe("the landscape's axis on the lecture", () => {
  let pty: Pty;
  beforeAll(() => {
    pty = startPty({ cols: 100, rows: 30 });
  });
  afterAll(() => pty?.kill("SIGKILL"));

  // The minimum is a rounding error away from 2; the view is held, so its ends stay 0 and 4.
  it("keeps the slide's round ticks while the point moves inside", {
    timeout: STEP_MS,
  }, async () => {
    await ready(pty, WAIT_MS);
    let previous = Number.NEGATIVE_INFINITY;
    for (const n of [1, 2, 3]) {
      pty.type("s");
      const panel = landscapePanel(await pty.waitFor((s) => updates(s) === n, WAIT_MS));
      expect(panel.at(-1)?.trim().split(/\s+/)).toEqual(["0", "1", "2", "3", "4"]);
      const w = pointValue(panel);
      expect(w).toBeGreaterThan(previous);
      previous = w;
    }
  });
});
