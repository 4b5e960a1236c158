/** The cells on the straight line from one [row, column] cell to another, both ends excluded. */
export function cellsBetween(
  [fromRow, fromColumn]: readonly [number, number],
  [toRow, toColumn]: readonly [number, number],
): [number, number][] {
  const steps = Math.max(Math.abs(toRow - fromRow), Math.abs(toColumn - fromColumn));
  return Array.from({ length: Math.max(0, steps - 1) }, (_, k) => [
    Math.round(fromRow + ((toRow - fromRow) * (k + 1)) / steps),
    Math.round(fromColumn + ((toColumn - fromColumn) * (k + 1)) / steps),
  ]);
}
