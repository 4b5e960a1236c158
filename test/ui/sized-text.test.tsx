import { afterEach, describe, expect, it, vi } from "vitest";
import { lectureSession, renderApp } from "./helpers.js";

// Ink 6.8 keeps the measured size of every distinct text it lays out in a module-level Map that
// is never emptied (ink/build/measure-text.js: `cache.set(text, { width, height })`). Each frame's
// new numbers went in, for good. What goes into it is seen here through Map.prototype.set: the
// entries whose value is a `{ width, height }`.

afterEach(() => {
  vi.restoreAllMocks();
});

/** The texts Ink's measure cache takes in while `during` runs. */
async function measuredTexts(during: () => Promise<void>): Promise<string[]> {
  const texts: string[] = [];
  const set = Map.prototype.set;
  vi.spyOn(Map.prototype, "set").mockImplementation(function (this: Map<unknown, unknown>, k, v) {
    if (typeof k === "string" && typeof v === "object" && v !== null && "height" in v)
      texts.push(k);
    return set.call(this, k, v);
  });
  await during();
  return texts;
}

describe("the dashboard's texts", () => {
  it("stepping and typing add nothing to Ink's measure cache", async () => {
    const app = renderApp(lectureSession());
    try {
      const texts = await measuredTexts(async () => {
        for (let i = 0; i < 10; i++) await app.press("s", "e");
        await app.press("l", "0", ".", "5", "\x1b");
      });
      expect(app.frame()).toMatch(/\bupdate 3\d\b/);
      expect(texts).toEqual([]);
    } finally {
      app.unmount();
    }
  });
});
