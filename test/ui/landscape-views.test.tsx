import { render } from "ink-testing-library";
import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { contourGrid, pairsOf } from "../../src/core/contour.js";
import { fitData } from "../../src/core/fit.js";
import { lossSlice } from "../../src/core/landscape.js";
import { MODELS } from "../../src/core/models/index.js";
import { followedRun } from "../../src/core/race-state.js";
import { contourCells } from "../../src/ui/contour-plot.js";
import { fitLayout, type Layout, slotOf } from "../../src/ui/layout.js";
import type { Session } from "../../src/ui/session.js";
import { type Theme, ThemeContext } from "../../src/ui/theme.js";
import { ContourPanel } from "../../src/ui/views/contour-panel.js";
import { FitPanel } from "../../src/ui/views/fit-panel.js";
import { Landscape } from "../../src/ui/views/landscape.js";
import {
  ASCII_THEME,
  dashboardFrame,
  frameProblems,
  lectureSession,
  PLAIN,
  play,
  STEP,
  steps,
} from "./helpers.js";

const SIZES = [
  { columns: 80, rows: 24 },
  { columns: 100, rows: 30 },
  { columns: 120, rows: 40 },
  { columns: 200, rows: 50 },
] as const;

/** The top-right rectangle at a size: where the landscape goes, and the contour beside or for it. */
function box(size: { columns: number; rows: number }): { width: number; height: number } {
  const slot = slotOf(fitLayout(size.columns, size.rows) as Layout, "landscape");
  return { width: slot?.width ?? 0, height: slot?.height ?? 0 };
}

/** The panel's lines inside its border: the title first. */
function drawn(element: ReactElement, theme: Theme = PLAIN): string[] {
  const { lastFrame, unmount } = render(
    <ThemeContext.Provider value={theme}>{element}</ThemeContext.Provider>,
  );
  const lines = (lastFrame() ?? "").split("\n");
  unmount();
  return lines.slice(1, -1).map((line) => Array.from(line).slice(1, -1).join(""));
}

function landscapeOf(session: Session, size: { columns: number; rows: number }): string[] {
  const { width, height } = box(size);
  const slice = lossSlice(
    followedRun(session),
    session.landscapeParam,
    session.landscapeView,
    width,
  );
  return drawn(
    <Landscape
      slice={slice}
      names={MODELS[followedRun(session).config.model].params}
      width={width}
      height={height}
    />,
  );
}

/** Where the current point is: its row and column inside the panel. */
function pointOf(lines: readonly string[], mark = "●"): [number, number] {
  const row = lines.findIndex((line) => line.includes(mark));
  return [row, Array.from(lines[row] ?? "").indexOf(mark)];
}

/** Full batch at lr 0.3: w goes 1, 3.8, −1.24, 7.832, −8.4976 (w − 2 times −1.8 an update). */
const divergence = () => lectureSession({ batchSize: 3, lr: 0.3 });

describe.each(SIZES)("the landscape at $columns x $rows", (size) => {
  it("starts on the slide's view: w 0…4, the loss from 0 with round ticks", () => {
    const lines = landscapeOf(lectureSession(), size);
    expect(lines[0]).toMatch(/^Loss landscape: loss\(w\) *$/);
    expect(lines.at(-1)?.trim().split(/\s+/)).toEqual(["0", "1", "2", "3", "4"]);
    const labels = lines
      .slice(1, -1)
      .map((l) => l.slice(0, 10).trim())
      .filter((l) => l !== "");
    expect(labels.at(-1)).toBe("0");
    for (const label of labels) expect(Number(label) % 5).toBe(0);
  });

  it("holds still for steps inside it: the axis stays, only the point moves", () => {
    let session = lectureSession();
    const first = landscapeOf(session, size);
    for (let i = 0; i < 6; i++) {
      const before = session.landscapeView;
      session = play(session, STEP);
      expect(session.landscapeView).toBe(before);
      const lines = landscapeOf(session, size);
      expect(lines.at(-1)).toBe(first.at(-1));
      expect(lines[0]).toBe(first[0]);
    }
    // Six per-sample updates at lr 0.01 bring w from 1 to 1.46: the point moved right.
    expect(pointOf(landscapeOf(session, size))[1]).toBeGreaterThan(pointOf(first)[1]);
  });

  it("widens with a cue in the title when the point leaves, and keeps the point on screen", () => {
    const zooms = [1, 1, 2, 4, 8];
    let session = divergence();
    zooms.forEach((zoom, k) => {
      if (k > 0) session = play(session, STEP);
      const lines = landscapeOf(session, size);
      expect(session.landscapeView.zoom).toBe(zoom);
      if (zoom > 1) expect(lines[0]).toContain(`×${zoom}`);
      else expect(lines[0]).not.toContain("×");
      expect(pointOf(lines)[0]).toBeGreaterThan(0);
    });
    // At ×8 the view is −14…18 about the minimum 2: its ticks are round, 0 among them.
    expect(landscapeOf(session, size).at(-1)?.trim().split(/\s+/)).toContain("0");
  });

  it("does not shrink back when the run returns; z fits the view again", () => {
    const wide = steps(divergence(), 4);
    const back = play(wide, { type: "run", event: { type: "step-back" } });
    expect(back.landscapeView).toBe(wide.landscapeView);
    const fitted = play(back, { type: "reset-view" });
    expect(fitted.landscapeView.zoom).toBe(1);
    expect(landscapeOf(fitted, size)[0]).not.toContain("×");
    // A reset of the run goes back to the slide's view.
    const reset = play(wide, { type: "run", event: { type: "reset" } });
    expect(reset.landscapeView).toEqual({ lo: 0, hi: 4, zoom: 1 });
  });
});

function contourOf(session: Session, size: { columns: number; rows: number }, theme = PLAIN) {
  const { width, height } = box(size);
  const { columns, rows } = contourCells(width - 2, height - 3);
  const pair = pairsOf(followedRun(session).params.length)[session.contourPair];
  if (!pair || !session.contourView) throw new Error("no contour");
  const grid = contourGrid(followedRun(session), pair, session.contourView, columns, rows);
  return drawn(
    <ContourPanel
      grid={grid}
      names={MODELS[followedRun(session).config.model].params}
      pairCount={pairsOf(followedRun(session).params.length).length}
      width={width}
      height={height}
    />,
    theme,
  );
}

const affine = (n: number) =>
  steps(lectureSession({ model: MODELS.affine, init: [1, 1], lr: 0.05 }), n);

describe.each(SIZES)("the contour at $columns x $rows", (size) => {
  it("is titled by its pair, marks the minimum (2, 0), the path and the current point", () => {
    const lines = contourOf(affine(12), size);
    expect(lines[0]).toMatch(/^loss\(w, b\)/);
    const text = lines.join("\n");
    expect(text.match(/●/g)).toHaveLength(2); // the point, and its legend
    expect(text).toMatch(/× min (w )?2, (b )?0/);
    // The minimum's cell: its column is under the x tick 2, its row beside the y tick 0.
    const axis = lines.at(-2) ?? "";
    const [minRow, minColumn] = pointOf(lines.slice(1), "×");
    const tick = Array.from(axis).indexOf("2");
    expect(Math.abs(minColumn - tick)).toBeLessThanOrEqual(1);
    const zeroRow = lines.slice(1).findIndex((l) => l.slice(0, 7).trim() === "0");
    expect(Math.abs(minRow - zeroRow)).toBeLessThanOrEqual(1);
    expect(text.match(/•/g)?.length ?? 0).toBeGreaterThan(1);
  });

  it("reads in ASCII without colour: its own marks, no Unicode", () => {
    const lines = contourOf(affine(12), size, ASCII_THEME);
    const text = lines.join("\n");
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
    expect(text).toMatch(/X min (w )?2, (b )?0/);
    expect(text).toContain("@");
  });

  it("cycles the pairs of the quadratic model with p, holding each view", () => {
    let session = steps(lectureSession({ model: MODELS.quadratic, init: [1, 1, 1] }), 3);
    const titles = ["loss(w2, w1)", "loss(w2, b)", "loss(w1, b)", "loss(w2, w1)"];
    titles.forEach((title, k) => {
      if (k > 0) session = play(session, { type: "next-pair" });
      expect(contourOf(session, size)[0]).toMatch(new RegExp(`^${title.replace(/[()]/g, "\\$&")}`));
    });
  });

  it("holds its view for steps inside it and widens with a cue when the point leaves", () => {
    const calm = affine(6);
    expect(play(calm, STEP).contourView).toBe(calm.contourView);
    let wild = lectureSession({ model: MODELS.affine, init: [1, 1], batchSize: 3, lr: 0.25 });
    for (let i = 0; i < 4; i++) wild = play(wild, STEP);
    const zoom = Math.max(wild.contourView?.x.zoom ?? 1, wild.contourView?.y.zoom ?? 1);
    expect(zoom).toBeGreaterThan(1);
    expect(contourOf(wild, size)[0]).toContain(`×${zoom}`);
  });
});

function fitOf(session: Session, size: { columns: number; rows: number }, theme = PLAIN) {
  const { width, height } = box(size);
  const data = fitData(followedRun(session).config.data);
  return drawn(
    <FitPanel run={followedRun(session)} data={data} width={width} height={height} />,
    theme,
  );
}

describe.each(SIZES)("the fit at $columns x $rows", (size) => {
  it("draws the lecture's points, the line and its forecast at 4 hours", () => {
    const lines = fitOf(lectureSession(), size);
    expect(lines[0]).toMatch(/^Fit: ŷ = x·w/);
    // w = 1: ŷ(4) = 4; the first sample (1, 2) is about to be used, its residual 1 − 2 = −1.
    expect(lines.at(-1)).toContain("◆ 4 hours: 4");
    expect(lines.at(-1)).toContain("ŷ−y -1 at x 1");
    const text = lines.join("\n");
    expect(text.match(/○/g)).toHaveLength(2);
    expect(text.match(/●/g)).toHaveLength(1);
    expect(lines.at(-2)?.trim().split(/\s+/)).toEqual(["0", "1", "2", "3", "4"]);
  });

  it("turns the line onto the points as w nears 2", () => {
    const late = steps(lectureSession({ maxEpochs: 1000 }), 60);
    const lines = fitOf(late, size);
    // After 20 epochs w ≈ 2: ŷ(4) rounds to 8, and the residual of (3, 6) is near 0.
    expect(lines.at(-1)).toMatch(/◆ 4 hours: 7\.9\d*|◆ 4 hours: 8/);
  });

  it("says only '4 hours' on the lecture's data", () => {
    const session = lectureSession({ data: { name: "other", xs: [0, 1, 5], ys: [1, 2, 3] } });
    expect(fitOf(session, size).join("\n")).not.toContain("4 hours");
  });
});

describe.each(SIZES)("the dashboard at $columns x $rows", (size) => {
  it.each([
    ["lecture", () => steps(lectureSession(), 3)],
    ["divergence", () => steps(divergence(), 4)],
    ["affine", () => affine(12)],
    ["quadratic", () => steps(lectureSession({ model: MODELS.quadratic, init: [1, 1, 1] }), 5)],
  ])("%s fits the terminal, in ASCII too", (_, make) => {
    const session = make();
    for (const theme of [PLAIN, ASCII_THEME]) {
      const frame = dashboardFrame(session, size, theme);
      expect(frameProblems(frame, size.columns, size.rows)).toEqual([]);
      expect(frame).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe("the views in the session", () => {
  it("Tab fits the landscape to the next parameter; a no-op keeps the same session", () => {
    const session = steps(lectureSession({ model: MODELS.quadratic, init: [1, 1, 1] }), 3);
    const next = play(session, { type: "next-param" });
    expect(next.landscapeParam).toBe(1);
    expect(next.landscapeView).not.toBe(session.landscapeView);
    expect(next.landscapeView.zoom).toBe(1);
    const w1 = followedRun(next).params[1] as number;
    expect(w1).toBeGreaterThanOrEqual(next.landscapeView.lo);
    expect(w1).toBeLessThanOrEqual(next.landscapeView.hi);
    const fitted = play(next, { type: "reset-view" });
    expect(play(fitted, { type: "reset-view" })).toBe(fitted);
    expect(play(session, { type: "tick", updates: 5, rate: 10 })).toBe(session);
  });

  it("a one-parameter model has no contour, and p changes nothing", () => {
    const session = lectureSession();
    expect(session.contourView).toBeUndefined();
    expect(play(session, { type: "next-pair" })).toBe(session);
  });
});
