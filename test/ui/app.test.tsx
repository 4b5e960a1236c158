import { afterEach, describe, expect, it, vi } from "vitest";
import { KEYMAP } from "../../src/ui/keymap.js";
import {
  flush,
  helpTexts,
  KEYS,
  lectureSession,
  nearConverged,
  renderApp,
  renderAppWithExit,
  settle,
  steps,
} from "./helpers.js";

afterEach(() => {
  vi.useRealTimers();
});

/** The number after "update " in the header's second line. */
const updateOf = (line: string) => Number(/update (\d+)/.exec(line)?.[1]);
const logTitle = (frame: string) => /Gradient log[^│]*/.exec(frame)?.[0].trim();
/** How far back the log's title says it is scrolled: 0 when it shows the newest line. */
const linesBack = (frame: string) =>
  Number(/\((\d+) lines? back/.exec(logTitle(frame) ?? "")?.[1] ?? 0);

describe("App keys", () => {
  it.each([
    ["s", "s"],
    ["→", KEYS.right],
  ])("%s steps one update at a time", async (_, key) => {
    const app = renderApp(lectureSession());
    expect(updateOf(app.line(1))).toBe(0);
    await app.press(key);
    expect(app.line(1)).toContain("● paused");
    expect(updateOf(app.line(1))).toBe(1);
    await app.press(key);
    expect(updateOf(app.line(1))).toBe(2);
    app.unmount();
  });

  it("e steps to the end of the epoch", async () => {
    const app = renderApp(lectureSession());
    await app.press("s", "e");
    expect(updateOf(app.line(1))).toBe(3);
    expect(app.frame()).toContain("progress: 0 w= 1.26 loss= 4.92");
    await app.press("e");
    expect(updateOf(app.line(1))).toBe(6);
    app.unmount();
  });

  it.each([
    ["b", "b"],
    ["←", KEYS.left],
  ])("%s steps back one update", async (_, key) => {
    const app = renderApp(steps(lectureSession(), 3));
    await app.press(key);
    expect(updateOf(app.line(1))).toBe(2);
    expect(app.frame()).not.toContain("progress: 0");
    await app.press(key, key);
    expect(updateOf(app.line(1))).toBe(0);
    app.unmount();
  });

  it.each([
    ["+ then -", "+", "-"],
    ["= then _", "=", "_"],
  ])("%s walk the learning rate up and back", async (_, up, down) => {
    const app = renderApp(lectureSession());
    expect(app.line(0)).toContain("lr 0.01");
    await app.press(up);
    expect(app.line(0)).toContain("lr 0.02");
    await app.press(up);
    expect(app.line(0)).toContain("lr 0.05");
    await app.press(down, down, down);
    expect(app.line(0)).toContain("lr 0.005");
    app.unmount();
  });

  it.each([
    ["typed key by key", ["0", ".", "0", "5"]],
    ["pasted", ["0.05"]],
    ["with a typo taken back", ["0", ".", "0", "7", KEYS.backspace, "5"]],
  ])("l, a rate %s, Enter sets it", async (_, typed) => {
    const app = renderApp(lectureSession());
    await app.press("l");
    expect(app.line(-1)).toBe("learning rate: _  Enter applies, Esc cancels");
    await app.press(...typed);
    expect(app.line(-1)).toBe("learning rate: 0.05_  Enter applies, Esc cancels");
    await app.press(KEYS.enter);
    expect(app.line(0)).toContain("lr 0.05");
    expect(app.line(-1)).toContain("space run/pause");
    app.unmount();
  });

  it.each([
    ["abc", "'abc' is not a number"],
    ["0", "0 must be greater than 0"],
    ["-1", "-1 must be greater than 0"],
    ["1e999", "1e999 is out of range (1e-9 to 1000)"],
  ])("l, %j, Enter shows the error inline and changes nothing", async (text, error) => {
    const app = renderApp(steps(lectureSession(), 1));
    const before = app.frame();
    await app.press("l", text, KEYS.enter);
    expect(app.line(-1)).toBe(`learning rate: ${text}_  ${error}`);
    const unchanged = (frame: string) => frame.split("\n").slice(0, -1).join("\n");
    expect(unchanged(app.frame())).toBe(unchanged(before));
    await app.press(KEYS.escape);
    expect(app.frame()).toBe(before);
    app.unmount();
  });

  it("keys other than the prompt's go into the prompt while it is open", async () => {
    const app = renderApp(lectureSession());
    await app.press("l", "s", "q", "?", KEYS.right);
    expect(app.line(-1)).toBe("learning rate: sq?_  Enter applies, Esc cancels");
    expect(updateOf(app.line(1))).toBe(0);
    await app.press(KEYS.escape);
    expect(app.line(-1)).toContain("space run/pause");
    expect(app.line(0)).toContain("lr 0.01");
    app.unmount();
  });

  it.each([
    [">", "<", ">", "<"],
    [". ,", ",", ".", ","],
  ])("%s change the speed in the header", async (_, __, faster, slower) => {
    const app = renderApp(lectureSession());
    expect(app.line(1)).toContain("10 updates/s");
    await app.press(faster);
    expect(app.line(1)).toContain("20 updates/s");
    await app.press(slower, slower);
    expect(app.line(1)).toContain("5 updates/s");
    app.unmount();
  });

  it("o changes the optimizer in the header, keeping the weights", async () => {
    const app = renderApp(steps(lectureSession(), 2));
    const weights = /w [\d.]+/.exec(app.frame())?.[0];
    expect(app.line(0)).toContain("· SGD ·");
    await app.press("o");
    expect(app.line(0)).toContain("· SGD + momentum ·");
    expect(/w [\d.]+/.exec(app.frame())?.[0]).toBe(weights);
    await app.press("o", "o");
    expect(app.line(0)).toContain("· Adam ·");
    await app.press(..."o".repeat(8));
    expect(app.line(0)).toContain("· Rprop ·");
    await app.press("o");
    expect(app.line(0)).toContain("· SGD ·");
    app.unmount();
  });

  it("r resets to update 0 and idle, keeping the chosen rate", async () => {
    const app = renderApp(lectureSession());
    await app.press("e", "s", "+");
    expect(updateOf(app.line(1))).toBe(4);
    await app.press("r");
    expect(app.line(1)).toContain("● idle");
    expect(updateOf(app.line(1))).toBe(0);
    expect(app.line(0)).toContain("lr 0.02");
    app.unmount();
  });

  it("g toggles the log scale in the chart title", async () => {
    const app = renderApp(steps(lectureSession(), 3));
    expect(app.frame()).toContain("Loss (mean over data, per update)");
    await app.press("g");
    expect(app.frame()).toContain("Loss (mean over data, per update, log scale)");
    await app.press("g");
    expect(app.frame()).not.toContain("log scale");
    app.unmount();
  });

  it("Tab on the quadratic model moves the landscape to the next parameter", async () => {
    const app = renderApp(lectureSession({ model: "quadratic", init: [1, 1, 1] }));
    expect(app.frame()).toContain("Loss landscape: loss(w2)");
    await app.press(KEYS.tab);
    expect(app.frame()).toContain("Loss landscape: loss(w1)");
    await app.press(KEYS.tab);
    expect(app.frame()).toContain("Loss landscape: loss(b)");
    await app.press(KEYS.tab);
    expect(app.frame()).toContain("Loss landscape: loss(w2)");
    app.unmount();
  });

  it("PageDown after scrolling past the oldest line shows newer lines at once", async () => {
    const app = renderApp(nearConverged());
    for (let i = 0; i < 25; i++) await app.press(KEYS.pageUp);
    // 100 lines, 4 of them on screen under the Step panel in the 100x30 layout.
    expect(logTitle(app.frame())).toBe("Gradient log (96 lines back, PgDn for newer)");
    expect(app.frame()).toContain("│  grad:  1.0 2.0 -2.0 ");
    await app.press(KEYS.pageDown);
    expect(logTitle(app.frame())).toBe("Gradient log (91 lines back, PgDn for newer)");
    app.unmount();
  });

  // The log shows 6 rows under its 2-line header at 80x24, so it goes back 94 lines; its title is
  // cut to the panel.
  it("at 80x24 the log scrolls back to its oldest line, 94 lines", async () => {
    const app = renderApp(nearConverged(), { size: { columns: 80, rows: 24 } });
    for (let i = 0; i < 25; i++) await app.press(KEYS.pageUp);
    expect(logTitle(app.frame())).toBe("Gradient log (94 lines back, PgDn for…");
    expect(app.frame()).toContain("│  grad:  1.0 2.0 -2.0 ");
    await app.press(KEYS.pageDown);
    expect(logTitle(app.frame())).toBe("Gradient log (89 lines back, PgDn for…");
    app.unmount();
  });

  // session.ts keeps the scroll within the log after every action: the reset takes it from 96
  // lines back to the newest line, and 4 epochs later the log scrolls from there, each PageDown
  // moving it at once.
  it("after a reset and 4 epochs, PageDown moves the log at once", async () => {
    const app = renderApp(nearConverged());
    for (let i = 0; i < 25; i++) await app.press(KEYS.pageUp);
    expect(linesBack(app.frame())).toBe(96);
    await app.press("r");
    expect(logTitle(app.frame())).toBe("Gradient log");
    await app.press("e", "e", "e", "e");
    expect(logTitle(app.frame())).toBe("Gradient log");
    // 12 grad lines and 4 progress lines, 4 of them on screen: 12 lines back at most.
    await app.press(KEYS.pageUp, KEYS.pageUp, KEYS.pageUp);
    expect(logTitle(app.frame())).toBe("Gradient log (12 lines back, PgDn for newer)");
    await app.press(KEYS.pageDown, KEYS.pageDown);
    expect(logTitle(app.frame())).toBe("Gradient log (2 lines back, PgDn for newer)");
    expect(linesBack(app.frame())).toBe(2);
    await app.press(KEYS.pageDown);
    expect(logTitle(app.frame())).toBe("Gradient log");
    app.unmount();
  });

  it("PageUp and PageDown scroll the log", async () => {
    const app = renderApp(nearConverged());
    expect(logTitle(app.frame())).toBe("Gradient log");
    await app.press(KEYS.pageUp);
    expect(logTitle(app.frame())).toBe("Gradient log (5 lines back, PgDn for newer)");
    await app.press(KEYS.pageUp);
    expect(logTitle(app.frame())).toBe("Gradient log (10 lines back, PgDn for newer)");
    await app.press(KEYS.pageDown, KEYS.pageDown);
    expect(logTitle(app.frame())).toBe("Gradient log");
    app.unmount();
  });

  it("? opens the help with every binding, ? turns to the panels, and ? or Esc closes it", async () => {
    const app = renderApp(lectureSession());
    await app.press("?", "?");
    expect(app.frame()).toContain("What each panel shows (? or Esc closes)");
    await app.press(KEYS.escape);
    for (const close of [["?", "?"], [KEYS.escape]]) {
      await app.press("?");
      const frame = app.frame();
      expect(frame).toContain("Keys (? for the panels, Esc closes)");
      const texts = helpTexts(frame, 100);
      expect(KEYMAP.filter((b) => !texts.includes(b.help)).map((b) => b.label)).toEqual([]);
      await app.press(...close);
      expect(app.frame()).not.toContain("Keys (");
      expect(app.frame()).toContain("Gradient log");
    }
    app.unmount();
  });

  it("space runs and pauses; time moves the run only while running", async () => {
    // The runner's timeouts and the clock it times frames by (each takes no time here).
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    const app = renderApp(lectureSession());
    await app.press(" ");
    expect(app.line(1)).toContain("● running");
    await vi.advanceTimersByTimeAsync(1000);
    await settle();
    // 10 updates a second at 12 frames a second.
    expect(updateOf(app.line(1))).toBe(10);
    await app.press(" ");
    expect(app.line(1)).toContain("● paused");
    await vi.advanceTimersByTimeAsync(5000);
    await settle();
    expect(updateOf(app.line(1))).toBe(10);
    await app.press(" ");
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(updateOf(app.line(1))).toBe(15);
    app.unmount();
  });

  it.each([
    ["q", "q"],
    ["Ctrl-C", "\u0003"],
    ["Ctrl-C in the prompt", "l\u0003"],
  ])("%s exits the app", async (_, keys) => {
    const { instance, stdin, stdout } = renderAppWithExit(lectureSession());
    const exited = instance.waitUntilExit();
    for (const key of keys) {
      stdin.write(key);
      await settle();
    }
    await expect(exited).resolves.toBeUndefined();
    const frames = stdout.frames.length;
    stdin.write("s");
    await settle();
    expect(stdout.frames.length).toBe(frames);
    instance.unmount();
  });
});

describe("App keys in quick succession", () => {
  // Keys are decided in the reducer (input.ts), so each sees the state the key before it left,
  // however soon after it comes.
  it.each([
    [
      "l 0 . 0 5 Enter sets lr 0.05",
      ["l", "0", ".", "0", "5", KEYS.enter],
      "lr 0.05",
      "update 0",
      "space run/pause  s/→ step",
    ],
    [
      "l s types s, not a step",
      ["l", "s"],
      "lr 0.01",
      "update 0",
      "learning rate: s_  Enter applies, Esc cancels",
    ],
    ["? Esc s closes the help and steps", ["?", KEYS.escape, "s"], "lr 0.01", "update 1", "space"],
    ["s s b steps twice and back once", ["s", "s", "b"], "lr 0.01", "update 1", "space"],
  ])("one macrotask apart: %s", async (_, keys, header, counter, bar) => {
    const app = renderApp(lectureSession());
    for (const key of keys) {
      app.stdin.write(key);
      await flush();
    }
    await settle();
    expect([app.line(0), app.line(1), app.line(-1)]).toEqual([
      expect.stringContaining(header),
      expect.stringContaining(counter),
      expect.stringContaining(bar),
    ]);
    expect(app.frame()).not.toContain("Keys (");
    app.unmount();
  });

  it("written in the same macrotask: l 0 5 Enter sets lr 5", async () => {
    const app = renderApp(lectureSession());
    await settle();
    for (const key of ["l", "0", "5", KEYS.enter]) app.stdin.write(key);
    await settle();
    expect(app.line(0)).toContain("lr 5.0");
    expect(app.line(-1)).toContain("space run/pause");
    app.unmount();
  });
});
