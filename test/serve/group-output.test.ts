import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GroupOutput } from "../../src/serve/group-output.js";
import { MAX_BACKLOG, ViewerOutput } from "../../src/serve/terminal.js";
import { freshRender, InkLike, line } from "../term/ink-frames.js";
import { cells, terminal, written } from "../term/xterm-screen.js";
import { connection } from "./viewer-sink.js";

// One dashboard's frames (through its cell-diff writer) sent to a group of viewers: whatever each
// member received, replayed into a fresh xterm, must show a fresh render of the last frame, for
// one always reading, one who stalls now and then, and one who joins late.

const COLUMNS = 24;
const ROWS = 6;

function member(group: GroupOutput) {
  const link = connection();
  const output = new ViewerOutput(link.sink, COLUMNS, ROWS);
  return { link, output, joined: group.add(output) };
}

async function shows(link: ReturnType<typeof connection>) {
  const screen = terminal(COLUMNS, ROWS);
  await written(screen, link.sent.join(""));
  return cells(screen);
}

const steps = fc.array(
  fc.record({
    lines: fc.array(line(COLUMNS), { minLength: 1, maxLength: ROWS - 1 }),
    isStalled: fc.boolean(),
    joins: fc.boolean(),
  }),
  { minLength: 1, maxLength: 8 },
);

describe("GroupOutput", () => {
  it("leaves every member, in sync, stalled and caught up, or late, with a fresh render", async () => {
    await fc.assert(
      fc.asyncProperty(steps, async (frames) => {
        const group = new GroupOutput(COLUMNS, ROWS);
        const ink = new InkLike(COLUMNS, ROWS, group);
        const steady = member(group);
        const stalling = member(group);
        let late: ReturnType<typeof member> | undefined;
        for (const { lines, isStalled, joins } of frames) {
          if (!isStalled && stalling.link.state.backlog > 0) {
            stalling.link.state.backlog = 0;
            stalling.output.pump();
          }
          if (isStalled) stalling.link.state.backlog = MAX_BACKLOG;
          const before = stalling.link.sent.length;
          ink.frame(lines);
          if (joins && !late) late = member(group);
          const fresh = await freshRender(COLUMNS, ROWS, lines);
          expect(await shows(steady.link)).toEqual(fresh);
          if (late) expect(await shows(late.link)).toEqual(fresh);
          if (isStalled) expect(stalling.link.sent.length).toBe(before);
          else expect(await shows(stalling.link)).toEqual(fresh);
        }
        // The one always reading got the diffs only: no clear.
        expect(steady.link.sent.join("")).not.toContain("\x1b[2J");
      }),
      { numRuns: 100 },
    );
  });

  it("sends the members in sync the same bytes, once per frame", () => {
    const group = new GroupOutput(COLUMNS, ROWS);
    const ink = new InkLike(COLUMNS, ROWS, group);
    const [a, b] = [member(group), member(group)];
    ink.frame(["update 1"]);
    ink.frame(["update 2"]);
    expect(a.link.sent).toHaveLength(2);
    expect(b.link.sent).toEqual(a.link.sent);
    group.remove(b.joined);
    ink.frame(["update 3"]);
    expect(a.link.sent).toHaveLength(3);
    expect(b.link.sent).toHaveLength(2);
  });

  it("a member removed while their connection is full is not waited for: no listener stays", () => {
    const group = new GroupOutput(COLUMNS, ROWS);
    const ink = new InkLike(COLUMNS, ROWS, group);
    const stalled = member(group);
    ink.frame(["update 1"]);
    stalled.link.state.backlog = MAX_BACKLOG;
    ink.frame(["update 2"]);
    expect(stalled.output.listenerCount("drain")).toBe(1);
    group.remove(stalled.joined);
    expect(stalled.output.listenerCount("drain")).toBe(0);
    const sent = stalled.link.sent.length;
    stalled.link.state.backlog = 0;
    stalled.output.pump();
    ink.frame(["update 3"]);
    expect(stalled.link.sent).toHaveLength(sent);
  });
});
