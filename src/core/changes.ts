/**
 * Where the learning rate or optimizer changed, for the loss chart's marks: the update counts at
 * which the new settings took over, oldest first. At most CHANGES_KEPT of them: past that, marks
 * are rounded down to a grain that doubles until they fit, so a run of any number of changes holds
 * a bounded list, still placed to within a grain (far finer than a chart column by then).
 */
export interface Changes {
  readonly at: readonly number[];
  readonly grain: number;
}

export const CHANGES_KEPT = 64;

export const NO_CHANGES: Changes = { at: [], grain: 1 };

/** Marks at or before `updates`: the later ones were undone by stepping back. */
export function changesUpTo(changes: Changes, updates: number): Changes {
  const last = changes.at.at(-1);
  if (last === undefined || last <= updates) return changes;
  return { ...changes, at: changes.at.filter((u) => u <= updates) };
}

/** `changes` with one more at `updates` (a change before the first update marks nothing). */
export function withChange(changes: Changes, updates: number): Changes {
  const kept = changesUpTo(changes, updates);
  let { grain } = kept;
  const mark = Math.floor(updates / grain) * grain;
  if (updates === 0 || kept.at.at(-1) === mark) return kept;
  let at = [...kept.at, mark];
  while (at.length > CHANGES_KEPT) {
    grain *= 2;
    const g = grain;
    at = [...new Set(at.map((u) => Math.floor(u / g) * g))];
  }
  return { at, grain };
}
