import { DEFAULTS, type RunConfig } from "../src/core/config.js";
import { LECTURE_DATA } from "../src/core/data.js";
import { advance } from "../src/core/engine.js";
import { defaultSpec } from "../src/core/optimizers/index.js";
import { createRun, type RunState } from "../src/core/run.js";
import { CONSTANT } from "../src/core/schedules.js";

/** The lecture's problem, run forever: no stopping rule, so every update is work. */
export const LECTURE_FOREVER: RunConfig = {
  data: LECTURE_DATA,
  model: "linear",
  batchSize: 1,
  init: [1.0],
  optimizer: defaultSpec("sgd"),
  lr: DEFAULTS.lr,
  schedule: CONSTANT,
  maxEpochs: Number.MAX_SAFE_INTEGER,
  tolLoss: 0,
  tolGrad: 0,
  maxLoss: DEFAULTS.maxLoss,
};

/** Updates per `advance` call, as a runner sends them a frame at a time. */
const TICK = 100_000;

/** The engine, headless: `updates` updates through the pure state machine's hot loop. */
export function runEngine(updates: number): RunState {
  let state = createRun(LECTURE_FOREVER);
  for (let done = 0; done < updates; done += TICK)
    state = advance(state, Math.min(TICK, updates - done));
  return state;
}

/**
 * The same arithmetic written as a plain loop, the lecture's script without its prints: per-sample
 * gradient and update, and at each epoch's end the last sample's loss, the mean loss over the data
 * and the gradient norm (which the engine needs for its chart and its convergence test).
 */
export function runPlainLoop(updates: number): number {
  const xs = [1, 2, 3];
  const ys = [2, 4, 6];
  const lr = 0.01;
  let w = 1.0;
  let check = 0;
  for (let u = 0; u < updates; ) {
    for (let i = 0; i < 3 && u < updates; i++, u++) {
      const x = xs[i] as number;
      const y = ys[i] as number;
      const r = x * w - y;
      const loss = r * r;
      if (!(loss <= 1e10)) return Number.NaN;
      const grad = 2 * x * r;
      w = w - lr * grad;
      if (!Number.isFinite(w)) return Number.NaN;
      if (i === 2) {
        const after = x * w - y;
        let sum = 0;
        let g = 0;
        for (let j = 0; j < 3; j++) {
          const rj = (xs[j] as number) * w - (ys[j] as number);
          sum += rj * rj;
          g += 2 * (xs[j] as number) * rj;
        }
        check += after * after + sum / 3 + Math.abs(g / 3);
      }
    }
  }
  return w + check * 0;
}
