import { formatShort } from "./format.js";

/**
 * Learning-rate schedules as torch.optim.lr_scheduler's, stepped once at the end of every epoch
 * as torch's usual loop does (`train(...); scheduler.step()`; ReduceLROnPlateau is given the
 * epoch's mean loss over the data). Each new rate is computed from the last, torch's chainable
 * form (what `step()` without an epoch does), so a rate set by hand between two epochs is carried
 * on from, as when a torch user writes `param_group["lr"]`:
 *   step        every step_size epochs lr ← lr·γ                         (StepLR)
 *   multistep   at each milestone lr ← lr·γ^(times it is listed)          (MultiStepLR)
 *   exponential lr ← lr·γ                                                 (ExponentialLR)
 *   cosine      lr ← η_min + (lr − η_min)·(1 + cos(πe/T))/(1 + cos(π(e−1)/T)), and just past a
 *               minimum lr ← lr + (base − η_min)·(1 − cos(π/T))/2          (CosineAnnealingLR)
 *   linear      for e ≤ total_iters: lr ← lr·(1 + (f − s)/(total_iters·s + (e − 1)(f − s))),
 *               the first epoch at base·s                                 (LinearLR)
 *   plateau     after more than `patience` epochs without a better loss (threshold_mode rel:
 *               below best·(1 − threshold); abs: below best − threshold), lr ← max(lr·factor,
 *               min_lr) if that moves it by more than eps; then `cooldown` epochs of rest
 *               (ReduceLROnPlateau, mode min)
 * `constant` is no schedule (not torch's ConstantLR).
 */

export type ScheduleId =
  | "constant"
  | "step"
  | "multistep"
  | "exponential"
  | "cosine"
  | "linear"
  | "plateau";

export type ScheduleValue = number | string | readonly number[];

/** A schedule and its parameters, by torch's names, every one resolved. Plain data. */
export interface ScheduleSpec {
  readonly id: ScheduleId;
  readonly params: Readonly<Record<string, ScheduleValue>>;
}

/** Each schedule's parameters with torch's defaults; undefined: torch requires it. */
export const SCHEDULE_DEFAULTS: Readonly<
  Record<ScheduleId, Readonly<Record<string, ScheduleValue | undefined>>>
> = {
  constant: {},
  step: { step_size: undefined, gamma: 0.1 },
  multistep: { milestones: undefined, gamma: 0.1 },
  exponential: { gamma: undefined },
  cosine: { T_max: undefined, eta_min: 0 },
  linear: { start_factor: 1 / 3, end_factor: 1, total_iters: 5 },
  plateau: {
    factor: 0.1,
    patience: 10,
    threshold: 1e-4,
    threshold_mode: "rel",
    cooldown: 0,
    min_lr: 0,
    eps: 1e-8,
  },
};

export const SCHEDULE_IDS = Object.keys(SCHEDULE_DEFAULTS) as readonly ScheduleId[];

export const CONSTANT: ScheduleSpec = { id: "constant", params: {} };

/**
 * ReduceLROnPlateau's bookkeeping: [has a best, best, bad epochs, cooldown left]; the others keep
 * none. torch's best starts at +∞; "no best yet" is a flag here, so no state is ever non-finite.
 */
export const SCHEDULE_STATE_SIZE = 4;

export function freshScheduleState(): Float64Array {
  return new Float64Array(SCHEDULE_STATE_SIZE);
}

/** The rate of the first epoch: LinearLR's constructor scales it already. */
export function startRate(spec: ScheduleSpec, base: number): number {
  return spec.id === "linear" ? base * (spec.params.start_factor as number) : base;
}

/**
 * The rate after the schedule's step at the end of epoch `epoch` − 1 (so `epoch` ≥ 1 counts the
 * steps taken, torch's last_epoch), from the rate `lr` that epoch used; `state` is updated in
 * place. `base` is the rate the run started from (torch's initial_lr).
 */
export function stepSchedule(
  spec: ScheduleSpec,
  base: number,
  lr: number,
  epoch: number,
  meanLoss: number,
  state: Float64Array,
): number {
  const p = spec.params;
  const e = epoch;
  switch (spec.id) {
    case "constant":
      return lr;
    case "step":
      return e % (p.step_size as number) === 0 ? lr * (p.gamma as number) : lr;
    case "multistep": {
      const times = (p.milestones as readonly number[]).filter((m) => m === e).length;
      return times > 0 ? lr * (p.gamma as number) ** times : lr;
    }
    case "exponential":
      return lr * (p.gamma as number);
    case "cosine": {
      const tMax = p.T_max as number;
      const etaMin = p.eta_min as number;
      if ((e - 1 - tMax) % (2 * tMax) === 0)
        return lr + ((base - etaMin) * (1 - Math.cos(Math.PI / tMax))) / 2;
      return (
        ((1 + Math.cos((Math.PI * e) / tMax)) / (1 + Math.cos((Math.PI * (e - 1)) / tMax))) *
          (lr - etaMin) +
        etaMin
      );
    }
    case "linear": {
      const total = p.total_iters as number;
      if (e > total) return lr;
      const s = p.start_factor as number;
      const f = p.end_factor as number;
      return lr * (1 + (f - s) / (total * s + (e - 1) * (f - s)));
    }
    case "plateau":
      return plateau(p, lr, meanLoss, state);
    default:
      return spec.id satisfies never;
  }
}

function plateau(
  p: ScheduleSpec["params"],
  lr: number,
  metric: number,
  state: Float64Array,
): number {
  const [hasBest = 0, stored = 0] = state;
  let [, , bad = 0, cooldown = 0] = state;
  let best = hasBest === 1 ? stored : Number.POSITIVE_INFINITY;
  const threshold = p.threshold as number;
  const isBetter =
    p.threshold_mode === "rel" ? metric < best * (1 - threshold) : metric < best - threshold;
  if (isBetter) {
    best = metric;
    bad = 0;
  } else {
    bad += 1;
  }
  if (cooldown > 0) {
    cooldown -= 1;
    bad = 0;
  }
  let next = lr;
  if (bad > (p.patience as number)) {
    const reduced = Math.max(lr * (p.factor as number), p.min_lr as number);
    if (lr - reduced > (p.eps as number)) next = reduced;
    cooldown = p.cooldown as number;
    bad = 0;
  }
  const isKept = Number.isFinite(best);
  state[0] = isKept ? 1 : 0;
  state[1] = isKept ? best : 0;
  state[2] = bad;
  state[3] = cooldown;
  return next;
}

function showValue(value: ScheduleValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatShort(value);
  return value.map((v) => formatShort(v)).join("/");
}

/** The schedule as a header shows it: `cosine T_max=10`, its required and changed parameters. */
export function scheduleLabel(spec: ScheduleSpec): string {
  const defaults = SCHEDULE_DEFAULTS[spec.id];
  const shown = Object.entries(spec.params)
    .filter(([key, value]) => {
      const d = defaults[key];
      return d === undefined || showValue(d) !== showValue(value);
    })
    .map(([key, value]) => `${key}=${showValue(value)}`);
  return [spec.id, ...shown].join(" ");
}
