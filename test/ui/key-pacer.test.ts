import { afterEach, describe, expect, it, vi } from "vitest";
import { KeyPacer } from "../../src/ui/key-pacer.js";

afterEach(() => {
  vi.useRealTimers();
});

/** A pacer of 40 ms on fake timers and clock, and the batches it applied. */
function pacer() {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  const batches: string[][] = [];
  const keys = new KeyPacer<string>(
    (items) => batches.push([...items]),
    40,
    () => performance.now(),
  );
  return { keys, batches };
}

const microtasks = () => Promise.resolve();

describe("keys between the terminal and the reducer", () => {
  it("applies the keys of one turn together, right after it", async () => {
    const { keys, batches } = pacer();
    keys.push("a");
    keys.push("b");
    keys.push("c");
    expect(batches).toEqual([]);
    await microtasks();
    expect(batches).toEqual([["a", "b", "c"]]);
  });

  it("holds keys that come sooner than the gap until it has passed", async () => {
    const { keys, batches } = pacer();
    keys.push("a");
    await microtasks();
    vi.advanceTimersByTime(10);
    keys.push("b");
    await microtasks();
    vi.advanceTimersByTime(20);
    keys.push("c");
    expect(batches).toEqual([["a"]]);
    // 40 ms after the first batch: the two waiting go together.
    vi.advanceTimersByTime(9);
    expect(batches).toEqual([["a"]]);
    vi.advanceTimersByTime(1);
    expect(batches).toEqual([["a"], ["b", "c"]]);
    // A key long after: at once again.
    vi.advanceTimersByTime(100);
    keys.push("d");
    await microtasks();
    expect(batches).toEqual([["a"], ["b", "c"], ["d"]]);
  });

  it("flush (the runner, before its engine slice) applies what waits at once, once", async () => {
    const { keys, batches } = pacer();
    keys.push("a");
    await microtasks();
    keys.push("b");
    keys.flush();
    expect(batches).toEqual([["a"], ["b"]]);
    vi.advanceTimersByTime(100);
    keys.flush();
    expect(batches).toEqual([["a"], ["b"]]);
  });

  it("applies nothing once disposed", async () => {
    const { keys, batches } = pacer();
    keys.push("a");
    await microtasks();
    keys.push("b");
    keys.dispose();
    keys.push("c");
    vi.advanceTimersByTime(100);
    await microtasks();
    keys.flush();
    expect(batches).toEqual([["a"]]);
  });
});
