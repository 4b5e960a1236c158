/**
 * Where each panel goes for a terminal size: one pure function decides it all, so every size can
 * be tested. The screen is the header (2 lines), rows of panels, and the key bar (1 line); a row is
 * columns side by side, and a column is panels stacked. When not every panel fits at once, the
 * layout names the views that the `v` key switches a slot between.
 */
export type PanelId = "chart" | "landscape" | "contour" | "fit" | "step" | "weights" | "log";

export interface Slot {
  readonly panel: PanelId;
  /** Outer size, border included. */
  readonly width: number;
  readonly height: number;
}

export interface Column {
  readonly width: number;
  /** Panels from top to bottom; their heights add up to the row's. */
  readonly panels: readonly Slot[];
}

export interface Row {
  readonly height: number;
  readonly columns: readonly Column[];
}

export interface Layout {
  readonly kind: "full" | "compact";
  readonly width: number;
  /** Lines the frame may use: one less than the terminal's rows, so Ink never clears the screen. */
  readonly height: number;
  readonly rows: readonly Row[];
  /** What the switched slot can show, in the order `v` steps through; empty when all is shown. */
  readonly views: readonly PanelId[];
  /** The one of `views` shown now. */
  readonly view: PanelId | undefined;
}

export type Fit =
  | Layout
  | { readonly kind: "too-small"; readonly columns: number; readonly rows: number };

/** What the content asks for, so panels get the room they need before any line is cut. */
export interface Needs {
  /** Lines of the Step panel's content at an inner width. */
  readonly stepLines: (width: number) => number;
  readonly weightsLines: number;
  readonly weightsWidth: number;
  readonly logWidth: number;
  /** The model has two parameters or more, and a contour component is wired in. */
  readonly hasContour: boolean;
  readonly hasFit: boolean;
  /** Lines above the panels: the header's two, and a race's legend under them. @default 2 */
  readonly headerLines?: number;
}

export const DEFAULT_NEEDS: Needs = {
  stepLines: () => 4,
  weightsLines: 6,
  weightsWidth: 34,
  logWidth: 42,
  hasContour: false,
  hasFit: false,
};

export const MIN = { columns: 80, rows: 24 } as const;
export const FULL = { columns: 100, rows: 30 } as const;
/** From here everything is shown at once, the contour beside the landscape. */
export const LARGE = { columns: 120, rows: 40 } as const;
/** From here the Step panel, the log and the weights stand side by side. */
const WIDE = 160;

/** Header and key bar lines, above and below the panels. */
const HEADER = 2;
const KEY_BAR = 1;
/** Border, title and one line: the least a panel can be. */
const MIN_PANEL = 4;
/** Border and title. */
const CHROME = 3;

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));
const slot = (panel: PanelId, width: number, height: number): Slot => ({ panel, width, height });
const column = (width: number, ...panels: Slot[]): Column => ({ width, panels });

/**
 * The chart and what sits beside it, sharing `columns`; the chart takes `share` of them (none at
 * 0), the others the rest in equal parts.
 */
function topRow(height: number, columns: number, share: number, others: PanelId[]): Row {
  const chart = Math.round(columns * share);
  const rest = columns - chart;
  const each = Math.floor(rest / others.length);
  return {
    height,
    columns: [
      ...(chart > 0 ? [column(chart, slot("chart", chart, height))] : []),
      ...others.map((panel, i) => {
        const width = i === others.length - 1 ? rest - each * (others.length - 1) : each;
        return column(width, slot(panel, width, height));
      }),
    ],
  };
}

/** The weights beside the log: the log keeps its lines whole when the weights have slack. */
function weightsAndLog(height: number, columns: number, needs: Needs): Row {
  const weights = clamp(
    columns - (needs.logWidth + 2),
    Math.min(needs.weightsWidth + 2, Math.floor(columns / 2)),
    Math.floor(columns / 2),
  );
  return {
    height,
    columns: [
      column(weights, slot("weights", weights, height)),
      column(columns - weights, slot("log", columns - weights, height)),
    ],
  };
}

/** The weights, with the fit under them when it has room. */
function sideColumn(width: number, height: number, needs: Needs): Column {
  const weights = Math.min(height, needs.weightsLines + CHROME);
  if (!needs.hasFit || height - weights < 8) return column(width, slot("weights", width, height));
  return column(width, slot("weights", width, weights), slot("fit", width, height - weights));
}

/** The Step panel over the log, the Step as tall as its lines while the log keeps two. */
function stepOverLog(width: number, height: number, needs: Needs): Column {
  const step = clamp(needs.stepLines(width - 2) + CHROME, MIN_PANEL, height - 5);
  return column(width, slot("step", width, step), slot("log", width, height - step));
}

/**
 * The Step panel over the log, the weights beside them; when the Step panel's lines would not fit
 * over the log (three parameters), it takes the whole column and the log goes under the weights:
 * a student follows the update from the Step panel, the log repeats its gradient.
 */
function stepBesideWeights(width: number, side: number, height: number, needs: Needs): Column[] {
  const weights = needs.weightsLines + CHROME;
  const isCramped = needs.stepLines(width - 2) + CHROME > height - 5 && height - weights >= 5;
  if (!isCramped)
    return [stepOverLog(width, height, needs), column(side, slot("weights", side, height))];
  return [
    column(width, slot("step", width, height)),
    column(side, slot("weights", side, weights), slot("log", side, height - weights)),
  ];
}

export function fitLayout(
  columns: number,
  rows: number,
  needs: Needs = DEFAULT_NEEDS,
  viewIndex = 0,
): Fit {
  if (columns < MIN.columns || rows < MIN.rows) return { kind: "too-small", columns, rows };
  const height = rows - 1;
  const panels = height - (needs.headerLines ?? HEADER) - KEY_BAR;
  const base = { width: columns, height };

  if (columns < FULL.columns || rows < FULL.rows) {
    const views: PanelId[] = ["chart", "step", ...(needs.hasFit ? (["fit"] as const) : [])];
    const view = views[viewIndex % views.length] as PanelId;
    const top =
      view === "step"
        ? clamp(needs.stepLines(columns - 2) + CHROME, 7, panels - 8)
        : Math.floor(panels * 0.45);
    const first: Row =
      view === "step"
        ? { height: top, columns: [column(columns, slot("step", columns, top))] }
        : view === "fit"
          ? topRow(top, columns, 0, needs.hasContour ? ["fit", "contour"] : ["fit"])
          : topRow(top, columns, 0.58, ["landscape"]);
    return {
      kind: "compact",
      ...base,
      rows: [first, weightsAndLog(panels - top, columns, needs)],
      views,
      view,
    };
  }

  if (columns < LARGE.columns || rows < LARGE.rows) {
    // One slot beside the chart: the landscape, then (v) the contour and the fit.
    const beside: PanelId[] = [
      "landscape",
      ...(needs.hasContour ? (["contour"] as const) : []),
      ...(needs.hasFit ? (["fit"] as const) : []),
    ];
    const view = beside[viewIndex % beside.length] as PanelId;
    const side = clamp(needs.weightsWidth + 2, 36, Math.round(columns * 0.38));
    // The charts give up a line or two when the Step panel needs them (three parameters).
    const wanted = needs.stepLines(columns - side - 2) + CHROME + 5;
    const top = clamp(panels - wanted, 8, Math.round(panels * 0.4));
    const bottom = panels - top;
    return {
      kind: "full",
      ...base,
      rows: [
        topRow(top, columns, 0.58, [view]),
        {
          height: bottom,
          columns: stepBesideWeights(columns - side, side, bottom, needs),
        },
      ],
      views: beside.length > 1 ? beside : [],
      view: beside.length > 1 ? view : undefined,
    };
  }

  const top = Math.round(panels * 0.42);
  const bottom = panels - top;
  const beside: PanelId[] = needs.hasContour ? ["landscape", "contour"] : ["landscape"];
  const first = topRow(top, columns, needs.hasContour ? 0.44 : 0.56, beside);
  const side = Math.max(needs.weightsWidth + 2, Math.round(columns * 0.25));
  const log = clamp(needs.logWidth + 2, 40, Math.round(columns * 0.3));
  const step = columns - side - log;
  const lower: Column[] =
    columns < WIDE
      ? [stepOverLog(columns - side, bottom, needs), sideColumn(side, bottom, needs)]
      : [
          column(step, slot("step", step, bottom)),
          column(log, slot("log", log, bottom)),
          sideColumn(side, bottom, needs),
        ];
  return {
    kind: "full",
    ...base,
    rows: [first, { height: bottom, columns: lower }],
    views: [],
    view: undefined,
  };
}

/** Every panel placed, top to bottom and left to right. */
export function slotsOf(layout: Layout): Slot[] {
  return layout.rows.flatMap((row) => row.columns.flatMap((c) => c.panels));
}

/** Where a panel is, if it is on screen. */
export function slotOf(layout: Layout, panel: PanelId): Slot | undefined {
  return slotsOf(layout).find((s) => s.panel === panel);
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
