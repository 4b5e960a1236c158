import { describe, expect, it } from "vitest";
import { followedRun } from "../../src/core/race-state.js";
import type { SessionAction } from "../../src/ui/session.js";
import {
  COMPACT_SIZE,
  dashboardFrame,
  FIXTURES,
  FULL_SIZE,
  lectureSession,
  play,
  renderApp,
  runToEnd,
} from "./helpers.js";

// No dead ends: once a run has ended, the status line (the header's second line) says what can be
// done next, and `c` continues where that makes sense.

const statusLine = (frame: string) => frame.split("\n")[1] ?? "";
const lr = (value: number): SessionAction => ({
  type: "run",
  event: { type: "set-learning-rate", lr: value },
});

describe("the status line after a run ends", () => {
  it.each([FULL_SIZE, COMPACT_SIZE])("at the epoch limit offers more epochs ($columns)", (size) => {
    const done = runToEnd(lectureSession({ maxEpochs: 5 }));
    expect(statusLine(dashboardFrame(done, size))).toMatch(
      /^● done · c 5 more epochs, b back, r reset · epoch 4 \(3\/3\) of 5 · /,
    );
  });

  it("after a divergence names the rate a reset will start at", () => {
    // Full batch diverges above lr 3/14: raised from 0.01 to 0.5, a reset offers 0.01 again.
    const raised = play(lectureSession({ batchSize: 3 }), lr(0.5));
    const diverged = runToEnd(raised);
    expect(followedRun(diverged).status.kind).toBe("diverged");
    expect(statusLine(dashboardFrame(diverged, COMPACT_SIZE))).toMatch(
      /^● diverged · b back, r reset at lr 0\.01 · /,
    );
  });

  it("says nothing of the kind while the run can still go on", () => {
    expect(statusLine(dashboardFrame(FIXTURES["after 3 steps"](), FULL_SIZE))).not.toMatch(
      /reset|continue/,
    );
  });
});

describe("c in the dashboard", () => {
  it("continues a converged run: running, past the convergence stop", async () => {
    const app = renderApp(FIXTURES.converged());
    expect(app.line(1)).toMatch(/^● converged · c continue/);
    await app.press("c");
    expect(app.line(1)).toMatch(/^● running · epoch \d+ \(\d\/3\) of 100 · /);
    app.unmount();
  });

  it("does nothing to a paused run", async () => {
    const app = renderApp(FIXTURES["after 3 steps"]());
    const before = app.frame();
    expect(await app.press("c")).toBe(before);
    app.unmount();
  });
});
