import { describe, expect, it } from "vitest";
import { type JoinInfo, joinCardKey, joinLines } from "../../src/ui/join-card.js";
import { Room } from "../../src/ui/room.js";
import { ASCII_THEME, COMPACT_SIZE, frameProblems, lectureSession, renderApp } from "./helpers.js";

// gd-tui serve --follow: the presenter's terminal is the dashboard, so what start-up prints
// otherwise (where it listens, the host key, the room code, how to connect) is a card on it.

const INFO: JoinInfo = {
  command: "ssh -p 2222 room@<this machine's address>",
  access: { code: "kq7m-x3tp" },
  listening: "0.0.0.0:2222",
  isThisMachineOnly: false,
  fingerprint: "SHA256:zUw+5OsOT5UAjG68AJvNst1f0CBVgzu5uQy4iaOec4o",
};

describe("the join card's lines", () => {
  it("put the command and the room code on lines of their own, then the count and the key", () => {
    expect(joinLines(INFO, 3)).toEqual([
      "",
      "  On your laptop, type:",
      "    ssh -p 2222 room@<this machine's address>",
      "  and answer the room code prompt with:",
      "    kq7m-x3tp",
      "",
      "  3 watching",
      "",
      "  listening on 0.0.0.0:2222",
      "  host key SHA256:zUw+5OsOT5UAjG68AJvNst1f0CBVgzu5uQy4iaOec4o (ED25519)",
      "  (ssh shows this fingerprint on a first visit: it should match)",
    ]);
  });

  it("say how else a student gets in, and that loopback is this machine only", () => {
    const lines = joinLines(
      {
        ...INFO,
        access: { note: "and is let in: --open, no sign-in" },
        listening: "127.0.0.1:2222",
        isThisMachineOnly: true,
      },
      0,
    );
    expect(lines.slice(3, 4)).toEqual(["  and is let in: --open, no sign-in"]);
    expect(lines).toContain("  (this machine only: a room needs --host 0.0.0.0)");
    expect(lines.join("\n")).not.toContain("room code");
  });
});

describe("the presenter's keys and the card", () => {
  const plain = { ctrl: false, meta: false };
  it.each([
    [true, "j", plain, false, { isOpen: false, isUsed: true }],
    [false, "j", plain, false, { isOpen: true, isUsed: true }],
    [true, " ", plain, false, { isOpen: false, isUsed: false }],
    [false, "s", plain, false, { isOpen: false, isUsed: false }],
    // Typed into the learning-rate prompt, j is text; Ctrl+J is not j.
    [false, "j", plain, true, { isOpen: false, isUsed: false }],
    [true, "j", { ctrl: true, meta: false }, false, { isOpen: false, isUsed: false }],
  ])("open %s, key %j %j, prompt %s: %j", (isOpen, input, key, isPromptOpen, expected) => {
    expect(joinCardKey(isOpen, input, key, isPromptOpen)).toEqual(expected);
  });
});

describe("the presenter's dashboard with a join card", () => {
  const presenter = (room = new Room("room code kq7m-x3tp", INFO)) =>
    renderApp(lectureSession(), {
      room: { room, role: "presenter" },
      size: COMPACT_SIZE,
      theme: ASCII_THEME,
    });

  it("opens on it, whole at 80x24, and counts those watching", async () => {
    const room = new Room("room code kq7m-x3tp", INFO);
    const app = presenter(room);
    const frame = await app.press();
    expect(frameProblems(frame, 80, 24)).toEqual([]);
    for (const line of joinLines(INFO, 0).filter((l) => l !== "")) expect(frame).toContain(line);
    const follower = renderApp(lectureSession(), { room: { room, role: "follower" } });
    expect(await app.press()).toContain("  1 watching");
    follower.unmount();
    expect(await app.press()).toContain("  0 watching");
    app.unmount();
  });

  it("is said in ASCII for a non-UTF-8 terminal, the header's tag too", async () => {
    const frame = await presenter().press();
    expect(frame).toContain("0 watching | ");
    expect([...frame].filter((ch) => ch.charCodeAt(0) > 126)).toEqual([]);
  });

  it("hides it with j and shows it again; another key closes it and does what it does", async () => {
    const app = presenter();
    const closed = await app.press("j");
    expect(closed).not.toContain("How to join");
    expect(closed).toContain("Loss (mean over data");
    expect(await app.press("j")).toContain("How to join");
    const stepped = await app.press("s");
    expect(stepped).not.toContain("How to join");
    expect(app.line(1)).toContain("update 1 ");
    app.unmount();
  });
});
