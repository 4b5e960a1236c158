/** A regression data set: x/y pairs of finite numbers, at least one row. */
export interface Dataset {
  /** Where the data came from, for the header ("lecture3", a file name, "stdin"). */
  readonly name: string;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

/** Lecture 3's data: y = 2x, so the best w is 2. */
export const LECTURE_DATA: Dataset = { name: "lecture3", xs: [1, 2, 3], ys: [2, 4, 6] };
