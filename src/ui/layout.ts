/** Where each panel goes for a terminal size; pure, so every size can be tested. */
export interface Layout {
  readonly kind: "full" | "compact";
  readonly width: number;
  /** Lines the frame may use: one less than the terminal's rows, so Ink never clears the screen. */
  readonly height: number;
  readonly top: { readonly height: number; readonly chart: number; readonly landscape: number };
  readonly bottom: { readonly height: number; readonly weights: number; readonly log: number };
}

export type Fit =
  | Layout
  | { readonly kind: "too-small"; readonly columns: number; readonly rows: number };

export const MIN = { columns: 80, rows: 24 } as const;
export const FULL = { columns: 100, rows: 30 } as const;

/** Header and key bar lines, above and below the panels. */
const HEADER = 2;
const KEY_BAR = 1;

export function fitLayout(columns: number, rows: number): Fit {
  if (columns < MIN.columns || rows < MIN.rows) return { kind: "too-small", columns, rows };
  const kind = columns >= FULL.columns && rows >= FULL.rows ? "full" : "compact";
  const height = rows - 1;
  const panels = height - HEADER - KEY_BAR;
  const top = Math.floor(panels / 2);
  const chart = Math.round(columns * 0.58);
  const weights = Math.max(36, Math.round(columns * 0.4));
  return {
    kind,
    width: columns,
    height,
    top: { height: top, chart, landscape: columns - chart },
    bottom: { height: panels - top, weights, log: columns - weights },
  };
}

/** The one line shown when the terminal is too small: the longest wording that fits. */
export function tooSmallLine(columns: number, rows: number): string {
  const need = `${MIN.columns}x${MIN.rows}`;
  const wordings = [
    `gd-tui needs a terminal of at least ${need} (this one is ${columns}x${rows}): please enlarge it`,
    `Terminal too small: ${columns}x${rows}, need ${need}`,
    `Too small: need ${need}`,
    `Enlarge to ${need}`,
    `need ${need}`,
  ];
  return wordings.find((w) => w.length <= columns) ?? need.slice(0, Math.max(0, columns));
}
