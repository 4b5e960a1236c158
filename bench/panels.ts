import { contourGrid, fitPairView } from "../src/core/contour.js";
import type { Dataset } from "../src/core/data.js";
import { advance } from "../src/core/engine.js";
import { currentBatch, FIT_RESIDUALS, fitData } from "../src/core/fit.js";
import { fitSliceView, lossSlice } from "../src/core/landscape.js";
import { MODELS } from "../src/core/models/index.js";
import { recentPath } from "../src/core/path.js";
import { createRun, type RunState } from "../src/core/run.js";
import { contourCells, contourLines, UNICODE_CONTOUR } from "../src/ui/contour-plot.js";
import { fitLines, UNICODE_FIT } from "../src/ui/fit-plot.js";
import { landscapeLines } from "../src/ui/landscape-plot.js";
import { LECTURE_FOREVER } from "./engine.js";
import { bestRates } from "./measure.js";

/** The lecture's three rows repeated to `rows` rows: the same problem, a larger data set. */
function repeated(rows: number): Dataset {
  const xs = Array.from({ length: rows }, (_, i) => (i % 3) + 1);
  return { name: `${rows} rows`, xs, ys: xs.map((x) => 2 * x) };
}

/** The affine model on `rows` rows, per-sample SGD, 100 updates in: a run mid-way. */
function runOn(rows: number): RunState {
  const config = {
    ...LECTURE_FOREVER,
    model: "affine" as const,
    init: [1, 1],
    data: repeated(rows),
  };
  return advance(createRun(config), 100);
}

/**
 * What a frame of the 200x50 dashboard computes for the landscape, the contour and the fit panel
 * (the layout's sizes there), `frames` times: the data's size must not show in it.
 */
function drawPanels(run: RunState, frames: number): void {
  const pair = { x: 0, y: 1 };
  const sliceView = fitSliceView(run, 0);
  const pairView = fitPairView(run, pair);
  const data = fitData(run.config.data);
  for (let f = 0; f < frames; f++) {
    const path = recentPath(run);
    landscapeLines(lossSlice(run, 0, sliceView, 40, path), {
      width: 40,
      height: 20,
      isLog: false,
      isAscii: false,
    });
    const { columns, rows } = contourCells(40, 20);
    contourLines(
      contourGrid(run, pair, pairView, columns, rows, path),
      ["w", "b"],
      40,
      20,
      UNICODE_CONTOUR,
    );
    const { start, end } = currentBatch(run);
    const batch = Array.from(
      { length: Math.min(end - start, FIT_RESIDUALS) },
      (_, k) =>
        [run.config.data.xs[start + k] as number, run.config.data.ys[start + k] as number] as const,
    );
    const predict = (x: number) => MODELS[run.config.model].predict(run.params, x);
    fitLines({ data, predict, batch, forecastAt: undefined }, 56, 20, UNICODE_FIT);
  }
}

/** Frames a second for the panels on 3 rows and on a million, measured alike in one run. */
export function benchPanels(): { small: number; large: number } {
  const small = runOn(3);
  const large = runOn(1_000_002);
  const rates = bestRates(200, 5, {
    small: (n) => drawPanels(small, n),
    large: (n) => drawPanels(large, n),
  });
  return rates;
}
