import { render } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/ui/app.js";
import { ENGINE_SHARE, EngineShare } from "../../src/ui/engine-share.js";
import { type AppAction, reduceApp } from "../../src/ui/input.js";
import { SPEEDS } from "../../src/ui/ladder.js";
import type { Session } from "../../src/ui/session.js";
import { MAX_BUSY } from "../../src/ui/ticker.js";
import { FULL_SIZE, lectureSession, PLAIN, play, settle } from "./helpers.js";

afterEach(() => {
  vi.useRealTimers();
});

// 10 frames a second (fake timers count whole milliseconds): 100 ms a frame, 50 ms of it the
// engines' share. Every figure below is that 50 ms divided by hand.
const FRAME = 100;

describe("one share of engine time", () => {
  it("is the whole share for a runner alone, bound or not", () => {
    const share = new EngineShare();
    const a = {};
    expect(ENGINE_SHARE).toBe(0.5);
    expect(share.budgetMs(a, FRAME)).toBe(50);
    share.report(a, true);
    expect(share.budgetMs(a, FRAME)).toBe(50);
  });

  it("is halved between two bound runners, and whole again when one leaves", () => {
    const share = new EngineShare();
    const [a, b] = [{}, {}];
    share.report(a, true);
    expect(share.budgetMs(b, FRAME)).toBe(25);
    share.report(b, true);
    expect(share.budgetMs(a, FRAME)).toBe(25);
    expect(share.budgetMs(b, FRAME)).toBe(25);
    share.leave(b);
    expect(share.budgetMs(a, FRAME)).toBe(50);
    expect(share.boundCount).toBe(1);
  });

  it("is not divided with a runner its budget did not bind (a slow speed)", () => {
    const share = new EngineShare();
    const [a, b, c] = [{}, {}, {}];
    share.report(a, true);
    share.report(b, true);
    share.report(c, false);
    expect(share.budgetMs(a, FRAME)).toBe(25);
    // c, not bound, gets what one more would: a third.
    expect(share.budgetMs(c, FRAME)).toBeCloseTo(50 / 3, 12);
    share.report(b, false);
    expect(share.budgetMs(a, FRAME)).toBe(50);
  });
});

describe("one share of the wall clock for the dashboards' frames", () => {
  it("is MAX_BUSY for one, divided among those whose frames it stretched", () => {
    const share = new EngineShare();
    const [a, b, c] = [{}, {}, {}];
    expect(MAX_BUSY).toBe(0.75);
    expect(share.busyShare(a)).toBe(0.75);
    share.reportStretched(a, true);
    expect(share.busyShare(a)).toBe(0.75);
    // Two at 500x200, each frame far longer than its slot: 3/8 each, a quarter for the rest.
    share.reportStretched(b, true);
    expect(share.busyShare(a)).toBe(0.375);
    expect(share.busyShare(b)).toBe(0.375);
    // A cheap dashboard's frames do not divide it; it could take a third were it to need more.
    share.reportStretched(c, false);
    expect(share.busyShare(a)).toBe(0.375);
    expect(share.busyShare(c)).toBe(0.25);
    share.leave(b);
    expect(share.busyShare(a)).toBe(0.75);
  });
});

/** Running at top speed, as `>` to the top of the ladder and space leave a session. */
function atTopSpeed(): Session {
  const session = play(lectureSession({ maxEpochs: 1e9, tolLoss: 0, tolGrad: 0 }), {
    type: "run",
    event: { type: "run" },
  });
  return { ...session, speedIndex: SPEEDS.length - 1 };
}

/**
 * A dashboard whose reducer notes the budget of each tick and then does one update, not as many as the budget allows: the fake clock does not move while
 * the engine runs, so a real slice would never end. One update of the many asked: the budget is
 * what bound it, as at top speed it always does.
 */
function dashboard(share: EngineShare) {
  const budgets: number[] = [];
  const reducer = (session: Session, action: AppAction): Session => {
    if (action.type !== "tick") return reduceApp(session, action);
    // Ticks come every 100 ms from 100 on (the clock stands still while a frame is worked), so
    // what a budget's end is past a whole frame is the budget; React may reduce it later.
    budgets.push((action.budget?.until ?? Number.NaN) % FRAME);
    return reduceApp(session, { ...action, updates: 1, budget: undefined });
  };
  const app = render(
    <App
      initial={atTopSpeed()}
      fps={1000 / FRAME}
      theme={PLAIN}
      size={FULL_SIZE}
      reducer={reducer}
      engineShare={share}
    />,
  );
  return { app, budgets };
}

describe("two dashboards on one share", () => {
  it("neither gets more than its part; one leaving gives the other its time back", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    const share = new EngineShare();
    const a = dashboard(share);
    const b = dashboard(share);
    await settle();
    for (let frame = 0; frame < 5; frame++) await vi.advanceTimersByTimeAsync(FRAME);
    // Their first frames: a alone is bound so far (50 ms), then b, seeing a bound (25 ms); from
    // the second on both are, and each gets half.
    const halves = (n: number) => Array.from({ length: n }, () => 25);
    expect(a.budgets.length).toBeGreaterThanOrEqual(4);
    expect(b.budgets.length).toBeGreaterThanOrEqual(4);
    expect(a.budgets).toEqual([50, ...halves(a.budgets.length - 1)]);
    expect(b.budgets).toEqual(halves(b.budgets.length));
    const seen = b.budgets.length;
    a.app.unmount();
    await settle();
    await vi.advanceTimersByTimeAsync(4 * FRAME);
    // a leaves as React runs its effects' cleanup, which may come after b's next frame began.
    const after = b.budgets.slice(seen);
    expect(after.length).toBeGreaterThanOrEqual(4);
    expect([25, 50]).toContain(after[0]);
    expect(new Set(after.slice(1))).toEqual(new Set([50]));
    // Paused, it leaves the share too.
    expect(share.boundCount).toBe(1);
    b.app.stdin.write(" ");
    await settle();
    expect(share.boundCount).toBe(0);
    b.app.unmount();
  });
});
