import { describe, expect, it } from "vitest";
import { NumberColumn } from "../../src/cli/number-column.js";

describe("NumberColumn", () => {
  it.each([0, 1, 65_536, 65_537, 2 * 65_536 + 3])("gives back %d numbers in order", (count) => {
    const column = new NumberColumn();
    const want: number[] = [];
    for (let i = 0; i < count; i++) {
      column.push(i * 0.5 - 7);
      want.push(i * 0.5 - 7);
    }
    expect(column.length).toBe(count);
    expect(column.toArray()).toEqual(want);
  });
});
