import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { type RunEvent, transition } from "../../src/core/machine.js";
import { followedRun } from "../../src/core/race-state.js";
import type { RunState } from "../../src/core/run.js";
import { lossSeries } from "../../src/core/selectors.js";
import { LABEL_COLUMN } from "../../src/ui/chart-grid.js";
import type { Session } from "../../src/ui/session.js";
import { type Theme, ThemeContext } from "../../src/ui/theme.js";
import { LossChart } from "../../src/ui/views/loss-chart.js";
import {
  ASCII_THEME,
  COMPACT_SIZE,
  dashboardFrame,
  FIXTURES,
  FULL_SIZE,
  lectureSession,
  PLAIN,
  panelLines,
} from "./helpers.js";

const RUN: RunEvent = { type: "run" };
const lr = (value: number): RunEvent => ({ type: "set-learning-rate", lr: value });

function play(run: RunState, ...events: RunEvent[]): RunState {
  return events.reduce(transition, run);
}

/** The lecture run 10⁵ epochs in (no convergence stop), the rate raised once at epoch 50,000. */
function longRun(): Session {
  const session = lectureSession({ maxEpochs: 100_000, tolLoss: 0, tolGrad: 0 });
  const run = play(followedRun(session), RUN, { type: "tick", updates: 150_000 }, lr(0.02), {
    type: "tick",
    updates: 1e9,
  });
  return { ...session, runs: [run] };
}

/** The chart panel alone, as Ink draws it. */
function chart(session: Session, width: number, height: number, theme: Theme = PLAIN): string[] {
  const { lastFrame, unmount } = render(
    <ThemeContext.Provider value={theme}>
      <LossChart
        series={lossSeries(followedRun(session), 60)}
        isLogScale={session.isLogScale}
        width={width}
        height={height}
      />
    </ThemeContext.Provider>,
  );
  const frame = lastFrame() ?? "";
  unmount();
  return panelLines(frame, "Loss (", theme.isAscii ? "|" : "│");
}

const yLabel = (line: string) => line.slice(0, LABEL_COLUMN).trim();

describe("loss chart", () => {
  it.each([
    ["100x30", FULL_SIZE],
    ["80x24", COMPACT_SIZE],
  ])("after 10⁵ epochs at %s it still starts at 4.67, the top row, the first column", (_, size) => {
    const session = longRun();
    expect(followedRun(session).status.kind).toBe("done");
    const inside = panelLines(dashboardFrame(session, size), "Loss (");
    expect(inside[0]).toBe("Loss (mean over data, epoch highs/lows)");
    const plot = inside.slice(1);
    // The start, (1 − 2)²·14/3 = 4.67, labels the top row and sits on the axis there.
    expect(yLabel(plot[0] as string)).toBe("4.67");
    expect(plot[0]?.[LABEL_COLUMN]).toBe("┼");
    const axis = plot.at(-1) as string;
    expect(axis.slice(0, LABEL_COLUMN)).toBe("   epochs ");
    expect(axis.slice(LABEL_COLUMN).trim().split(/ +/)[0]).toBe("0");
    expect(axis.trim().endsWith("100000")).toBe(true);
  });

  it("marks where the learning rate changed, about half way along", () => {
    const lines = chart(longRun(), 70, 14);
    expect(lines[0]).toBe("Loss (mean over data, epoch highs/lows)  ┊ lr/optimizer change");
    const columns = lines
      .slice(1, -1)
      .map((line) => Array.from(line).indexOf("┊", LABEL_COLUMN))
      .filter((c) => c >= 0);
    expect(columns.length).toBeGreaterThan(0);
    // Epoch 50,000 of 100,000, over the plot's 58 columns (68 inside the border, less 10 of labels).
    const at = (columns[0] as number) - LABEL_COLUMN;
    expect(Math.abs(at / 57 - 0.5)).toBeLessThan(0.05);
    const ascii = chart(longRun(), 70, 14, ASCII_THEME);
    expect(ascii[0]).toContain("highs/lows)  : lr/optimizer change");
  });

  it("per update while young: x axis in updates, 0 to the updates done", () => {
    const session = {
      ...lectureSession(),
      runs: [play(followedRun(lectureSession()), RUN, { type: "tick", updates: 5 })],
    };
    const lines = chart(session, 40, 10);
    expect(lines[0]).toBe("Loss (mean over data, per update)");
    const axis = lines.at(-1) as string;
    expect(axis.slice(0, LABEL_COLUMN)).toBe("  updates ");
    expect(axis.slice(LABEL_COLUMN).trim().split(/ +/)).toEqual(["0", "5"]);
  });

  it("a run whose loss reached exactly 0 draws it on a log scale, on a row labelled 0", () => {
    // lr 0.5 lands on w = 2 at the first update: losses 4.67, 0, 0, 0.
    const converged = { ...FIXTURES.converged(), isLogScale: true };
    const lines = chart(converged, 40, 10);
    expect(lines.join("\n")).not.toContain("no data yet");
    const plot = lines.slice(1, -1);
    expect(yLabel(plot[0] as string)).toBe("4.67");
    expect(yLabel(plot.at(-1) as string)).toBe("0");
    // Column 1 steps down from 4.67 (╰), then the zeros run along the row.
    expect((plot.at(-1) as string).slice(LABEL_COLUMN + 1, LABEL_COLUMN + 4)).toBe("╰──");
  });

  it("and on a linear scale, its labels run from 0 up, never below", () => {
    const lines = chart(FIXTURES.converged(), 40, 10).slice(1, -1);
    const labels = lines.map(yLabel).map(Number);
    expect(labels.at(-1)).toBe(0);
    expect(labels.every((y) => y >= 0)).toBe(true);
  });
});
