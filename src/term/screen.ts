/**
 * A terminal screen as cells: what a terminal shows after some output. `chars[i]` is the grapheme
 * drawn in cell i ("" for the right half of a wide one), `styles[i]` its SGR key (sgr.ts).
 */
export interface Screen {
  readonly columns: number;
  readonly rows: number;
  readonly chars: string[];
  readonly styles: string[];
}

export function blankScreen(columns: number, rows: number): Screen {
  const size = columns * rows;
  return {
    columns,
    rows,
    chars: new Array<string>(size).fill(" "),
    styles: new Array<string>(size).fill(""),
  };
}

/** The same cells at another size: the overlap kept, the rest blank. */
export function resizedScreen(screen: Screen, columns: number, rows: number): Screen {
  const next = blankScreen(columns, rows);
  for (let row = 0; row < Math.min(rows, screen.rows); row++) {
    for (let column = 0; column < Math.min(columns, screen.columns); column++) {
      next.chars[row * columns + column] = screen.chars[row * screen.columns + column] as string;
      next.styles[row * columns + column] = screen.styles[row * screen.columns + column] as string;
    }
  }
  // A wide character cut in half at the new right edge is gone, as a terminal drops it.
  for (let row = 0; row < next.rows; row++) {
    const last = row * columns + columns - 1;
    if (columns < screen.columns && screen.chars[row * screen.columns + columns] === "") {
      next.chars[last] = " ";
    }
  }
  return next;
}

export function copyScreen(screen: Screen): Screen {
  return { ...screen, chars: [...screen.chars], styles: [...screen.styles] };
}

/** Blanks cells [from, to) with an erase's style, and the halves of wide characters it cuts. */
export function eraseCells(screen: Screen, from: number, to: number, style: string): void {
  if (from >= to) return;
  if (screen.chars[from] === "" && from % screen.columns > 0) screen.chars[from - 1] = " ";
  if (to < screen.chars.length && screen.chars[to] === "" && to % screen.columns > 0) {
    screen.chars[to] = " ";
  }
  screen.chars.fill(" ", from, to);
  screen.styles.fill(style, from, to);
}

/** Moves every row up by one; the new bottom row is blank. */
export function scrollUp(screen: Screen, style: string): void {
  const { columns } = screen;
  screen.chars.copyWithin(0, columns);
  screen.styles.copyWithin(0, columns);
  screen.chars.fill(" ", screen.chars.length - columns);
  screen.styles.fill(style, screen.styles.length - columns);
}

/** The rows as text, trailing blanks trimmed: for tests and messages. */
export function screenText(screen: Screen): string[] {
  const lines: string[] = [];
  for (let row = 0; row < screen.rows; row++) {
    const start = row * screen.columns;
    lines.push(
      screen.chars
        .slice(start, start + screen.columns)
        .join("")
        .trimEnd(),
    );
  }
  return lines;
}
