import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedSource } from "../../src/core/kernel-source.js";

describe("src/core/generated/kernels.ts", () => {
  it("is what the generator writes from the formulas today (run `npm run gen` if not)", () => {
    const committed = readFileSync(
      new URL("../../src/core/generated/kernels.ts", import.meta.url),
      "utf8",
    );
    expect(committed === generatedSource()).toBe(true);
  });
});
