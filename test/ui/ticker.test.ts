import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_BUSY, nextTickDelay, startTicker } from "../../src/ui/ticker.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("the time to the next frame", () => {
  const FRAME = 1000 / 12;
  it("keeps the frame's slot while a frame costs less than MAX_BUSY of it", () => {
    expect(MAX_BUSY).toBe(0.75);
    // A frame that began at 1000 and took 10 ms: the next begins 83.3 ms after 1000.
    expect(nextTickDelay(1000, 1010, FRAME)).toBeCloseTo(FRAME - 10, 12);
    // 62.5 ms is 3/4 of 83.3: still the full rate, 20.8 ms left over.
    expect(nextTickDelay(0, 62.5, FRAME)).toBeCloseTo(FRAME - 62.5, 12);
  });

  it("stretches the slot of a frame that costs more, leaving a quarter of it free", () => {
    // 150 ms of work: a 200 ms slot (150 / 0.75), 50 ms of it idle.
    expect(nextTickDelay(0, 150, FRAME)).toBeCloseTo(50, 12);
    expect(nextTickDelay(500, 800, FRAME)).toBeCloseTo(100, 12);
  });
});

describe("the ticker", () => {
  // 10 frames a second: fake timers count whole milliseconds.
  const FRAME = 100;
  /** Fake timers and a clock that moves only with them, or when a frame says it took time. */
  function clock() {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    let spent = 0;
    return {
      now: () => performance.now() + spent,
      spend: (ms: number) => {
        spent += ms;
      },
    };
  }

  it("ticks once a frame while frames are cheap", () => {
    const { now, spend } = clock();
    const starts: number[] = [];
    const stop = startTicker({
      frameMs: FRAME,
      now,
      onTick: (drawn) => {
        starts.push(now());
        spend(5);
        drawn();
      },
    });
    vi.advanceTimersByTime(1000);
    stop();
    // First at 100, then one every 100 ms of the clock, the 5 ms of work included: 10 in 1 s.
    expect(starts).toHaveLength(10);
    for (const [i, at] of starts.entries()) expect(at).toBeCloseTo((i + 1) * FRAME, 6);
  });

  it("delays the next tick after a slow frame rather than queueing ticks", () => {
    const { now, spend } = clock();
    const spans: [number, number][] = [];
    const stop = startTicker({
      frameMs: FRAME,
      now,
      onTick: (drawn) => {
        const start = now();
        spend(150);
        spans.push([start, now()]);
        drawn();
      },
    });
    vi.advanceTimersByTime(1000);
    stop();
    // Each frame takes 150 ms; an interval of 100 ms would run them back to back (and owe more).
    // Here each starts 200 ms after the last began (150 / MAX_BUSY): 50 ms free between them.
    expect(spans.length).toBeGreaterThan(3);
    for (let i = 1; i < spans.length; i++) {
      const [start] = spans[i] as [number, number];
      const [lastStart, lastEnd] = spans[i - 1] as [number, number];
      expect(start - lastStart).toBeCloseTo(200, 6);
      expect(start - lastEnd).toBeCloseTo(50, 6);
    }
  });

  it("takes the share it is given, and says which frames it stretched", () => {
    const { now, spend } = clock();
    const starts: number[] = [];
    const stretched: boolean[] = [];
    const costs = [20, 60, 20];
    const stop = startTicker({
      frameMs: FRAME,
      now,
      onTick: (drawn) => {
        starts.push(now());
        spend(costs[starts.length - 1] ?? 20);
        drawn();
      },
      // As a dashboard sharing the process with one other whose frames are slow: 3/8.
      busyShare: () => 0.375,
      onStretched: (isStretched) => stretched.push(isStretched),
    });
    vi.advanceTimersByTime(330);
    stop();
    // 20 ms fits in 37.5 of 100; 60 ms does not: its slot is 60 / 0.375 = 160 ms.
    expect(stretched).toEqual([false, true, false]);
    expect(starts).toEqual([100, 200, 360]);
  });

  it("waits for the frame to be drawn before timing the next", async () => {
    const { now, spend } = clock();
    const starts: number[] = [];
    const stop = startTicker({
      frameMs: FRAME,
      now,
      // Drawn a microtask later, 90 ms after the frame began (React renders in a microtask).
      onTick: (drawn) => {
        starts.push(now());
        queueMicrotask(() => {
          spend(90);
          drawn();
        });
      },
    });
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    // 90 ms is more than 3/4 of 100: a 120 ms slot, 30 ms of timer after each drawing.
    for (let i = 1; i < starts.length; i++) {
      expect((starts[i] as number) - (starts[i - 1] as number)).toBeCloseTo(120, 6);
    }
    expect(starts.length).toBeGreaterThan(3);
  });

  it("stops: no tick after stop, even from inside a tick", () => {
    const { now } = clock();
    let ticks = 0;
    let stop = () => {};
    stop = startTicker({
      frameMs: FRAME,
      now,
      onTick: (drawn) => {
        ticks++;
        stop();
        drawn();
      },
    });
    vi.advanceTimersByTime(1000);
    expect(ticks).toBe(1);
  });
});
