import { describe, expect, it } from "vitest";
import { MODELS } from "../../src/core/models/index.js";
import { stepLines } from "../../src/ui/step-lines.js";
import { WORKED_CASES, type WorkedCase, workedConfig } from "../core/worked-fixtures.js";
import {
  ASCII_THEME,
  COMPACT_SIZE,
  dashboardFrame,
  FIXTURES,
  FULL_SIZE,
  frameProblems,
  lectureSession,
  panelLines,
  play,
  runToEnd,
  steps,
} from "./helpers.js";

type Case = WorkedCase;
const CASES = WORKED_CASES;

const LARGE = [
  { columns: 120, rows: 40 },
  { columns: 160, rows: 48 },
  { columns: 200, rows: 50 },
] as const;
const ALL_SIZES = [COMPACT_SIZE, FULL_SIZE, ...LARGE] as const;
const VIEW = { type: "next-view" } as const;
/**
 * Cases whose lines do not fit the smaller sizes whole, and the index in ALL_SIZES from which they
 * do: the cubic model's four gradients and Adadelta's long Δ line wrap past 80x24's rows, and
 * Rprop's step-size line for each of three parameters past 120x40's.
 */
const SMALLEST: Readonly<Record<string, number>> = {
  "cubic, update 2": 1,
  "adadelta, update 2": 1,
  "rprop on exercise 3-1, update 3": 3,
};

const sessionOf = (c: Case) => steps(lectureSession(workedConfig(c)), c.steps);

/** The Step panel's lines, at 80x24 after `v` puts it where the charts were. */
function stepPanel(
  session: ReturnType<typeof lectureSession>,
  size: { readonly columns: number; readonly rows: number },
): string[] {
  const shown = size.columns < 100 || size.rows < 30 ? play(session, VIEW) : session;
  return panelLines(dashboardFrame(shown, size), "Step");
}

describe("Step panel", () => {
  // Every piece the script wrote is on screen whole, at every size: the numbers do not change with
  // the terminal, only where the pieces stand.
  it.each(
    CASES.flatMap((c) =>
      // The Adams' lines need a large terminal (three parameters' the largest); smaller
      // ones say how many lines are left out (below). AdamW's decay line for each of three
      // parameters outgrows even 200x50: its lines are checked in test/core/worked-step.test.ts.
      (["adam", "adamw", "nadam", "radam"].includes(c.optimizer)
        ? c.model === "linear"
          ? LARGE
          : c.optimizer === "adam"
            ? LARGE.slice(-1)
            : []
        : ALL_SIZES.slice(SMALLEST[c.name] ?? 0)
      ).map((size) => [c.name, `${size.columns}x${size.rows}`, c, size] as const),
    ),
  )("%s at %s: the script's numbers, whole", (_, __, c, size) => {
    const text = stepPanel(sessionOf(c), size).join("\n");
    const missing = c.lines.flat().filter((piece) => {
      // A piece too wide for the panel is cut before its `=` signs and continued on the next line.
      const parts = piece.split(" = ");
      return !parts.every((part) => text.includes(part));
    });
    expect(missing).toEqual([]);
  });

  it("the lecture's first update at 100x30 reads as the slide works it", () => {
    expect(stepPanel(steps(lectureSession(), 1), FULL_SIZE)).toEqual([
      "Step: update 1 (epoch 0, sample 1 of 3)",
      "x = 1.0   y = 2.0",
      "ŷ = x·w = 1.0·1.0 = 1.0   error ŷ − y = −1.0",
      "loss (ŷ − y)² = 1.0",
      "∂loss/∂w = 2x(xw − y) = 2·1.0·(1.0·1.0 − 2.0) = −2.0",
      "w ← w − lr·∂loss/∂w = 1.0 − 0.01·(−2.0) = 1.02",
    ]);
  });

  it("the same update on one line where the panel is wide", () => {
    expect(stepPanel(steps(lectureSession(), 1), { columns: 200, rows: 50 })).toContain(
      "ŷ = x·w = 1.0·1.0 = 1.0   error ŷ − y = −1.0   loss (ŷ − y)² = 1.0",
    );
  });

  it("before the first update it shows the one about to be taken", () => {
    const [title, ...lines] = stepPanel(lectureSession(), FULL_SIZE);
    expect(title).toBe("Step: next update, 1 (epoch 0, sample 1 of 3)");
    expect(lines.at(-1)).toBe("w ← w − lr·∂loss/∂w = 1.0 − 0.01·(−2.0) = 1.02");
  });

  it("at 80x24 it is one key away, and the key bar says so", () => {
    const frame = dashboardFrame(steps(lectureSession(), 1), COMPACT_SIZE);
    expect(frame).not.toContain("Step:");
    expect(frame.split("\n").at(-1)).toContain("v Step");
    const shown = dashboardFrame(play(steps(lectureSession(), 1), VIEW), COMPACT_SIZE);
    expect(shown).toContain("│Step: update 1 (epoch 0, sample 1 of 3)");
    expect(shown).not.toContain("Loss (mean");
    expect(shown.split("\n").at(-1)).toContain("v Fit");
    // The weights and the log stay.
    expect(shown).toContain("│Weights");
    expect(shown).toContain("│Gradient log");
  });

  it.each(ALL_SIZES)("beside the rest at $columns x $rows, without a key", (size) => {
    if (size === COMPACT_SIZE || size === FULL_SIZE) return;
    const frame = dashboardFrame(steps(lectureSession(), 1), size);
    expect(frame).toContain("│Step: update 1");
    expect(frame.split("\n").at(-1)).not.toContain("v ");
  });

  it("momentum shows its buffer filled in, in ASCII too", () => {
    const session = steps(lectureSession({ optimizer: "momentum" }), 2);
    expect(stepPanel(session, FULL_SIZE)).toContain(
      "buf ← μ·buf + g = 0.9·(−2.0) + (−7.84) = −9.64",
    );
    const ascii = panelLines(dashboardFrame(session, FULL_SIZE, ASCII_THEME), "Step", "|");
    expect(ascii).toContain("buf <- mu*buf + g = 0.9*(-2.0) + (-7.84) = -9.64");
  });

  it("a full batch shows the mean with the per-sample terms", () => {
    const session = steps(lectureSession({ batchSize: 3 }), 1);
    const lines = stepPanel(session, { columns: 120, rows: 40 });
    expect(lines[0]).toBe("Step: update 1 (epoch 0, batch 1 of 1)");
    // ŷ = 1, 2, 3; 2x(xw − y) = −2, −8, −18, mean −28/3.
    expect(lines).toContain("∂loss/∂w = mean 2x(xw − y) = (−2.0 + (−8.0) + (−18.0))/3 = −9.33333");
  });

  it("lines too long for the panel are cut before an = and go on below", () => {
    const lines = [["w ← w − lr·∂loss/∂w = 1.0984 − 0.01·(−16.2288) = 1.26069"]];
    expect(stepLines(lines, 30)).toEqual([
      "w ← w − lr·∂loss/∂w",
      "    = 1.0984 − 0.01·(−16.2288)",
      "    = 1.26069",
    ]);
    expect(stepLines([["x = 1.0", "y = 2.0", "ŷ = 1.0"]], 17)).toEqual([
      "x = 1.0   y = 2.0",
      "ŷ = 1.0",
    ]);
  });

  it("Adam on Exercise 3-1 at 100x30 says how many lines a taller terminal shows", () => {
    const session = steps(
      lectureSession({ model: MODELS.quadratic, init: [1, 1, 1], optimizer: "adam" }),
      1,
    );
    const lines = stepPanel(session, FULL_SIZE);
    expect(lines.at(-1)).toMatch(/^… \d+ more lines in a taller terminal$/);
    const tall = stepPanel(session, { columns: 200, rows: 50 });
    expect(tall.some((line) => line.startsWith("b ← b − lr·m^_b/(√(v^_b) + ε)"))).toBe(true);
  });
});

describe("Dashboard at larger sizes", () => {
  it.each(
    Object.entries(FIXTURES).flatMap(([name, make]) =>
      LARGE.map((size) => [name, `${size.columns}x${size.rows}`, make, size] as const),
    ),
  )("%s at %s fits, in Unicode and ASCII, with no NaN", (_, __, make, size) => {
    const frame = dashboardFrame(make(), size);
    expect(frameProblems(frame, size.columns, size.rows)).toEqual([]);
    expect(frame).not.toMatch(/NaN|Infinity/);
    const ascii = dashboardFrame(make(), size, ASCII_THEME);
    expect(ascii.split("\n").filter((line) => !/^[\x20-\x7e]*$/.test(line))).toEqual([]);
  });

  it.each(ALL_SIZES)("at $columns x $rows the 80x24 step view fits too", (size) => {
    const frame = dashboardFrame(play(FIXTURES.quadratic(), VIEW), size);
    expect(frameProblems(frame, size.columns, size.rows)).toEqual([]);
  });
});

describe("Epochs, counted one way", () => {
  // The lecture's run converges at the end of its 34th epoch, which its progress lines number 33:
  // the header must say epoch 33 too, never 34 beside "at epoch 33".
  it("the header's epoch is the one the reason and the log name", () => {
    const session = runToEnd(lectureSession());
    // 200 columns: the reason's end, cut at 100, is on the line.
    const frame = dashboardFrame(session, { columns: 200, rows: 50 });
    const second = frame.split("\n")[1] ?? "";
    expect(second).toMatch(
      /^● converged · c continue, b back, r reset · epoch 33 \(3\/3\) of 100 · update 102 · .* at epoch 33$/,
    );
    expect(frame).not.toMatch(/epochs? 34/);
    expect(panelLines(frame, "Gradient log").at(-1)).toMatch(/^progress: 33 /);
  });

  it("mid-epoch, the header counts the updates of the epoch under way", () => {
    const second = dashboardFrame(steps(lectureSession(), 4), FULL_SIZE).split("\n")[1];
    expect(second).toContain("epoch 1 (1/3) of 100 · update 4");
  });
});

/** The second help page's text, its wrapped lines joined again. */
const helpText = (frame: string) =>
  panelLines(frame, "What each panel shows")
    .map((line) => line.trim())
    .join(" ");

describe("Help, second page", () => {
  const pageTwo = (session = FIXTURES["help open"]()) => play(session, { type: "toggle-help" });

  it.each(ALL_SIZES)("at $columns x $rows explains the panels and the formulas, whole", (size) => {
    const frame = dashboardFrame(pageTwo(), size);
    expect(frameProblems(frame, size.columns, size.rows)).toEqual([]);
    const text = helpText(frame);
    for (const words of [
      "What each panel shows",
      "Step: the last update by hand",
      "the last sample's loss (not the mean)",
      "Epochs count from 0",
      "Model: ŷ = x·w; loss (ŷ − y)², the mean over the sample; ∂loss/∂w = 2x(xw − y).",
      "SGD, for each parameter θ with gradient g: θ ← θ − lr·g.",
    ]) {
      expect(text).toContain(words);
    }
  });

  it("names the current model's and optimizer's formulas", () => {
    const session = play(
      lectureSession({ model: MODELS.quadratic, init: [1, 1, 1], optimizer: "adam" }),
      { type: "toggle-help" },
      { type: "toggle-help" },
    );
    const text = helpText(dashboardFrame(session, FULL_SIZE));
    expect(text).toContain("∂loss/∂w2 = 2x²(ŷ − y); ∂loss/∂w1 = 2x(ŷ − y); ∂loss/∂b = 2(ŷ − y).");
    expect(text).toContain("Adam, for each parameter θ with gradient g: t ← t + 1;");
  });
});
