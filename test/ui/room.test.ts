import { describe, expect, it } from "vitest";
import { Room, uncounted } from "../../src/ui/room.js";
import { lectureSession } from "./helpers.js";

describe("a room's count of those watching", () => {
  it("counts each viewer of a group (watch), not the group's dashboard (uncounted)", () => {
    const room = new Room("join");
    const view = uncounted(room);
    const seen: unknown[] = [];
    const stopFollowing = view.follow(() => seen.push(view.current()));
    expect(room.watching()).toBe(0);
    const [a, b] = [room.watch(), room.watch()];
    expect(room.watching()).toBe(2);
    a();
    a();
    expect(room.watching()).toBe(1);
    // The group's dashboard still hears the presenter, and reads what the room has.
    const session = lectureSession();
    room.publish(session);
    expect(seen).toEqual([session]);
    stopFollowing();
    b();
    expect(room.watching()).toBe(0);
    // A dashboard of one's own counts itself, as before.
    const stop = room.follow(() => {});
    expect(room.watching()).toBe(1);
    stop();
  });
});
