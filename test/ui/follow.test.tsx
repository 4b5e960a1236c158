import { describe, expect, it } from "vitest";
import { FORKED_NOTICE, READ_ONLY_NOTICE } from "../../src/ui/follow-keys.js";
import { Room } from "../../src/ui/room.js";
import { lectureSession, renderApp, settle } from "./helpers.js";

// gd-tui serve --follow, two dashboards in one process sharing a Room: the presenter's run shown
// live and read-only to a follower until it forks its own copy.

const updateOf = (line: string) => Number(/update (\d+)/.exec(line)?.[1]);

function classroom() {
  const room = new Room("room code abcd-efgh");
  const presenter = renderApp(lectureSession(), { room: { room, role: "presenter" } });
  const follower = renderApp(lectureSession(), { room: { room, role: "follower" } });
  return { room, presenter, follower };
}

describe("following the presenter", () => {
  it("shows the presenter's updates live, and the presenter how many watch", async () => {
    const { presenter, follower } = classroom();
    await settle();
    expect(presenter.line(1)).toContain("1 watching · room code abcd-efgh");
    expect(follower.line(1)).toContain("following the presenter · f fork");
    // Before any key a follower reads what their keys do: the header's tag is cut at 80 columns.
    expect(follower.frame().split("\n").at(-1)).toBe(
      "following the presenter (read-only)  f fork your own copy  ? help  q quit",
    );
    expect(presenter.frame().split("\n").at(-1)).toMatch(/^space run\/pause .* q quit$/);
    await presenter.press("s", "s");
    await settle();
    expect(updateOf(presenter.line(1))).toBe(2);
    expect(updateOf(follower.line(1))).toBe(2);
    expect(follower.frame()).toContain("grad:  2.0 4.0 -7.84");
    presenter.unmount();
    follower.unmount();
  });

  it("refuses keys that would change the run, with one line, and lets the view keys through", async () => {
    const { presenter, follower } = classroom();
    await presenter.press("s");
    const frame = await follower.press("s");
    expect(frame.split("\n").at(-1)).toBe(READ_ONLY_NOTICE);
    for (const key of ["ss", "+", "o", "r", " ", "b", "l"]) await follower.press(key);
    expect(updateOf(presenter.line(1))).toBe(1);
    expect(updateOf(follower.line(1))).toBe(1);
    expect(presenter.line(0)).toContain("lr 0.01");
    expect(follower.line(0)).toContain("lr 0.01");
    // Help and the log scale are the follower's own.
    // The help has two pages (the keys, then the panels): ? turns to the second, and ? closes it.
    expect(await follower.press("?")).toContain("Keys (? for the panels, Esc closes)");
    expect(presenter.frame()).not.toContain("Keys (?");
    expect(await follower.press("?")).toContain("What each panel shows (? or Esc closes)");
    expect(presenter.frame()).not.toContain("What each panel shows");
    const closed = await follower.press("?");
    expect(closed).not.toContain("Keys (?");
    expect(closed).not.toContain("What each panel shows");
    await follower.press("g");
    expect(presenter.frame()).not.toEqual(follower.frame());
    presenter.unmount();
    follower.unmount();
  });

  it("forks with f: its own copy from the presenter's state, the presenter unchanged", async () => {
    const { presenter, follower } = classroom();
    await presenter.press("s", "s", "s");
    await settle();
    expect((await follower.press("f")).split("\n").at(-1)).toBe(FORKED_NOTICE);
    await settle();
    expect(presenter.line(1)).toContain("0 watching");
    expect(follower.line(1)).not.toContain("following");
    await follower.press("s", "+");
    expect(updateOf(follower.line(1))).toBe(4);
    expect(follower.line(0)).toContain("lr 0.02");
    // Its own copy: the whole keymap again.
    expect(follower.frame().split("\n").at(-1)).toMatch(/^space run\/pause .* q quit$/);
    expect(updateOf(presenter.line(1))).toBe(3);
    expect(presenter.line(0)).toContain("lr 0.01");
    await presenter.press("s");
    expect(updateOf(follower.line(1))).toBe(4);
    presenter.unmount();
    follower.unmount();
  });
});

describe("a follower's own dashboard going back to the group's", () => {
  const REJOIN = 100;
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /**
   * A follower's own dashboard (gd-tui serve), which counts its calls to rejoin; as in the server,
   * it starts when its first key is pressed (the presenter having pressed `before`).
   */
  async function ownFollower(before: string[] = [], session = () => lectureSession()) {
    const room = new Room("room code abcd-efgh");
    const presenter = renderApp(session(), { room: { room, role: "presenter" } });
    await presenter.press(...before);
    const calls = { rejoin: 0 };
    const follower = renderApp(session(), {
      room: { room, role: "follower", rejoin: () => calls.rejoin++ },
      rejoinMs: REJOIN,
    });
    const end = () => {
      presenter.unmount();
      follower.unmount();
    };
    return { presenter, follower, calls, end };
  }

  it.each([
    ["help opened, turned and closed", ["?", "?", "?"]],
    ["the log scale on and off", ["g", "g"]],
    ["a refused key (its word goes with it)", ["s"]],
  ])("asks to, once, after %s and a quiet spell", async (_, keys) => {
    const { follower, calls, end } = await ownFollower();
    await follower.press(...keys);
    await wait(REJOIN / 2);
    expect(calls.rejoin).toBe(0);
    await wait(2 * REJOIN);
    await settle();
    expect(calls.rejoin).toBe(1);
    end();
  });

  it("waits for the last key, not the first", async () => {
    const { follower, calls, end } = await ownFollower();
    for (let i = 0; i < 4; i++) {
      await follower.press("s");
      await wait(REJOIN / 2);
    }
    expect(calls.rejoin).toBe(0);
    await wait(2 * REJOIN);
    expect(calls.rejoin).toBe(1);
    end();
  });

  it.each([
    ["help still open", ["?"]],
    ["the log scrolled back", ["s", "s", "s", "s", "s", "s", "\u001b[5~"]],
    ["the log scale still on", ["g"]],
    ["views fitted their own way (z)", ["z"]],
    ["the landscape's parameter changed and changed back (Tab ×3)", ["\t", "\t", "\t"]],
    ["a fork", ["f"]],
  ])("does not with %s", async (_, keys) => {
    // A log long enough to scroll; three parameters for Tab to go round.
    const quadratic = () => lectureSession({ model: "quadratic", init: [1, 1, 1] });
    const { follower, calls, end } = await ownFollower(["s", "s", "s", "s", "s", "s"], quadratic);
    await follower.press(...keys);
    await wait(3 * REJOIN);
    expect(calls.rejoin).toBe(0);
    end();
  });
});
