import { EventEmitter } from "node:events";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CellDiffWriter } from "../../src/term/cell-diff-writer.js";
import { BEGIN, END, freshRender, InkLike, sized } from "./ink-frames.js";
import { cells, terminal, written } from "./xterm-screen.js";

// The writer's bytes, replayed into xterm, must leave the screen a fresh terminal shows for the
// same frame drawn whole.

describe("CellDiffWriter", () => {
  it("leaves the screen a fresh render of each frame shows, frame after frame", async () => {
    await fc.assert(
      fc.asyncProperty(sized, async ([columns, rows, sequence]) => {
        const ink = new InkLike(columns, rows);
        const screen = terminal(columns, rows);
        for (const lines of sequence) {
          ink.frame(lines);
          await written(screen, ink.take());
          expect(cells(screen)).toEqual(await freshRender(columns, rows, lines));
        }
      }),
      { numRuns: 100 },
    );
  });

  it("sends each frame as one write inside synchronized-output markers, and no clear", () => {
    const ink = new InkLike(20, 5);
    ink.take();
    for (const lines of [["ab", "cd"], ["ab", "ce"], ["xyz"]]) {
      ink.frame(lines);
      const out = ink.out.splice(0);
      expect(out).toHaveLength(1);
      expect(out[0]?.startsWith(BEGIN) && out[0].endsWith(END)).toBe(true);
      expect(out[0]).not.toContain("\x1b[2J");
    }
  });

  it("writes only the changed cells: one changed digit is a move and the digit", () => {
    const ink = new InkLike(40, 5);
    ink.frame(["update 9 of 100", "loss 0.5"]);
    ink.take();
    ink.frame(["update 8 of 100", "loss 0.5"]);
    // Cursor to row 1 column 8, "8", cursor back where Ink left it (row 3, column 1).
    expect(ink.take()).toBe(`${BEGIN}\x1b[1;8H8\x1b[3;1H${END}`);
  });

  it.each([
    ["a narrow character over the right half of a wide one", "界\x1b[2Gx"],
    ["a narrow character over the left half of a wide one", "界\x1b[Gx"],
    ["an erase from the middle of a wide one", "ab界\x1b[4G\x1b[K"],
    ["text past the last column, wrapping", "0123456789abc"],
    ["a wide character that does not fit the last column", "012345678界"],
  ])("draws %s as xterm does", async (_, bytes) => {
    const ink = new InkLike(10, 3);
    ink.writer.write(`${BEGIN}${bytes}${END}`);
    const [screen, reference] = [terminal(10, 3), terminal(10, 3)];
    await written(screen, ink.take());
    await written(reference, bytes);
    expect(cells(screen)).toEqual(cells(reference));
  });

  it("writes nothing for a frame the same as the last", () => {
    const ink = new InkLike(40, 5);
    ink.frame(["same"]);
    ink.take();
    ink.frame(["same"]);
    expect(ink.take()).toBe("");
  });

  it("after a resize clears once and draws the new frame whole, matching a fresh render", async () => {
    const ink = new InkLike(30, 8);
    const screen = terminal(30, 8);
    ink.frame(["a wide line of text, 28 cells", "second", "third"]);
    await written(screen, ink.take());
    let resizes = 0;
    ink.writer.on("resize", () => resizes++);
    ink.writer.resize(12, 5);
    screen.resize(12, 5);
    expect([ink.writer.columns, ink.writer.rows, resizes]).toEqual([12, 5, 1]);
    // As the dashboard does: clear (use-terminal-size.ts), then the frame for the new size.
    ink.writer.write("\x1b[H\x1b[2J");
    ink.frame(["narrow", "界 wide"]);
    const out = ink.take();
    expect(out.split("\x1b[2J")).toHaveLength(2);
    await written(screen, out);
    expect(cells(screen)).toEqual(await freshRender(12, 5, ["narrow", "界 wide"]));
  });

  it("redraws after a resize to the size it had: the terminal may have been through others", async () => {
    const ink = new InkLike(20, 4);
    const screen = terminal(20, 4);
    ink.frame(["a line of 18 cells.", "two"]);
    await written(screen, ink.take());
    // The terminal went narrower and back before the program read its size, which it found as
    // it was; a terminal cuts the lines meanwhile (here: lost altogether).
    await written(screen, "\x1b[2J");
    ink.writer.resize(20, 4);
    // No frame from Ink: nothing changed for it. The writer redraws on its own, once.
    await new Promise((resolve) => setImmediate(resolve));
    await written(screen, ink.take());
    expect(cells(screen)).toEqual(await freshRender(20, 4, ["a line of 18 cells.", "two"]));
  });

  it("passes everything through untouched once the alternate screen is left", () => {
    const ink = new InkLike(20, 5);
    ink.frame(["x"]);
    ink.take();
    ink.writer.write("\x1b[?1049l");
    ink.writer.write("bye\n\x1b[?25h");
    expect(ink.take()).toBe(`${BEGIN}\x1b[?1049l\x1b[2;1H${END}bye\n\x1b[?25h`);
  });

  it("holds frames for an output that stopped reading, then sends one frame to catch up", async () => {
    const sent: string[] = [];
    const listeners: (() => void)[] = [];
    const output = {
      writableNeedDrain: true,
      write: (chunk: string) => sent.push(chunk) > 0,
      once: (_event: "drain", listener: () => void) => listeners.push(listener),
    };
    const writer = new CellDiffWriter({ output, columns: 10, rows: 3 });
    writer.write("\x1b[?1049h");
    for (const text of ["one", "two", "six"]) writer.write(`${BEGIN}\x1b[H${text}${END}`);
    expect(sent).toEqual([]);
    expect(listeners).toHaveLength(1);
    output.writableNeedDrain = false;
    listeners[0]?.();
    expect(sent).toHaveLength(1);
    const screen = terminal(10, 3);
    await written(screen, sent.join(""));
    expect(cells(screen)).toEqual(await freshRender(10, 3, ["six"]));
  });

  it("closed while an output waits to drain: the leaving goes out when it drains, nothing after", () => {
    const sent: string[] = [];
    const output = Object.assign(new EventEmitter(), {
      writableNeedDrain: true,
      write: (chunk: string) => sent.push(chunk) > 0,
    });
    const writer = new CellDiffWriter({ output, columns: 10, rows: 3 });
    writer.write("\x1b[?1049h");
    writer.write(`${BEGIN}\x1b[Hone${END}`);
    writer.write("\x1b[?1049l");
    writer.close();
    writer.write("after the end");
    expect(sent).toEqual([]);
    output.writableNeedDrain = false;
    output.emit("drain");
    // The alternate screen's last frame is not drawn on the normal screen: only the leaving.
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain("\x1b[?1049l");
    expect(sent[0]).not.toContain("one");
    expect(sent[0]).not.toContain("after");
    expect(output.listenerCount("drain")).toBe(0);
  });

  it.each([
    { keeps: true, sends: [] },
    { keeps: false, sends: [`${BEGIN}\x1b[?1049l\x1b[1;1H${END}`, "\x1b[?25h"] },
  ])("leaving the alternate screen, its screen kept: $keeps", ({ keeps, sends }) => {
    const sent: string[] = [];
    const writer = new CellDiffWriter({
      output: { write: (chunk) => sent.push(chunk) > 0 },
      columns: 20,
      rows: 5,
      keepsScreen: () => keeps,
    });
    writer.write("\x1b[?1049h");
    writer.write(`${BEGIN}\x1b[Hshown\x1b[H${END}`);
    sent.length = 0;
    writer.write("\x1b[?1049l");
    writer.write("\x1b[?25h");
    expect(sent).toEqual(sends);
  });

  it("continues a screen the terminal already shows: no alternate screen, no clear, the changes", async () => {
    const first = new InkLike(20, 4);
    const screen = terminal(20, 4);
    first.frame(["update 1", "same"]);
    await written(screen, first.take());
    const shown = first.writer.shownScreen();
    const sent: string[] = [];
    const next = new CellDiffWriter({
      output: { write: (chunk) => sent.push(chunk) > 0 },
      columns: 20,
      rows: 4,
      continues: { shown },
    });
    next.write("\x1b[?1049h");
    next.write(`${BEGIN}update 2\r\nsame${END}`);
    expect(sent).toEqual([`${BEGIN}\x1b[1;8H2\x1b[2;5H${END}`]);
    await written(screen, sent.join(""));
    expect(cells(screen)).toEqual(await freshRender(20, 4, ["update 2", "same"]));
    // Not knowing what it shows: one clear, then the frame whole.
    const unknown: string[] = [];
    const blind = new CellDiffWriter({
      output: { write: (chunk) => unknown.push(chunk) > 0 },
      columns: 20,
      rows: 4,
      continues: { shown: undefined },
    });
    blind.write(`\x1b[?1049h${BEGIN}x${END}`);
    expect(unknown.join("")).not.toContain("1049h");
    expect(unknown.join("").split("\x1b[2J")).toHaveLength(2);
  });
});
