/** A regression data set: x/y pairs of finite numbers, at least one row. */
export interface Dataset {
  /** Where the data came from, for the header ("lecture3", a file name, "stdin"). */
  readonly name: string;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

/** Lecture 3's data: y = 2x, so the best w is 2. */
export const LECTURE_DATA: Dataset = { name: "lecture3", xs: [1, 2, 3], ys: [2, 4, 6] };

export type DatasetProblem =
  | { readonly kind: "empty" }
  | { readonly kind: "length-mismatch"; readonly xs: number; readonly ys: number }
  | { readonly kind: "non-finite"; readonly column: "x" | "y"; readonly row: number };

/** Checks the invariants every part of core relies on; returns undefined when they hold. */
export function checkDataset(data: Dataset): DatasetProblem | undefined {
  if (data.xs.length !== data.ys.length) {
    return { kind: "length-mismatch", xs: data.xs.length, ys: data.ys.length };
  }
  if (data.xs.length === 0) return { kind: "empty" };
  for (let i = 0; i < data.xs.length; i++) {
    if (!Number.isFinite(data.xs[i])) return { kind: "non-finite", column: "x", row: i };
    if (!Number.isFinite(data.ys[i])) return { kind: "non-finite", column: "y", row: i };
  }
  return undefined;
}
