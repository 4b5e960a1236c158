// The walk the renderer comparisons take a dashboard on (cell-diff.test.ts, serve-cells.test.ts).

/** Keys, each with the update counter it leads to from the lecture's start. */
export const WALK_KEYS = [
  ["s", 1],
  ["s", 2],
  ["e", 3],
  ["e", 6],
  ["b", 5],
] as const;

/** Window sizes, narrower and wider, back to the 100x30 it starts at. */
export const WALK_SIZES = [
  [80, 24],
  [200, 50],
  [60, 20],
  [100, 30],
] as const;

/**
 * The frame for a new size is there when a line is as wide as the terminal (or the terminal is
 * too small for the dashboard, which says so).
 */
export const isRelaidOut = (columns: number, rows: number) => (screen: readonly string[]) =>
  Math.max(...screen.map((line) => line.length)) === columns ||
  screen[0]?.startsWith(`Terminal too small: ${columns}x${rows}`) === true;
