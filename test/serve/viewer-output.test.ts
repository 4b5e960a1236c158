import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { MAX_BACKLOG, RESIZE_MS, ViewerOutput } from "../../src/serve/terminal.js";
import { BEGIN, END, freshRender, InkLike, line } from "../term/ink-frames.js";
import { cells, terminal, written } from "../term/xterm-screen.js";
import { connection } from "./viewer-sink.js";

// A viewer's output as gd-tui serve builds it: Ink's frames through the cell-diff writer into a
// ViewerOutput, as renderUntilExit wires them (window changes to the writer's resize). The bytes
// the viewer's connection is given, replayed into xterm, must show what a fresh terminal shows
// for the last frame drawn whole, through stalls (the connection holds MAX_BACKLOG bytes) and
// window changes.

function viewer(columns: number, rows: number) {
  const link = connection();
  const output = new ViewerOutput(link.sink, columns, rows);
  const ink = new InkLike(columns, rows, output);
  output.onWindowChange(() => ink.writer.resize(output.columns, output.rows));
  return { link, output, ink };
}

const segment = fc
  .tuple(fc.integer({ min: 4, max: 30 }), fc.integer({ min: 2, max: 10 }))
  .chain(([columns, rows]) =>
    fc.record({
      columns: fc.constant(columns),
      rows: fc.constant(rows),
      frames: fc.array(
        fc.record({
          lines: fc.array(line(columns), { minLength: 1, maxLength: rows - 1 }),
          isStalled: fc.boolean(),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    }),
  );

describe("a serve viewer's output", () => {
  it("replays to a fresh render of each frame, through stalls and window changes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 4 }), async (segments) => {
        const first = segments[0] as (typeof segments)[number];
        const { link, output, ink } = viewer(first.columns, first.rows);
        const screen = terminal(first.columns, first.rows);
        let replayed = 0;
        const replay = async () => {
          await written(screen, link.sent.slice(replayed).join(""));
          replayed = link.sent.length;
        };
        let last: readonly string[] | undefined;
        let lastSegment = 0;
        for (const [i, { columns, rows, frames }] of segments.entries()) {
          if (i > 0) {
            // The client's terminal changes, then tells the server; the dashboard clears and
            // draws for the new size (use-terminal-size.ts).
            screen.resize(columns, rows);
            // Its period ended at once (xterm needs the real timers).
            vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
            output.resize(columns, rows);
            vi.advanceTimersByTime(RESIZE_MS);
            vi.useRealTimers();
            expect([ink.writer.columns, ink.writer.rows]).toEqual([columns, rows]);
            ink.writer.write("\x1b[H\x1b[2J");
          }
          for (const { lines, isStalled } of frames) {
            if (!isStalled && link.state.backlog > 0) {
              // The viewer reads again: one frame brings them to the last one they missed.
              link.state.backlog = 0;
              const before = link.sent.length;
              output.pump();
              expect(link.sent.length - before).toBeLessThanOrEqual(1);
              await replay();
              if (last && lastSegment === i) {
                expect(cells(screen)).toEqual(await freshRender(columns, rows, last));
              }
            }
            if (isStalled) link.state.backlog = MAX_BACKLOG;
            const before = link.sent.length;
            ink.frame(lines);
            last = lines;
            lastSegment = i;
            if (isStalled) {
              expect(link.sent.length).toBe(before);
              continue;
            }
            await replay();
            expect(cells(screen)).toEqual(await freshRender(columns, rows, lines));
          }
        }
        const all = link.sent.join("");
        // One clear at most per window change, none otherwise; every byte inside a frame.
        expect(all.split("\x1b[2J").length - 1).toBeLessThanOrEqual(segments.length - 1);
        for (const write of link.sent) {
          expect(write.startsWith(BEGIN) && write.endsWith(END)).toBe(true);
        }
        output.destroy();
      }),
      { numRuns: 100 },
    );
  });
});

describe("ViewerOutput", () => {
  it("sends \\n as \\r\\n, as a pty's onlcr would: an SSH channel does not", () => {
    const link = connection();
    const output = new ViewerOutput(link.sink, 80, 24);
    output.write("bye\nnow\r\n");
    expect(link.sent).toEqual(["bye\r\nnow\r\n"]);
  });

  it("applies a storm of window changes once at once and once at the period's end, even at the same size", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const output = new ViewerOutput(connection().sink, 100, 30);
      const seen: string[] = [];
      output.onWindowChange(() => seen.push(`${output.columns}x${output.rows}`));
      for (let i = 0; i < 50; i++) output.resize(i % 2 === 0 ? 60 : 100, i % 2 === 0 ? 20 : 30);
      vi.advanceTimersByTime(RESIZE_MS);
      // Back where it began: the viewer's terminal went through 60x20 and must be drawn again.
      output.resize(100, 30);
      vi.advanceTimersByTime(RESIZE_MS);
      expect(seen).toEqual(["60x20", "100x30", "100x30"]);
      output.destroy();
    } finally {
      vi.useRealTimers();
    }
  });

  it("holds one catch-up frame for a viewer who stopped reading, however long they stay stopped", async () => {
    const { link, output, ink } = viewer(30, 8);
    ink.frame(["first"]);
    link.state.backlog = MAX_BACKLOG;
    for (let i = 0; i < 2000; i++) {
      // Each with a mode Ink might set, which is held for the viewer up to a bound.
      ink.writer.write("\x1b[?25l");
      ink.frame([`frame ${i}`, "x".repeat(i % 30)]);
    }
    expect(link.sent).toHaveLength(1);
    link.state.backlog = 0;
    output.pump();
    expect(link.sent).toHaveLength(2);
    expect((link.sent[1] as string).length).toBeLessThan(4096 + 30 * 8 * 4);
    const screen = terminal(30, 8);
    await written(screen, link.sent.join(""));
    expect(cells(screen)).toEqual(await freshRender(30, 8, ["frame 1999", "x".repeat(1999 % 30)]));
  });
});
