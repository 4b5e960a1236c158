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
