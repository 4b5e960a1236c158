import { describe, expect, it } from "vitest";
import { divergenceBound } from "../../src/core/config.js";
import { OPTIMIZERS } from "../../src/core/optimizers/index.js";
import { followedRun } from "../../src/core/race-state.js";
import { KEYMAP } from "../../src/ui/keymap.js";
import { SPEEDS } from "../../src/ui/ladder.js";
import type { Session } from "../../src/ui/session.js";
import type { Theme } from "../../src/ui/theme.js";
import {
  ASCII_THEME,
  COMPACT_SIZE,
  dashboardFrame,
  FIXTURES,
  FULL_SIZE,
  frameProblems,
  helpTexts,
  lectureSession,
  nearConverged,
  panelLines,
  play,
  running,
  runToEnd,
  steps,
} from "./helpers.js";

const SIZES = [FULL_SIZE, COMPACT_SIZE] as const;

/** The key bar at 80×24 after momentum's settings prompt refused `text`. */
function refusedSettingsBar(text: string): string | undefined {
  const session = play(
    lectureSession({ optimizer: "momentum" }),
    { type: "prompt-open", kind: "settings" },
    { type: "prompt-edit", text },
    { type: "prompt-submit" },
  );
  return dashboardFrame(session, { columns: 80, rows: 24 }).split("\n").at(-1);
}
type Size = { readonly columns: number; readonly rows: number };
const PANEL_TITLES = ["Loss", "Loss landscape", "Weights", "Gradient log"];
const ASCII = /^[\x20-\x7e]*$/;

/** Every fixture at every size, named for the test title. */
const CASES: [string, string, () => Session, { columns: number; rows: number }][] = Object.entries(
  FIXTURES,
).flatMap(([name, make]) =>
  SIZES.map((size): [string, string, () => Session, { columns: number; rows: number }] => [
    name,
    `${size.columns}x${size.rows}`,
    make,
    size,
  ]),
);
const PANEL_CASES = CASES.filter(([name]) => name !== "help open");

/** Lines of a panel's inside in one column of boxes: the text between `│`s, trimmed. */
const cellsOf = (frame: string) =>
  frame.split("\n").flatMap((line) => line.split(/[│|]/).map((cell) => cell.trim()));

describe("Dashboard", () => {
  it.each(CASES)("%s at %s fits the terminal", (_, __, make, size) => {
    expect(frameProblems(dashboardFrame(make(), size), size.columns, size.rows)).toEqual([]);
  });

  it.each(CASES)("%s at %s in ASCII is ASCII only and fits", (_, __, make, size) => {
    const frame = dashboardFrame(make(), size, ASCII_THEME);
    expect(frame.split("\n").filter((line) => !ASCII.test(line))).toEqual([]);
    expect(frameProblems(frame, size.columns, size.rows)).toEqual([]);
  });

  it.each(CASES)("%s at %s shows no NaN or Infinity", (_, __, make, size) => {
    expect(dashboardFrame(make(), size)).not.toMatch(/NaN|Infinity/);
  });

  it.each(PANEL_CASES)("%s at %s shows the four panels", (_, __, make, size) => {
    const cells = cellsOf(dashboardFrame(make(), size));
    const missing = PANEL_TITLES.filter((title) => !cells.some((cell) => cell.startsWith(title)));
    expect(missing).toEqual([]);
  });

  it.each(CASES)("%s at %s: the header shows the status and the rate", (_, __, make, size) => {
    const session = make();
    const [first, second] = dashboardFrame(session, size).split("\n");
    expect(first).toContain(`lr ${followedRun(session).lr}`);
    expect(second).toContain(followedRun(session).status.kind);
  });

  it.each(PANEL_CASES)("%s at %s: the weights show w and predict x=4", (_, __, make, size) => {
    const cells = cellsOf(dashboardFrame(make(), size));
    expect(cells.some((cell) => /^w\d? /.test(cell))).toBe(true);
    expect(cells.some((cell) => cell.startsWith("predict 4 hours: "))).toBe(true);
  });

  it.each(SIZES)("idle at $columns x $rows says idle at lr 0.01, update 0", (size) => {
    const [first, second] = dashboardFrame(lectureSession(), size).split("\n");
    expect(first).toContain("lr 0.01");
    expect(second).toContain("● idle");
    expect(second).toContain("update 0");
  });

  it.each(SIZES)("after 3 steps at $columns x $rows the log shows the lecture's lines", (size) => {
    const make = FIXTURES["after 3 steps"];
    const log = panelLines(dashboardFrame(make(), size), "Gradient log").filter((l) => l !== "");
    // The header names the columns: on two lines where the log has the rows, else on one.
    const header =
      size.rows === 24
        ? ["  grad:  x y ∂loss/∂w", "progress: epoch w loss (last sample)"]
        : ["  grad:  x y ∂loss/∂w   progress loss: last sample's"];
    expect(log).toEqual([
      "Gradient log",
      ...header,
      "  grad:  1.0 2.0 -2.0",
      "  grad:  2.0 4.0 -7.84",
      "  grad:  3.0 6.0 -16.23",
      "progress: 0 w= 1.26 loss= 4.92",
    ]);
    // The tab the lecture prints is drawn as two spaces, inside the panel.
    expect(dashboardFrame(make(), size)).toContain("│  grad:  1.0 2.0 -2.0");
  });

  // A finished run's reason takes the place of the speed, last on the line; at 80x24 a long one is
  // cut (see "Dashboard header").
  it("diverged at 100x30 shows why, where the speed was", () => {
    const session = FIXTURES.diverged();
    const { status } = followedRun(session);
    expect(status.kind).toBe("diverged");
    const reason = "reason" in status ? status.reason : "";
    const second = dashboardFrame(session, FULL_SIZE).split("\n")[1] ?? "";
    expect(`${second.slice(0, -1)}`).toBe(
      `● diverged · b back, r reset · epoch 7 of 100 · update 8 · ${reason}`.slice(
        0,
        second.length - 1,
      ),
    );
    expect(second.endsWith("…")).toBe(true);
  });

  it.each(SIZES)("converged at $columns x $rows shows why, where the speed was", (size) => {
    const second = dashboardFrame(FIXTURES.converged(), size).split("\n")[1];
    // The reason is cut to the line; the counters before it never are.
    expect(second).toBe(
      size.columns === 100
        ? "● converged · c continue, b back, r reset · epoch 0 (3/3) of 100 · update 3 · mean loss 0 <= 1e-8 a…"
        : "● converged · c continue, b back, r reset · epoch 0 (3/3) of 100 · update 3 · m…",
    );
  });

  it.each(SIZES)("the quadratic model at $columns x $rows shows its three weights", (size) => {
    const session = FIXTURES.quadratic();
    const cells = cellsOf(dashboardFrame(session, size));
    expect(["w2", "w1", "b "].map((n) => cells.some((cell) => cell.startsWith(n)))).toEqual([
      true,
      true,
      true,
    ]);
    expect(cells.some((cell) => cell.startsWith("Loss landscape: loss(w2)"))).toBe(true);
  });

  it.each(SIZES)(
    "one parameter at $columns x $rows: the landscape title has no Tab hint",
    (size) => {
      const cells = cellsOf(dashboardFrame(FIXTURES["after 3 steps"](), size));
      expect(cells.filter((cell) => cell.startsWith("Loss landscape"))).toEqual([
        "Loss landscape: loss(w)",
      ]);
    },
  );

  it.each(SIZES)("help at $columns x $rows lists every binding", (size) => {
    const frame = dashboardFrame(FIXTURES["help open"](), size);
    expect(frame).toContain("Keys (? for the panels, Esc closes)");
    // At 80×24 the bindings take two columns, where a long help is cut: its start must show.
    const texts = helpTexts(frame, size.columns);
    const shown = (help: string) =>
      size === FULL_SIZE ? texts.includes(help) : frame.includes(help.slice(0, 24));
    const missing = KEYMAP.filter((b) => !shown(b.help)).map((b) => b.label);
    expect(missing).toEqual([]);
    expect(frame).not.toContain("Gradient log");
  });

  it.each(SIZES)("the prompt at $columns x $rows shows the text and its error", (size) => {
    const lines = dashboardFrame(FIXTURES["prompt error"](), size).split("\n");
    expect(lines.at(-1)).toBe("learning rate: abc_  'abc' is not a number");
  });

  it("a long refusal at 80 columns is cut at its end, and the typed text's end still shows", () => {
    const bar = refusedSettingsBar("momentum=0.5,dampening=0.1,foo=1");
    // 80 columns: "settings: " 10, the cursor 1, the typed text's last 12 ("…" and the last 11
    // characters, "g=0.1,foo=1"), which leaves the reason 57: its first 56 and "…".
    expect(bar).toBe(
      "settings: …g=0.1,foo=1_  momentum takes no foo (it takes lr, momentum, dampenin…",
    );
    expect(bar).toHaveLength(80);
  });

  it("a short typed text with a long refusal shows whole", () => {
    const bar = refusedSettingsBar("foo=1");
    // 80 − 10 − 1 − 5 typed leaves the reason 64: its first 63 (up to "weig") and "…".
    expect(bar).toBe(
      "settings: foo=1_  momentum takes no foo (it takes lr, momentum, dampening, weig…",
    );
  });

  it.each(SIZES)("the prompt at $columns x $rows says how to apply or cancel", (size) => {
    const session = {
      ...lectureSession(),
      prompt: { kind: "lr", text: "0.05", error: undefined },
    } as const;
    const lines = dashboardFrame(session, size).split("\n");
    expect(lines.at(-1)).toBe("learning rate: 0.05_  Enter applies, Esc cancels");
  });

  it.each(SIZES)("the key bar at $columns x $rows is the last line", (size) => {
    const bar = dashboardFrame(FIXTURES.idle(), size).split("\n").at(-1);
    expect(bar).toBe(
      size.columns === 100
        ? "space run/pause  s/→ step  e epoch  b/← back  +/- lr  l set lr  o optimizer  v Fit  ? help  q quit"
        : "space run/pause  s/→ step  e epoch  b/← back  +/- lr  v Step  ? help  q quit",
    );
  });

  it.each([
    [30, 8],
    [20, 6],
    [79, 24],
    [80, 23],
    [5, 2],
  ])("too small at %ix%i: one line asking for a larger terminal", (columns, rows) => {
    const frame = dashboardFrame(lectureSession(), { columns, rows });
    expect(frame.split("\n")).toHaveLength(1);
    expect(frame.length).toBeLessThanOrEqual(columns);
    if (columns >= 10) expect(frame).toMatch(/(need|Enlarge to).*80x24/);
  });

  it("too small at 30x8 reads: Too small: need 80x24", () => {
    expect(dashboardFrame(lectureSession(), { columns: 30, rows: 8 })).toBe(
      "Too small: need 80x24",
    );
  });
});

describe("Dashboard header", () => {
  it("shows the schedule after the rate it sets, and the optimizer's changed settings", () => {
    // StepLR every 2 epochs, γ 0.5, from 0.01: epochs 0–1 at 0.01, 2–3 at 0.005, 4 at 0.0025.
    const session = steps(
      lectureSession({
        optimizer: { id: "adam", hyper: { ...OPTIMIZERS.adam.defaults, amsgrad: true } },
        schedule: { id: "step", params: { step_size: 2, gamma: 0.5 } },
      }),
      12,
    );
    const header = dashboardFrame(session, { columns: 120, rows: 30 }).split("\n")[0];
    expect(header).toBe(
      "gd-tui · lecture3 (3 points) · ŷ = x·w · Adam amsgrad=true · batch 1 · lr 0.0025 · step step_size=2 gamma=0.5",
    );
  });

  describe("a long optimizer label gives way to the rate and schedule", () => {
    const cosine = { id: "cosine", params: { T_max: 10, eta_min: 0 } } as const;
    const adam = {
      id: "adam",
      hyper: { ...OPTIMIZERS.adam.defaults, betas: [0.8, 0.99], amsgrad: true },
    } as const;
    const first = (optimizer: typeof adam | "sgd", columns: number, theme?: Theme) =>
      dashboardFrame(
        lectureSession({ optimizer, schedule: cosine }),
        { columns, rows: 30 },
        theme,
      ).split("\n")[0];
    // Whole, it is 111 columns: "gd-tui · lecture3 (3 points) · ŷ = x·w · " (41), the label
    // "Adam betas=0.8/0.99 amsgrad=true" (32), " · batch 1 · lr 0.01 · cosine T_max=10" (38).
    // Without " (3 points)" (11) it is 100; at 90 the label has 22 left: one setting (21) fits.
    it.each([
      [100, "Adam betas=0.8/0.99 amsgrad=true"],
      [90, "Adam betas=0.8/0.99 …"],
      [80, "Adam …"],
    ])("at %i columns the label reads %s", (columns, label) => {
      expect(first(adam, columns)).toBe(
        `gd-tui · lecture3 · ŷ = x·w · ${label} · batch 1 · lr 0.01 · cosine T_max=10`,
      );
    });

    it("in ASCII the ellipsis is three dots", () => {
      expect(first(adam, 80, ASCII_THEME)).toBe(
        "gd-tui | lecture3 | y^ = x*w | Adam ... | batch 1 | lr 0.01 | cosine T_max=10",
      );
    });

    it("a label with no settings is never marked cut; the count of points gives way", () => {
      // 41 + "SGD" (3) + 38 = 82 columns whole; 71 without the count.
      expect(first("sgd", 80)).toBe(
        "gd-tui · lecture3 · ŷ = x·w · SGD · batch 1 · lr 0.01 · cosine T_max=10",
      );
      expect(first("sgd", 82)).toBe(
        "gd-tui · lecture3 (3 points) · ŷ = x·w · SGD · batch 1 · lr 0.01 · cosine T_max=10",
      );
    });
  });

  const line2 = (session: Session, size: Size = FULL_SIZE, theme?: Theme) =>
    dashboardFrame(session, size, theme).split("\n")[1];

  // `● <status> · epochs <done>/<max> · update <n> · <speed, or why the run finished>`, cut with
  // the theme's ellipsis like every line: a long reason loses its end, never the counters.
  it.each([
    ["idle", 100, "● idle · epoch 0 (0/3) of 100 · update 0 · 10 updates/s"],
    ["after 3 steps", 100, "● paused · epoch 0 (3/3) of 100 · update 3 · 10 updates/s"],
    ["after 3 steps", 80, "● paused · epoch 0 (3/3) of 100 · update 3 · 10 updates/s"],
    ["running", 100, "● running · epoch 1 (1/3) of 100 · update 4 · 10 updates/s (12.5/s)"],
    ["quadratic", 80, "● paused · epoch 1 (2/3) of 100 · update 5 · 10 updates/s"],
    [
      "converged",
      100,
      "● converged · c continue, b back, r reset · epoch 0 (3/3) of 100 · update 3 · mean loss 0 <= 1e-8 a…",
    ],
    [
      "converged",
      80,
      "● converged · c continue, b back, r reset · epoch 0 (3/3) of 100 · update 3 · m…",
    ],
    [
      "diverged",
      100,
      "● diverged · b back, r reset · epoch 7 of 100 · update 8 · update 9 not applied: mean loss would be…",
    ],
    [
      "diverged",
      80,
      "● diverged · b back, r reset · epoch 7 of 100 · update 8 · update 9 not applied…",
    ],
  ] as [keyof typeof FIXTURES, number, string][])("%s at %i columns: %j", (name, columns, want) => {
    const size = columns === 100 ? FULL_SIZE : COMPACT_SIZE;
    expect(line2(FIXTURES[name](), size)).toBe(want);
  });

  it("at top speed says max speed, with the rate measured", () => {
    const session = { ...running(), speedIndex: SPEEDS.length - 1, measuredRate: 1234567 };
    expect(line2(session)).toBe(
      "● running · epoch 1 (1/3) of 100 · update 4 · max speed (1.23M/s)",
    );
  });

  it("paused, it shows no measured rate", () => {
    const session = play(running(), { type: "run", event: { type: "toggle" } });
    expect(line2(session)).toBe("● paused · epoch 1 (1/3) of 100 · update 4 · 10 updates/s");
  });

  it.each([
    ["idle", "* idle | epoch 0 (0/3) of 100 | update 0 | 10 updates/s"],
    [
      "converged",
      "* converged | c continue, b back, r reset | epoch 0 (3/3) of 100 | update 3 | mean loss 0 <= 1e-8...",
    ],
  ] as [keyof typeof FIXTURES, string][])("%s in ASCII: %j", (name, want) => {
    expect(line2(FIXTURES[name](), FULL_SIZE, ASCII_THEME)).toBe(want);
  });

  const huge = { name: "huge", xs: [1e100], ys: [0] };
  it.each([
    [
      "the batch loss is too large",
      { lr: 1 },
      "diverged",
      "loss 8.84e+10 (> 1e+10) before update 9",
      "● diverged · b back, r reset · epoch 2 (2/3) of 100 · update 8 · ",
    ],
    [
      "the loss starts too large",
      { maxLoss: 0.5 },
      "diverged",
      "loss 1 (> 0.5) before update 1",
      "● diverged · b back, r reset · epoch 0 (0/3) of 100 · update 0 · ",
    ],
    [
      "w would overflow",
      { lr: 1e308 },
      "diverged",
      "update 1 not applied: w would overflow",
      "● diverged · b back, r reset · epoch 0 (0/3) of 100 · update 0 · ",
    ],
    [
      "Adagrad's state would overflow",
      {
        data: huge,
        optimizer: "adagrad",
        lr: 1e-3,
        maxLoss: divergenceBound(huge, "linear", [1]),
      },
      "diverged",
      "update 1 not applied: optimizer state would overflow",
      "● diverged · b back, r reset · epoch 0 of 100 · update 0 · ",
    ],
    [
      "the mean loss would be too large",
      { batchSize: 3, lr: 0.5 },
      "diverged",
      "update 9 not applied: mean loss would be 6.7e+10 (> 1e+10)",
      "● diverged · b back, r reset · epoch 7 of 100 · update 8 · ",
    ],
    [
      "the loss is small enough",
      { lr: 0.5 },
      "converged",
      "mean loss 0 <= 1e-8 at epoch 0",
      "● converged · c continue, b back, r reset · epoch 0 (3/3) of 100 · update 3 · ",
    ],
    [
      "the gradient is small enough",
      { tolLoss: 0, tolGrad: 1e-3, lr: 0.1 },
      "converged",
      "gradient norm 3.21e-4 <= 0.001 at epoch 4",
      "● converged · c continue, b back, r reset · epoch 4 (3/3) of 100 · update 15 · ",
    ],
  ] as [string, Parameters<typeof lectureSession>[0], string, string, string][])(
    "when %s, it says why, after the counters",
    (_, config, kind, reason, counters) => {
      const session = runToEnd(lectureSession(config));
      expect(followedRun(session).status).toEqual({ kind, reason });
      // The reason comes whole when it fits the 100 columns, else cut at its end.
      const line = line2(session) ?? "";
      const shown = line.endsWith("…") ? line.slice(0, -1) : line;
      expect(`${counters}${reason}`.startsWith(shown)).toBe(true);
      expect(shown.length).toBeGreaterThan(counters.length);
    },
  );
});

/** The weights after 3 steps and 25 epochs: the same at 80x24 and 100x30, six digits in both. */
const AFTER_3_STEPS = [
  "   value    Δ last   ∇ last",
  "w  1.26069  +0.1623  -16.23",
  "predict 4 hours: 5.04275",
  "loss, last sample: 4.91924",
  "loss, data mean: 2.55072",
  "∇ norm, data: 6.90025",
];
const NEAR_CONVERGED = [
  "   value    Δ last     ∇ last",
  "w  1.99947  +1.154e-4  -0.01154",
  "predict 4 hours: 7.9979",
  "loss, last sample: 2.48674e-6",
  "loss, data mean: 1.28942e-6",
  "∇ norm, data: 0.00490604",
];

describe("Dashboard weights", () => {
  const weights = (session: Session, size: Size = FULL_SIZE, theme?: Theme) =>
    panelLines(dashboardFrame(session, size, theme), "Weights", theme ? "|" : "│");

  // The values are the engine's (the tests in test/core hold them to the lecture); what is checked
  // here is the table and the labels. By hand after 3 steps: w = 1.260688; the last sample (x = 3,
  // y = 6) now has loss (3·1.260688 − 6)² = 4.91924, the lecture's `progress: 0 … loss= 4.92`.
  it.each([
    ["after 3 steps at 100x30", FIXTURES["after 3 steps"], FULL_SIZE, AFTER_3_STEPS],
    ["after 3 steps at 80x24", FIXTURES["after 3 steps"], COMPACT_SIZE, AFTER_3_STEPS],
    [
      "idle (no update yet) at 100x30",
      FIXTURES.idle,
      FULL_SIZE,
      [
        "   value  Δ last  ∇ last",
        "w  1      -       -",
        "predict 4 hours: 4",
        "loss, last sample: -",
        "loss, data mean: 4.66667",
        "∇ norm, data: 9.33333",
      ],
    ],
    // The longest readouts: the gradient used to lose its last digits at 80x24.
    ["near converged at 100x30", nearConverged, FULL_SIZE, NEAR_CONVERGED],
    ["near converged at 80x24", nearConverged, COMPACT_SIZE, NEAR_CONVERGED],
    // Full batch: the loss of the last batch, which is all the data, so it equals the mean.
    [
      "diverged at 80x24",
      FIXTURES.diverged,
      COMPACT_SIZE,
      [
        "   value     Δ last  ∇ last",
        "w  -32669.7  -41580  83160",
        "predict 4 hours: -130679",
        "loss, last batch: 4.98138e+9",
        "loss, data mean: 4.98138e+9",
        "∇ norm, data: 304936",
      ],
    ],
    [
      "quadratic at 100x30",
      FIXTURES.quadratic,
      FULL_SIZE,
      [
        "    value     Δ last    ∇ last",
        "w2  0.147561  +0.1554   -15.54",
        "w1  0.697925  +0.07768  -7.768",
        "b   0.8875    +0.03884  -3.884",
        "predict 4 hours: 6.04017",
        "loss, last sample: 1.26879",
        "loss, data mean: 1.3995",
        "∇ norm, data: 14.4021",
      ],
    ],
  ] as [string, () => Session, Size, string[]][])(
    "%s: a table, then the prediction and the losses",
    (_, make, size, want) => {
      // The table starts right under the title: no spacer row.
      const [title, ...rest] = weights(make(), size);
      expect(title).toBe("Weights");
      expect(rest.slice(0, want.length)).toEqual(want);
      expect(rest.slice(want.length).every((line) => line === "")).toBe(true);
    },
  );

  // Three parameters and all four readouts fit 80x24 with four digits and the columns closer,
  // and the log beside keeps its 50-column progress lines whole.
  it("quadratic at 80x24 shows every line, whole", () => {
    expect(weights(FIXTURES.quadratic(), COMPACT_SIZE)).toEqual([
      "Weights",
      "   value  Δ last   ∇ last",
      "w2 0.1476 +0.1554  -15.54",
      "w1 0.6979 +0.07768 -7.768",
      "b  0.8875 +0.03884 -3.884",
      "predict 4 hours: 6.04017",
      "loss, last sample: 1.26879",
      "loss, data mean: 1.3995",
      "∇ norm, data: 14.4021",
    ]);
    const log = panelLines(dashboardFrame(FIXTURES.quadratic(), COMPACT_SIZE), "Gradient log");
    expect(log).toContain("progress: 0 w2= -0.02 w1= 0.61 b= 0.84 loss= 12.32");
  });

  it("the prediction at x = 4 is the lecture's 4 hours only on the lecture's data", () => {
    const data = { name: "other", xs: [1, 2, 3], ys: [3, 5, 7] };
    const cells = weights(lectureSession({ data }), FULL_SIZE);
    expect(cells).toContain("predict x=4: 4");
    expect(cells.some((line) => line.includes("hours"))).toBe(false);
  });

  it.each(SIZES)("in ASCII at $columns x $rows the header says d and grad", (size) => {
    const header = weights(FIXTURES["after 3 steps"](), size, ASCII_THEME)[1];
    expect(header).toMatch(/^ {3}value +d last +grad last$/);
  });

  it.each(CASES.filter(([name]) => name !== "help open"))(
    "%s at %s: no weights line is cut",
    (_, __, make, size) => {
      const lines = weights(make(), size);
      expect(lines[0]).toBe("Weights");
      expect(lines.filter((line) => line.endsWith("…"))).toEqual([]);
    },
  );
});

describe("Dashboard titles and cut lines", () => {
  it("the quadratic landscape title at 100x30 is whole", () => {
    const cells = cellsOf(dashboardFrame(FIXTURES.quadratic(), FULL_SIZE));
    const title = cells.find((cell) => cell.startsWith("Loss landscape"));
    expect(title).toBe("Loss landscape: loss(w2) · Tab");
  });

  // The 34-column panel of the 80x24 layout has room for 32 characters of title: all of it.
  it("the quadratic landscape title at 80x24 is whole too", () => {
    const cells = cellsOf(dashboardFrame(FIXTURES.quadratic(), COMPACT_SIZE));
    const title = cells.find((cell) => cell.startsWith("Loss landscape"));
    expect(title).toBe("Loss landscape: loss(w2) · Tab");
  });

  it("a line cut short in ASCII ends in ...", () => {
    const frame = dashboardFrame(FIXTURES.diverged(), COMPACT_SIZE, ASCII_THEME);
    expect(frame).not.toContain("…");
    expect(frame.split("\n")[1]).toBe(
      "* diverged | b back, r reset | epoch 7 of 100 | update 8 | update 9 not appli...",
    );
    expect(panelLines(frame, "Gradient log", "|").slice(1)).toEqual([
      "  grad:  xs ys dloss/dw",
      "progress: epoch w loss (last batch)",
      "  grad:  [1.0, 2.0, 3.0] [2.0, 4.0, 6.0] 6185.77",
      "progress: 5 w= -2428.12 loss= 27559031.18",
      "  grad:  [1.0, 2.0, 3.0] [2.0, 4.0, 6.0] -226...",
      "progress: 6 w= 8912.46 loss= 370515863.69",
      "  grad:  [1.0, 2.0, 3.0] [2.0, 4.0, 6.0] 8316...",
      "progress: 7 w= -32669.68 loss= 4981379945.22",
    ]);
  });

  // The weights need 30 columns here ("loss, last batch: 4.98138e+9"), so the log's widest grad
  // lines (52 columns) are cut, but its progress lines, which used to lose their loss, are whole.
  it("the same lines in Unicode end in …, and the progress lines are whole", () => {
    const frame = dashboardFrame(FIXTURES.diverged(), COMPACT_SIZE);
    const log = panelLines(frame, "Gradient log");
    expect(log.at(-1)).toBe("progress: 7 w= -32669.68 loss= 4981379945.22");
    expect(log.at(-2)).toBe("  grad:  [1.0, 2.0, 3.0] [2.0, 4.0, 6.0] 83164.…");
  });
});
