import { describe, expect, it } from "vitest";
import { columns, tailWithin } from "../../src/ui/columns.js";

describe("columns of typed text", () => {
  it.each([
    ["0.05", 4],
    ["🔥", 2],
    ["学习率", 6],
    // e + a combining acute accent is one column; a zero-width joiner takes none.
    ["e\u0301", 1],
    ["a\u200db", 2],
    ["", 0],
  ])("%j takes %d", (text, want) => {
    expect(columns(text)).toBe(want);
  });

  it.each([
    ["0.05", 10, "0.05"],
    ["abcdefghij", 5, "…ghij"],
    // 5 columns: the ellipsis and two wide characters; a third would make 7.
    ["🔥🔥🔥🔥", 5, "…🔥🔥"],
    ["🔥🔥🔥🔥", 4, "…🔥"],
  ])("the tail of %j within %d columns is %j", (text, room, want) => {
    expect(tailWithin(text, room, "…")).toBe(want);
  });
});
