import { describe, expect, it } from "vitest";
import { FIRST_ROUND } from "../../src/core/race.js";
import { followedRun } from "../../src/core/race-state.js";
import { ENGINE_SHARE } from "../../src/ui/engine-share.js";
import { reduceSession } from "../../src/ui/session.js";
import { frameWork, TOP_SPEED_UPDATES } from "../../src/ui/use-runner.js";
import { lectureSession, play } from "./helpers.js";

// What the runner asks of each frame, with a clock that is only a number here.

const clock = () => 0;

describe("a frame's work", () => {
  it("may take ENGINE_SHARE of the frame from when it starts", () => {
    // 12 frames a second: 83.3 ms a frame, half of it 41.7 ms from 1000.
    expect(ENGINE_SHARE).toBe(0.5);
    expect(frameWork(10, 12, 0, 1000, clock).budget.until).toBeCloseTo(1000 + 500 / 12, 12);
    expect(frameWork(10, 50, 0, 0, clock).budget.until).toBe(10);
    expect(frameWork(10, 12, 0, 0, clock).budget.now).toBe(clock);
  });

  it("at top speed asks for more than any budget lets through", () => {
    const work = frameWork(Number.POSITIVE_INFINITY, 12, 0, 0, clock);
    expect(work.updates).toBe(TOP_SPEED_UPDATES);
    expect(work.carry).toBe(0);
  });

  it("carries fractions of an update from frame to frame", () => {
    // 3 updates/s at 12 frames/s: a quarter a frame (exact in binary), one every fourth frame.
    let carry = 0;
    const updates: number[] = [];
    for (let frame = 0; frame < 8; frame++) {
      const work = frameWork(3, 12, carry, 0, clock);
      updates.push(work.updates);
      carry = work.carry;
    }
    expect(updates).toEqual([0, 0, 0, 1, 0, 0, 0, 1]);
  });

  it("reaches the engine through the session: a spent budget lets one round of the race through", () => {
    const running = play(lectureSession({ maxEpochs: 1e9, tolLoss: 0, tolGrad: 0 }), {
      type: "run",
      event: { type: "run" },
    });
    const next = reduceSession(running, {
      type: "tick",
      updates: TOP_SPEED_UPDATES,
      rate: 0,
      budget: { now: () => 5, until: 5 },
    });
    expect(followedRun(next).updates).toBe(FIRST_ROUND);
  });
});
