// Written by `npm run gen` (scripts/gen-kernels.mjs) from the formulas in src/core/models/
// and src/core/optimizers/, through src/core/kernel-source.ts. Do not edit: change the
// formulas and regenerate; test/core/generated.test.ts fails when this file is stale.
import type { KernelIO } from "../kernel.js";

export function linearPredict(p: ArrayLike<number>, x: number): number {
  const w = (p[0] as number);
  return x * w;
}

export function linearEvaluate(p: ArrayLike<number>, $xs: ArrayLike<number>, $ys: ArrayLike<number>, start: number, end: number, grads: Float64Array): number {
  let $loss = 0; let $g0 = 0;
  { const w = (p[0] as number);
    let $sum = -0; let $sum0 = -0;
    for (let $i = start; $i < end; $i++) {
      const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
      $sum0 += 2 * x * r;
      $sum += r * r;
    }
    const $count = end - start;
    if ($count === 1) { $loss = $sum; $g0 = $sum0; }
    else { $loss = $sum / $count; $g0 = $sum0 / $count; }
  }
  grads[0] = $g0;
  return $loss;
}

export function affinePredict(p: ArrayLike<number>, x: number): number {
  const w = (p[0] as number); const b = (p[1] as number);
  return x * w + b;
}

export function affineEvaluate(p: ArrayLike<number>, $xs: ArrayLike<number>, $ys: ArrayLike<number>, start: number, end: number, grads: Float64Array): number {
  let $loss = 0; let $g0 = 0; let $g1 = 0;
  { const w = (p[0] as number); const b = (p[1] as number);
    let $sum = -0; let $sum0 = -0; let $sum1 = -0;
    for (let $i = start; $i < end; $i++) {
      const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
      $sum0 += 2 * x * r; $sum1 += 2 * r;
      $sum += r * r;
    }
    const $count = end - start;
    if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; }
    else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; }
  }
  grads[0] = $g0; grads[1] = $g1;
  return $loss;
}

export function quadraticPredict(p: ArrayLike<number>, x: number): number {
  const w2 = (p[0] as number); const w1 = (p[1] as number); const b = (p[2] as number);
  return x * x * w2 + x * w1 + b;
}

export function quadraticEvaluate(p: ArrayLike<number>, $xs: ArrayLike<number>, $ys: ArrayLike<number>, start: number, end: number, grads: Float64Array): number {
  let $loss = 0; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  { const w2 = (p[0] as number); const w1 = (p[1] as number); const b = (p[2] as number);
    let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
    for (let $i = start; $i < end; $i++) {
      const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
      $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
      $sum += r * r;
    }
    const $count = end - start;
    if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; }
    else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; }
  }
  grads[0] = $g0; grads[1] = $g1; grads[2] = $g2;
  return $loss;
}

export function cubicPredict(p: ArrayLike<number>, x: number): number {
  const w3 = (p[0] as number); const w2 = (p[1] as number); const w1 = (p[2] as number); const b = (p[3] as number);
  return x * x * x * w3 + x * x * w2 + x * w1 + b;
}

export function cubicEvaluate(p: ArrayLike<number>, $xs: ArrayLike<number>, $ys: ArrayLike<number>, start: number, end: number, grads: Float64Array): number {
  let $loss = 0; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  { const w3 = (p[0] as number); const w2 = (p[1] as number); const w1 = (p[2] as number); const b = (p[3] as number);
    let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
    for (let $i = start; $i < end; $i++) {
      const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
      $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
      $sum += r * r;
    }
    const $count = end - start;
    if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; $g3 = $sum3; }
    else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; $g3 = $sum3 / $count; }
  }
  grads[0] = $g0; grads[1] = $g1; grads[2] = $g2; grads[3] = $g3;
  return $loss;
}

export function sgdUpdate(params: Float64Array, state: Float64Array, grads: Float64Array, lr: number, hyper: Float64Array, nextParams: Float64Array, nextState: Float64Array): void {
  const momentum = hyper[0] as number; const dampening = hyper[1] as number; const weight_decay = hyper[2] as number; const nesterov = hyper[3] as number;
  const $n = params.length;
  let started = state[0] as number;
  const isFirst = started === 0; if (momentum !== 0) started = 1;
  nextState[0] = started;
  for (let $j = 0; $j < $n; $j++) {
    const param = params[$j] as number; const grad = grads[$j] as number;
    let b = state[1 + 0 * $n + $j] as number;
    let next = 0;
    let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
    if (momentum !== 0) {
      b = isFirst ? d : momentum * b + (1 - dampening) * d;
      d = nesterov !== 0 ? d + momentum * b : b;
    }
    next = param - lr * d;
    nextParams[$j] = next;
    nextState[1 + 0 * $n + $j] = b;
  }
}

export function adamUpdate(params: Float64Array, state: Float64Array, grads: Float64Array, lr: number, hyper: Float64Array, nextParams: Float64Array, nextState: Float64Array): void {
  const beta1 = hyper[0] as number; const beta2 = hyper[1] as number; const eps = hyper[2] as number; const weight_decay = hyper[3] as number; const amsgrad = hyper[4] as number;
  const $n = params.length;
  let t = state[0] as number;
  t = t + 1;
  const correction1 = 1 - beta1 ** t;
  const correction2 = 1 - beta2 ** t;
  nextState[0] = t;
  for (let $j = 0; $j < $n; $j++) {
    const param = params[$j] as number; const grad = grads[$j] as number;
    let m = state[1 + 0 * $n + $j] as number; let v = state[1 + 1 * $n + $j] as number; let vmax = state[1 + 2 * $n + $j] as number;
    let next = 0;
    let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
    m = beta1 * m + (1 - beta1) * d;
    v = beta2 * v + (1 - beta2) * (d * d);
    let vhat = v;
    if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
    next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
    nextParams[$j] = next;
    nextState[1 + 0 * $n + $j] = m; nextState[1 + 1 * $n + $j] = v; nextState[1 + 2 * $n + $j] = vmax;
  }
}

export function adamwUpdate(params: Float64Array, state: Float64Array, grads: Float64Array, lr: number, hyper: Float64Array, nextParams: Float64Array, nextState: Float64Array): void {
  const beta1 = hyper[0] as number; const beta2 = hyper[1] as number; const eps = hyper[2] as number; const weight_decay = hyper[3] as number; const amsgrad = hyper[4] as number;
  const $n = params.length;
  let t = state[0] as number;
  t = t + 1;
  const correction1 = 1 - beta1 ** t;
  const correction2 = 1 - beta2 ** t;
  nextState[0] = t;
  for (let $j = 0; $j < $n; $j++) {
    const param = params[$j] as number; const grad = grads[$j] as number;
    let m = state[1 + 0 * $n + $j] as number; let v = state[1 + 1 * $n + $j] as number; let vmax = state[1 + 2 * $n + $j] as number;
    let next = 0;
    const decayed = param - lr * weight_decay * param;
    m = beta1 * m + (1 - beta1) * grad;
    v = beta2 * v + (1 - beta2) * (grad * grad);
    let vhat = v;
    if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
    next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
    nextParams[$j] = next;
    nextState[1 + 0 * $n + $j] = m; nextState[1 + 1 * $n + $j] = v; nextState[1 + 2 * $n + $j] = vmax;
  }
}

export function nadamUpdate(params: Float64Array, state: Float64Array, grads: Float64Array, lr: number, hyper: Float64Array, nextParams: Float64Array, nextState: Float64Array): void {
  const beta1 = hyper[0] as number; const beta2 = hyper[1] as number; const eps = hyper[2] as number; const weight_decay = hyper[3] as number; const momentum_decay = hyper[4] as number;
  const $n = params.length;
  let t = state[0] as number; let muProduct = state[1] as number;
  t = t + 1;
  const mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentum_decay));
  const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentum_decay));
  muProduct = (t === 1 ? 1 : muProduct) * mu;
  const correction2 = 1 - beta2 ** t;
  nextState[0] = t; nextState[1] = muProduct;
  for (let $j = 0; $j < $n; $j++) {
    const param = params[$j] as number; const grad = grads[$j] as number;
    let m = state[2 + 0 * $n + $j] as number; let v = state[2 + 1 * $n + $j] as number;
    let next = 0;
    let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
    m = beta1 * m + (1 - beta1) * d;
    v = beta2 * v + (1 - beta2) * (d * d);
    const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
    next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
    nextParams[$j] = next;
    nextState[2 + 0 * $n + $j] = m; nextState[2 + 1 * $n + $j] = v;
  }
}

export function radamUpdate(params: Float64Array, state: Float64Array, grads: Float64Array, lr: number, hyper: Float64Array, nextParams: Float64Array, nextState: Float64Array): void {
  const beta1 = hyper[0] as number; const beta2 = hyper[1] as number; const eps = hyper[2] as number; const weight_decay = hyper[3] as number;
  const $n = params.length;
  let t = state[0] as number;
  t = t + 1;
  const correction1 = 1 - beta1 ** t;
  const beta2t = beta2 ** t;
  const correction2 = 1 - beta2t;
  const rhoInf = 2 / (1 - beta2) - 1;
  const rhoT = rhoInf - (2 * t * beta2t) / correction2;
  const isRectified = rhoT > 5;
  const rect = isRectified
  ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
  : 0;
  nextState[0] = t;
  for (let $j = 0; $j < $n; $j++) {
    const param = params[$j] as number; const grad = grads[$j] as number;
    let m = state[1 + 0 * $n + $j] as number; let v = state[1 + 1 * $n + $j] as number;
    let next = 0;
    let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
    m = beta1 * m + (1 - beta1) * d;
    v = beta2 * v + (1 - beta2) * (d * d);
    const mhat = m / correction1;
    next = isRectified
    ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
    : param - lr * mhat;
    nextParams[$j] = next;
    nextState[1 + 0 * $n + $j] = m; nextState[1 + 1 * $n + $j] = v;
  }
}

export function adamaxUpdate(params: Float64Array, state: Float64Array, grads: Float64Array, lr: number, hyper: Float64Array, nextParams: Float64Array, nextState: Float64Array): void {
  const beta1 = hyper[0] as number; const beta2 = hyper[1] as number; const eps = hyper[2] as number; const weight_decay = hyper[3] as number;
  const $n = params.length;
  let t = state[0] as number;
  t = t + 1; const correction1 = 1 - beta1 ** t;
  nextState[0] = t;
  for (let $j = 0; $j < $n; $j++) {
    const param = params[$j] as number; const grad = grads[$j] as number;
    let m = state[1 + 0 * $n + $j] as number; let u = state[1 + 1 * $n + $j] as number;
    let next = 0;
    let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
    m = beta1 * m + (1 - beta1) * d;
    const decayedNorm = beta2 * u;
    const size = Math.abs(d) + eps;
    u = decayedNorm > size ? decayedNorm : size;
    next = param - (lr * m) / (correction1 * u);
    nextParams[$j] = next;
    nextState[1 + 0 * $n + $j] = m; nextState[1 + 1 * $n + $j] = u;
  }
}

export function adadeltaUpdate(params: Float64Array, state: Float64Array, grads: Float64Array, lr: number, hyper: Float64Array, nextParams: Float64Array, nextState: Float64Array): void {
  const rho = hyper[0] as number; const eps = hyper[1] as number; const weight_decay = hyper[2] as number;
  const $n = params.length;

  for (let $j = 0; $j < $n; $j++) {
    const param = params[$j] as number; const grad = grads[$j] as number;
    let v = state[0 + 0 * $n + $j] as number; let u = state[0 + 1 * $n + $j] as number;
    let next = 0;
    let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
    v = rho * v + (1 - rho) * d * d;
    const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
    u = rho * u + (1 - rho) * delta * delta;
    next = param - lr * delta;
    nextParams[$j] = next;
    nextState[0 + 0 * $n + $j] = v; nextState[0 + 1 * $n + $j] = u;
  }
}

export function adagradUpdate(params: Float64Array, state: Float64Array, grads: Float64Array, lr: number, hyper: Float64Array, nextParams: Float64Array, nextState: Float64Array): void {
  const lr_decay = hyper[0] as number; const weight_decay = hyper[1] as number; const initial_accumulator_value = hyper[2] as number; const eps = hyper[3] as number;
  const $n = params.length;
  let t = state[0] as number;
  t = t + 1; const clr = lr / (1 + (t - 1) * lr_decay);
  nextState[0] = t;
  for (let $j = 0; $j < $n; $j++) {
    const param = params[$j] as number; const grad = grads[$j] as number;
    let s = state[1 + 0 * $n + $j] as number;
    let next = 0;
    let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
    s = (t === 1 ? initial_accumulator_value : s) + d * d;
    next = param - clr * (d / (Math.sqrt(s) + eps));
    nextParams[$j] = next;
    nextState[1 + 0 * $n + $j] = s;
  }
}

export function rmspropUpdate(params: Float64Array, state: Float64Array, grads: Float64Array, lr: number, hyper: Float64Array, nextParams: Float64Array, nextState: Float64Array): void {
  const alpha = hyper[0] as number; const eps = hyper[1] as number; const weight_decay = hyper[2] as number; const momentum = hyper[3] as number; const centered = hyper[4] as number;
  const $n = params.length;

  for (let $j = 0; $j < $n; $j++) {
    const param = params[$j] as number; const grad = grads[$j] as number;
    let v = state[0 + 0 * $n + $j] as number; let gavg = state[0 + 1 * $n + $j] as number; let b = state[0 + 2 * $n + $j] as number;
    let next = 0;
    let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
    v = alpha * v + (1 - alpha) * (d * d);
    let vt = v;
    if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
    if (momentum > 0) {
      b = momentum * b + d / (Math.sqrt(vt) + eps);
      next = param - lr * b;
    } else {
      next = param - lr * (d / (Math.sqrt(vt) + eps));
    }
    nextParams[$j] = next;
    nextState[0 + 0 * $n + $j] = v; nextState[0 + 1 * $n + $j] = gavg; nextState[0 + 2 * $n + $j] = b;
  }
}

export function rpropUpdate(params: Float64Array, state: Float64Array, grads: Float64Array, lr: number, hyper: Float64Array, nextParams: Float64Array, nextState: Float64Array): void {
  const etaMinus = hyper[0] as number; const etaPlus = hyper[1] as number; const stepMin = hyper[2] as number; const stepMax = hyper[3] as number;
  const $n = params.length;
  let t = state[0] as number;
  t = t + 1;
  nextState[0] = t;
  for (let $j = 0; $j < $n; $j++) {
    const param = params[$j] as number; const grad = grads[$j] as number;
    let size = state[1 + 0 * $n + $j] as number; let prev = state[1 + 1 * $n + $j] as number;
    let next = 0;
    let d = grad;
    let eta = t === 1 ? lr : size;
    if (prev * d > 0) {
      const grown = eta * etaPlus;
      eta = grown < stepMax ? grown : stepMax;
    } else if (prev * d < 0) {
      const shrunk = eta * etaMinus;
      eta = shrunk > stepMin ? shrunk : stepMin;
      d = 0;
    }
    size = eta;
    prev = d;
    next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
    nextParams[$j] = next;
    nextState[1 + 0 * $n + $j] = size; nextState[1 + 1 * $n + $j] = prev;
  }
}

export function sgdPlainUpdate(params: Float64Array, state: Float64Array, grads: Float64Array, lr: number, hyper: Float64Array, nextParams: Float64Array, nextState: Float64Array): void {
  const momentum = hyper[0] as number; const dampening = hyper[1] as number; const weight_decay = hyper[2] as number; const nesterov = hyper[3] as number;
  const $n = params.length;

  for (let $j = 0; $j < $n; $j++) {
    const param = params[$j] as number; const grad = grads[$j] as number;

    let next = 0;
    next = param - lr * grad;
    nextParams[$j] = next;

  }
}

export function linear_sgd_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0;
      const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
      $g0 = 2 * x * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0;
    { let started = $s0;
      const isFirst = started === 0; if (momentum !== 0) started = 1;
      $t0 = started;
      { const param = $p0; const grad = $g0;
        let b = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q0 = next;
        $t1 = b; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
        $f0 = 2 * x * r;
        $progress = r * r; }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_sgd_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0;
      let $sum = -0; let $sum0 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
        $sum0 += 2 * x * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0;
    { let started = $s0;
      const isFirst = started === 0; if (momentum !== 0) started = 1;
      $t0 = started;
      { const param = $p0; const grad = $g0;
        let b = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q0 = next;
        $t1 = b; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; }
      }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_adam_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0;
      const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
      $g0 = 2 * x * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s2; let vmax = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t2 = v; $t3 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
        $f0 = 2 * x * r;
        $progress = r * r; }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_adam_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0;
      let $sum = -0; let $sum0 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
        $sum0 += 2 * x * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s2; let vmax = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t2 = v; $t3 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; }
      }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_adamw_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0;
      const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
      $g0 = 2 * x * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s2; let vmax = $s3;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t2 = v; $t3 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
        $f0 = 2 * x * r;
        $progress = r * r; }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_adamw_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0;
      let $sum = -0; let $sum0 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
        $sum0 += 2 * x * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s2; let vmax = $s3;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t2 = v; $t3 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; }
      }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_nadam_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const momentum_decay = $h[4] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0;
      const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
      $g0 = 2 * x * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0;
    { let t = $s0; let muProduct = $s1;
      t = t + 1;
      const mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentum_decay));
      const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentum_decay));
      muProduct = (t === 1 ? 1 : muProduct) * mu;
      const correction2 = 1 - beta2 ** t;
      $t0 = t; $t1 = muProduct;
      { const param = $p0; const grad = $g0;
        let m = $s2; let v = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q0 = next;
        $t2 = m; $t3 = v; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
        $f0 = 2 * x * r;
        $progress = r * r; }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_nadam_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const momentum_decay = $h[4] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0;
      let $sum = -0; let $sum0 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
        $sum0 += 2 * x * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0;
    { let t = $s0; let muProduct = $s1;
      t = t + 1;
      const mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentum_decay));
      const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentum_decay));
      muProduct = (t === 1 ? 1 : muProduct) * mu;
      const correction2 = 1 - beta2 ** t;
      $t0 = t; $t1 = muProduct;
      { const param = $p0; const grad = $g0;
        let m = $s2; let v = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q0 = next;
        $t2 = m; $t3 = v; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; }
      }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_radam_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0;
      const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
      $g0 = 2 * x * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const beta2t = beta2 ** t;
      const correction2 = 1 - beta2t;
      const rhoInf = 2 / (1 - beta2) - 1;
      const rhoT = rhoInf - (2 * t * beta2t) / correction2;
      const isRectified = rhoT > 5;
      const rect = isRectified
      ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
      : 0;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q0 = next;
        $t1 = m; $t2 = v; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
        $f0 = 2 * x * r;
        $progress = r * r; }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_radam_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0;
      let $sum = -0; let $sum0 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
        $sum0 += 2 * x * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const beta2t = beta2 ** t;
      const correction2 = 1 - beta2t;
      const rhoInf = 2 / (1 - beta2) - 1;
      const rhoT = rhoInf - (2 * t * beta2t) / correction2;
      const isRectified = rhoT > 5;
      const rect = isRectified
      ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
      : 0;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q0 = next;
        $t1 = m; $t2 = v; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; }
      }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_adamax_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0;
      const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
      $g0 = 2 * x * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0;
    { let t = $s0;
      t = t + 1; const correction1 = 1 - beta1 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let u = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q0 = next;
        $t1 = m; $t2 = u; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
        $f0 = 2 * x * r;
        $progress = r * r; }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_adamax_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0;
      let $sum = -0; let $sum0 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
        $sum0 += 2 * x * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0;
    { let t = $s0;
      t = t + 1; const correction1 = 1 - beta1 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let u = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q0 = next;
        $t1 = m; $t2 = u; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; }
      }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_adadelta_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const rho = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0;
      const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
      $g0 = 2 * x * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let u = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q0 = next;
        $t0 = v; $t1 = u; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
        $f0 = 2 * x * r;
        $progress = r * r; }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_adadelta_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const rho = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0;
      let $sum = -0; let $sum0 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
        $sum0 += 2 * x * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let u = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q0 = next;
        $t0 = v; $t1 = u; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; }
      }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_adagrad_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const lr_decay = $h[0] as number; const weight_decay = $h[1] as number; const initial_accumulator_value = $h[2] as number; const eps = $h[3] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0;
      const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
      $g0 = 2 * x * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0;
    { let t = $s0;
      t = t + 1; const clr = lr / (1 + (t - 1) * lr_decay);
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let s = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q0 = next;
        $t1 = s; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
        $f0 = 2 * x * r;
        $progress = r * r; }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_adagrad_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const lr_decay = $h[0] as number; const weight_decay = $h[1] as number; const initial_accumulator_value = $h[2] as number; const eps = $h[3] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0;
      let $sum = -0; let $sum0 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
        $sum0 += 2 * x * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0;
    { let t = $s0;
      t = t + 1; const clr = lr / (1 + (t - 1) * lr_decay);
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let s = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q0 = next;
        $t1 = s; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; }
      }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_rmsprop_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const alpha = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number; const momentum = $h[3] as number; const centered = $h[4] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0;
      const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
      $g0 = 2 * x * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let gavg = $s1; let b = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q0 = next;
        $t0 = v; $t1 = gavg; $t2 = b; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
        $f0 = 2 * x * r;
        $progress = r * r; }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_rmsprop_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const alpha = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number; const momentum = $h[3] as number; const centered = $h[4] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0;
      let $sum = -0; let $sum0 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
        $sum0 += 2 * x * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let gavg = $s1; let b = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q0 = next;
        $t0 = v; $t1 = gavg; $t2 = b; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; }
      }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_rprop_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const etaMinus = $h[0] as number; const etaPlus = $h[1] as number; const stepMin = $h[2] as number; const stepMax = $h[3] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0;
      const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
      $g0 = 2 * x * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0;
    { let t = $s0;
      t = t + 1;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let size = $s1; let prev = $s2;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q0 = next;
        $t1 = size; $t2 = prev; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
        $f0 = 2 * x * r;
        $progress = r * r; }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_rprop_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const etaMinus = $h[0] as number; const etaPlus = $h[1] as number; const stepMin = $h[2] as number; const stepMax = $h[3] as number;
  let $p0 = io.params[0] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0;
      let $sum = -0; let $sum0 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
        $sum0 += 2 * x * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0;
    { let t = $s0;
      t = t + 1;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let size = $s1; let prev = $s2;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q0 = next;
        $t1 = size; $t2 = prev; } }
    if (!(true && $q0 - $q0 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; }
      }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $s0 = $t0; $s1 = $t1; $s2 = $t2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2;
  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_sgdPlain_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number;  let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0;
      const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
      $g0 = 2 * x * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0;
    {

      { const param = $p0; const grad = $g0;

        let next = 0;
        next = param - lr * grad;
        $q0 = next;
      } }
    if (!(true && $q0 - $q0 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        const x = $xs[$first] as number; const r = (x * w) - ($ys[$first] as number);
        $f0 = 2 * x * r;
        $progress = r * r; }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;

  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function linear_sgdPlain_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number;  let $g0 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0;
      let $sum = -0; let $sum0 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
        $sum0 += 2 * x * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0;
    {

      { const param = $p0; const grad = $g0;

        let next = 0;
        next = param - lr * grad;
        $q0 = next;
      } }
    if (!(true && $q0 - $q0 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0;
    if ($isEpochEnd) {
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; }
      }
      { const w = $q0;
        let $sum = -0; let $sum0 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w) - ($ys[$i] as number);
          $sum0 += 2 * x * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0;
    $at += 4;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0;

  io.grads[0] = $g0;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 4; io.stop = $stop;
  return $done;
}

export function affine_sgd_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0; const b = $p1;
      const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
      $g0 = 2 * x * r; $g1 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0;
    { let started = $s0;
      const isFirst = started === 0; if (momentum !== 0) started = 1;
      $t0 = started;
      { const param = $p0; const grad = $g0;
        let b = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q0 = next;
        $t1 = b; }
      { const param = $p1; const grad = $g1;
        let b = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q1 = next;
        $t2 = b; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
        $f0 = 2 * x * r; $f1 = 2 * r;
        $progress = r * r; }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_sgd_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0; const b = $p1;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
        $sum0 += 2 * x * r; $sum1 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0;
    { let started = $s0;
      const isFirst = started === 0; if (momentum !== 0) started = 1;
      $t0 = started;
      { const param = $p0; const grad = $g0;
        let b = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q0 = next;
        $t1 = b; }
      { const param = $p1; const grad = $g1;
        let b = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q1 = next;
        $t2 = b; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_adam_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0; const b = $p1;
      const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
      $g0 = 2 * x * r; $g1 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s3; let vmax = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t3 = v; $t5 = vmax; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s4; let vmax = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q1 = next;
        $t2 = m; $t4 = v; $t6 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
        $f0 = 2 * x * r; $f1 = 2 * r;
        $progress = r * r; }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_adam_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0; const b = $p1;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
        $sum0 += 2 * x * r; $sum1 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s3; let vmax = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t3 = v; $t5 = vmax; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s4; let vmax = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q1 = next;
        $t2 = m; $t4 = v; $t6 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_adamw_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0; const b = $p1;
      const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
      $g0 = 2 * x * r; $g1 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s3; let vmax = $s5;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t3 = v; $t5 = vmax; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s4; let vmax = $s6;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q1 = next;
        $t2 = m; $t4 = v; $t6 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
        $f0 = 2 * x * r; $f1 = 2 * r;
        $progress = r * r; }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_adamw_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0; const b = $p1;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
        $sum0 += 2 * x * r; $sum1 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s3; let vmax = $s5;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t3 = v; $t5 = vmax; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s4; let vmax = $s6;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q1 = next;
        $t2 = m; $t4 = v; $t6 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_nadam_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const momentum_decay = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0; const b = $p1;
      const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
      $g0 = 2 * x * r; $g1 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0;
    { let t = $s0; let muProduct = $s1;
      t = t + 1;
      const mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentum_decay));
      const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentum_decay));
      muProduct = (t === 1 ? 1 : muProduct) * mu;
      const correction2 = 1 - beta2 ** t;
      $t0 = t; $t1 = muProduct;
      { const param = $p0; const grad = $g0;
        let m = $s2; let v = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q0 = next;
        $t2 = m; $t4 = v; }
      { const param = $p1; const grad = $g1;
        let m = $s3; let v = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q1 = next;
        $t3 = m; $t5 = v; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
        $f0 = 2 * x * r; $f1 = 2 * r;
        $progress = r * r; }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_nadam_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const momentum_decay = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0; const b = $p1;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
        $sum0 += 2 * x * r; $sum1 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0;
    { let t = $s0; let muProduct = $s1;
      t = t + 1;
      const mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentum_decay));
      const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentum_decay));
      muProduct = (t === 1 ? 1 : muProduct) * mu;
      const correction2 = 1 - beta2 ** t;
      $t0 = t; $t1 = muProduct;
      { const param = $p0; const grad = $g0;
        let m = $s2; let v = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q0 = next;
        $t2 = m; $t4 = v; }
      { const param = $p1; const grad = $g1;
        let m = $s3; let v = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q1 = next;
        $t3 = m; $t5 = v; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_radam_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0; const b = $p1;
      const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
      $g0 = 2 * x * r; $g1 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const beta2t = beta2 ** t;
      const correction2 = 1 - beta2t;
      const rhoInf = 2 / (1 - beta2) - 1;
      const rhoT = rhoInf - (2 * t * beta2t) / correction2;
      const isRectified = rhoT > 5;
      const rect = isRectified
      ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
      : 0;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q0 = next;
        $t1 = m; $t3 = v; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q1 = next;
        $t2 = m; $t4 = v; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
        $f0 = 2 * x * r; $f1 = 2 * r;
        $progress = r * r; }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_radam_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0; const b = $p1;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
        $sum0 += 2 * x * r; $sum1 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const beta2t = beta2 ** t;
      const correction2 = 1 - beta2t;
      const rhoInf = 2 / (1 - beta2) - 1;
      const rhoT = rhoInf - (2 * t * beta2t) / correction2;
      const isRectified = rhoT > 5;
      const rect = isRectified
      ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
      : 0;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q0 = next;
        $t1 = m; $t3 = v; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q1 = next;
        $t2 = m; $t4 = v; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_adamax_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0; const b = $p1;
      const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
      $g0 = 2 * x * r; $g1 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0;
    { let t = $s0;
      t = t + 1; const correction1 = 1 - beta1 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let u = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q0 = next;
        $t1 = m; $t3 = u; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let u = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q1 = next;
        $t2 = m; $t4 = u; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
        $f0 = 2 * x * r; $f1 = 2 * r;
        $progress = r * r; }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_adamax_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0; const b = $p1;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
        $sum0 += 2 * x * r; $sum1 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0;
    { let t = $s0;
      t = t + 1; const correction1 = 1 - beta1 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let u = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q0 = next;
        $t1 = m; $t3 = u; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let u = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q1 = next;
        $t2 = m; $t4 = u; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_adadelta_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const rho = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0; const b = $p1;
      const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
      $g0 = 2 * x * r; $g1 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let u = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q0 = next;
        $t0 = v; $t2 = u; }
      { const param = $p1; const grad = $g1;
        let v = $s1; let u = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q1 = next;
        $t1 = v; $t3 = u; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
        $f0 = 2 * x * r; $f1 = 2 * r;
        $progress = r * r; }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_adadelta_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const rho = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0; const b = $p1;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
        $sum0 += 2 * x * r; $sum1 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let u = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q0 = next;
        $t0 = v; $t2 = u; }
      { const param = $p1; const grad = $g1;
        let v = $s1; let u = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q1 = next;
        $t1 = v; $t3 = u; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_adagrad_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const lr_decay = $h[0] as number; const weight_decay = $h[1] as number; const initial_accumulator_value = $h[2] as number; const eps = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0; const b = $p1;
      const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
      $g0 = 2 * x * r; $g1 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0;
    { let t = $s0;
      t = t + 1; const clr = lr / (1 + (t - 1) * lr_decay);
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let s = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q0 = next;
        $t1 = s; }
      { const param = $p1; const grad = $g1;
        let s = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q1 = next;
        $t2 = s; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
        $f0 = 2 * x * r; $f1 = 2 * r;
        $progress = r * r; }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_adagrad_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const lr_decay = $h[0] as number; const weight_decay = $h[1] as number; const initial_accumulator_value = $h[2] as number; const eps = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0; const b = $p1;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
        $sum0 += 2 * x * r; $sum1 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0;
    { let t = $s0;
      t = t + 1; const clr = lr / (1 + (t - 1) * lr_decay);
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let s = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q0 = next;
        $t1 = s; }
      { const param = $p1; const grad = $g1;
        let s = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q1 = next;
        $t2 = s; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_rmsprop_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const alpha = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number; const momentum = $h[3] as number; const centered = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0; const b = $p1;
      const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
      $g0 = 2 * x * r; $g1 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let gavg = $s2; let b = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q0 = next;
        $t0 = v; $t2 = gavg; $t4 = b; }
      { const param = $p1; const grad = $g1;
        let v = $s1; let gavg = $s3; let b = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q1 = next;
        $t1 = v; $t3 = gavg; $t5 = b; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
        $f0 = 2 * x * r; $f1 = 2 * r;
        $progress = r * r; }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_rmsprop_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const alpha = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number; const momentum = $h[3] as number; const centered = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0; const b = $p1;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
        $sum0 += 2 * x * r; $sum1 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let gavg = $s2; let b = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q0 = next;
        $t0 = v; $t2 = gavg; $t4 = b; }
      { const param = $p1; const grad = $g1;
        let v = $s1; let gavg = $s3; let b = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q1 = next;
        $t1 = v; $t3 = gavg; $t5 = b; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_rprop_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const etaMinus = $h[0] as number; const etaPlus = $h[1] as number; const stepMin = $h[2] as number; const stepMax = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0; const b = $p1;
      const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
      $g0 = 2 * x * r; $g1 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0;
    { let t = $s0;
      t = t + 1;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let size = $s1; let prev = $s3;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q0 = next;
        $t1 = size; $t3 = prev; }
      { const param = $p1; const grad = $g1;
        let size = $s2; let prev = $s4;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q1 = next;
        $t2 = size; $t4 = prev; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
        $f0 = 2 * x * r; $f1 = 2 * r;
        $progress = r * r; }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_rprop_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const etaMinus = $h[0] as number; const etaPlus = $h[1] as number; const stepMin = $h[2] as number; const stepMax = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0; const b = $p1;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
        $sum0 += 2 * x * r; $sum1 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0;
    { let t = $s0;
      t = t + 1;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let size = $s1; let prev = $s3;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q0 = next;
        $t1 = size; $t3 = prev; }
      { const param = $p1; const grad = $g1;
        let size = $s2; let prev = $s4;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q1 = next;
        $t2 = size; $t4 = prev; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4;
  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_sgdPlain_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number;  let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w = $p0; const b = $p1;
      const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
      $g0 = 2 * x * r; $g1 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0;
    {

      { const param = $p0; const grad = $g0;

        let next = 0;
        next = param - lr * grad;
        $q0 = next;
      }
      { const param = $p1; const grad = $g1;

        let next = 0;
        next = param - lr * grad;
        $q1 = next;
      } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        const x = $xs[$first] as number; const r = (x * w + b) - ($ys[$first] as number);
        $f0 = 2 * x * r; $f1 = 2 * r;
        $progress = r * r; }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;

  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function affine_sgdPlain_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number;  let $g0 = 0; let $g1 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w = $p0; const b = $p1;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
        $sum0 += 2 * x * r; $sum1 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0;
    {

      { const param = $p0; const grad = $g0;

        let next = 0;
        next = param - lr * grad;
        $q0 = next;
      }
      { const param = $p1; const grad = $g1;

        let next = 0;
        next = param - lr * grad;
        $q1 = next;
      } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0;
    if ($isEpochEnd) {
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      { const w = $q0; const b = $q1;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * w + b) - ($ys[$i] as number);
          $sum0 += 2 * x * r; $sum1 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1;
    $at += 5;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1;

  io.grads[0] = $g0; io.grads[1] = $g1;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 5; io.stop = $stop;
  return $done;
}

export function quadratic_sgd_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x; $g1 = 2 * r * x; $g2 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0;
    { let started = $s0;
      const isFirst = started === 0; if (momentum !== 0) started = 1;
      $t0 = started;
      { const param = $p0; const grad = $g0;
        let b = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q0 = next;
        $t1 = b; }
      { const param = $p1; const grad = $g1;
        let b = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q1 = next;
        $t2 = b; }
      { const param = $p2; const grad = $g2;
        let b = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q2 = next;
        $t3 = b; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x; $f1 = 2 * r * x; $f2 = 2 * r;
        $progress = r * r; }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_sgd_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0;
    { let started = $s0;
      const isFirst = started === 0; if (momentum !== 0) started = 1;
      $t0 = started;
      { const param = $p0; const grad = $g0;
        let b = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q0 = next;
        $t1 = b; }
      { const param = $p1; const grad = $g1;
        let b = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q1 = next;
        $t2 = b; }
      { const param = $p2; const grad = $g2;
        let b = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q2 = next;
        $t3 = b; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_adam_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $s9 = io.state[9] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x; $g1 = 2 * r * x; $g2 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0; let $t9 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s4; let vmax = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t4 = v; $t7 = vmax; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s5; let vmax = $s8;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q1 = next;
        $t2 = m; $t5 = v; $t8 = vmax; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let v = $s6; let vmax = $s9;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q2 = next;
        $t3 = m; $t6 = v; $t9 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0 && $t9 - $t9 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x; $f1 = 2 * r * x; $f2 = 2 * r;
        $progress = r * r; }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8; $s9 = $t9;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8; io.state[9] = $s9;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_adam_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $s9 = io.state[9] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0; let $t9 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s4; let vmax = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t4 = v; $t7 = vmax; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s5; let vmax = $s8;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q1 = next;
        $t2 = m; $t5 = v; $t8 = vmax; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let v = $s6; let vmax = $s9;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q2 = next;
        $t3 = m; $t6 = v; $t9 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0 && $t9 - $t9 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8; $s9 = $t9;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8; io.state[9] = $s9;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_adamw_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $s9 = io.state[9] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x; $g1 = 2 * r * x; $g2 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0; let $t9 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s4; let vmax = $s7;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t4 = v; $t7 = vmax; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s5; let vmax = $s8;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q1 = next;
        $t2 = m; $t5 = v; $t8 = vmax; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let v = $s6; let vmax = $s9;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q2 = next;
        $t3 = m; $t6 = v; $t9 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0 && $t9 - $t9 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x; $f1 = 2 * r * x; $f2 = 2 * r;
        $progress = r * r; }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8; $s9 = $t9;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8; io.state[9] = $s9;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_adamw_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $s9 = io.state[9] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0; let $t9 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s4; let vmax = $s7;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t4 = v; $t7 = vmax; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s5; let vmax = $s8;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q1 = next;
        $t2 = m; $t5 = v; $t8 = vmax; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let v = $s6; let vmax = $s9;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q2 = next;
        $t3 = m; $t6 = v; $t9 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0 && $t9 - $t9 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8; $s9 = $t9;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8; io.state[9] = $s9;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_nadam_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const momentum_decay = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x; $g1 = 2 * r * x; $g2 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0;
    { let t = $s0; let muProduct = $s1;
      t = t + 1;
      const mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentum_decay));
      const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentum_decay));
      muProduct = (t === 1 ? 1 : muProduct) * mu;
      const correction2 = 1 - beta2 ** t;
      $t0 = t; $t1 = muProduct;
      { const param = $p0; const grad = $g0;
        let m = $s2; let v = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q0 = next;
        $t2 = m; $t5 = v; }
      { const param = $p1; const grad = $g1;
        let m = $s3; let v = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q1 = next;
        $t3 = m; $t6 = v; }
      { const param = $p2; const grad = $g2;
        let m = $s4; let v = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q2 = next;
        $t4 = m; $t7 = v; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x; $f1 = 2 * r * x; $f2 = 2 * r;
        $progress = r * r; }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_nadam_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const momentum_decay = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0;
    { let t = $s0; let muProduct = $s1;
      t = t + 1;
      const mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentum_decay));
      const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentum_decay));
      muProduct = (t === 1 ? 1 : muProduct) * mu;
      const correction2 = 1 - beta2 ** t;
      $t0 = t; $t1 = muProduct;
      { const param = $p0; const grad = $g0;
        let m = $s2; let v = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q0 = next;
        $t2 = m; $t5 = v; }
      { const param = $p1; const grad = $g1;
        let m = $s3; let v = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q1 = next;
        $t3 = m; $t6 = v; }
      { const param = $p2; const grad = $g2;
        let m = $s4; let v = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q2 = next;
        $t4 = m; $t7 = v; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_radam_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x; $g1 = 2 * r * x; $g2 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const beta2t = beta2 ** t;
      const correction2 = 1 - beta2t;
      const rhoInf = 2 / (1 - beta2) - 1;
      const rhoT = rhoInf - (2 * t * beta2t) / correction2;
      const isRectified = rhoT > 5;
      const rect = isRectified
      ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
      : 0;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q0 = next;
        $t1 = m; $t4 = v; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q1 = next;
        $t2 = m; $t5 = v; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let v = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q2 = next;
        $t3 = m; $t6 = v; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x; $f1 = 2 * r * x; $f2 = 2 * r;
        $progress = r * r; }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_radam_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const beta2t = beta2 ** t;
      const correction2 = 1 - beta2t;
      const rhoInf = 2 / (1 - beta2) - 1;
      const rhoT = rhoInf - (2 * t * beta2t) / correction2;
      const isRectified = rhoT > 5;
      const rect = isRectified
      ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
      : 0;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q0 = next;
        $t1 = m; $t4 = v; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q1 = next;
        $t2 = m; $t5 = v; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let v = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q2 = next;
        $t3 = m; $t6 = v; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_adamax_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x; $g1 = 2 * r * x; $g2 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0;
    { let t = $s0;
      t = t + 1; const correction1 = 1 - beta1 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let u = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q0 = next;
        $t1 = m; $t4 = u; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let u = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q1 = next;
        $t2 = m; $t5 = u; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let u = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q2 = next;
        $t3 = m; $t6 = u; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x; $f1 = 2 * r * x; $f2 = 2 * r;
        $progress = r * r; }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_adamax_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0;
    { let t = $s0;
      t = t + 1; const correction1 = 1 - beta1 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let u = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q0 = next;
        $t1 = m; $t4 = u; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let u = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q1 = next;
        $t2 = m; $t5 = u; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let u = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q2 = next;
        $t3 = m; $t6 = u; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_adadelta_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const rho = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x; $g1 = 2 * r * x; $g2 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let u = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q0 = next;
        $t0 = v; $t3 = u; }
      { const param = $p1; const grad = $g1;
        let v = $s1; let u = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q1 = next;
        $t1 = v; $t4 = u; }
      { const param = $p2; const grad = $g2;
        let v = $s2; let u = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q2 = next;
        $t2 = v; $t5 = u; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x; $f1 = 2 * r * x; $f2 = 2 * r;
        $progress = r * r; }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_adadelta_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const rho = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let u = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q0 = next;
        $t0 = v; $t3 = u; }
      { const param = $p1; const grad = $g1;
        let v = $s1; let u = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q1 = next;
        $t1 = v; $t4 = u; }
      { const param = $p2; const grad = $g2;
        let v = $s2; let u = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q2 = next;
        $t2 = v; $t5 = u; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_adagrad_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const lr_decay = $h[0] as number; const weight_decay = $h[1] as number; const initial_accumulator_value = $h[2] as number; const eps = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x; $g1 = 2 * r * x; $g2 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0;
    { let t = $s0;
      t = t + 1; const clr = lr / (1 + (t - 1) * lr_decay);
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let s = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q0 = next;
        $t1 = s; }
      { const param = $p1; const grad = $g1;
        let s = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q1 = next;
        $t2 = s; }
      { const param = $p2; const grad = $g2;
        let s = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q2 = next;
        $t3 = s; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x; $f1 = 2 * r * x; $f2 = 2 * r;
        $progress = r * r; }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_adagrad_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const lr_decay = $h[0] as number; const weight_decay = $h[1] as number; const initial_accumulator_value = $h[2] as number; const eps = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0;
    { let t = $s0;
      t = t + 1; const clr = lr / (1 + (t - 1) * lr_decay);
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let s = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q0 = next;
        $t1 = s; }
      { const param = $p1; const grad = $g1;
        let s = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q1 = next;
        $t2 = s; }
      { const param = $p2; const grad = $g2;
        let s = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q2 = next;
        $t3 = s; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_rmsprop_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const alpha = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number; const momentum = $h[3] as number; const centered = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x; $g1 = 2 * r * x; $g2 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let gavg = $s3; let b = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q0 = next;
        $t0 = v; $t3 = gavg; $t6 = b; }
      { const param = $p1; const grad = $g1;
        let v = $s1; let gavg = $s4; let b = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q1 = next;
        $t1 = v; $t4 = gavg; $t7 = b; }
      { const param = $p2; const grad = $g2;
        let v = $s2; let gavg = $s5; let b = $s8;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q2 = next;
        $t2 = v; $t5 = gavg; $t8 = b; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x; $f1 = 2 * r * x; $f2 = 2 * r;
        $progress = r * r; }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_rmsprop_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const alpha = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number; const momentum = $h[3] as number; const centered = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let gavg = $s3; let b = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q0 = next;
        $t0 = v; $t3 = gavg; $t6 = b; }
      { const param = $p1; const grad = $g1;
        let v = $s1; let gavg = $s4; let b = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q1 = next;
        $t1 = v; $t4 = gavg; $t7 = b; }
      { const param = $p2; const grad = $g2;
        let v = $s2; let gavg = $s5; let b = $s8;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q2 = next;
        $t2 = v; $t5 = gavg; $t8 = b; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_rprop_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const etaMinus = $h[0] as number; const etaPlus = $h[1] as number; const stepMin = $h[2] as number; const stepMax = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x; $g1 = 2 * r * x; $g2 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0;
    { let t = $s0;
      t = t + 1;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let size = $s1; let prev = $s4;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q0 = next;
        $t1 = size; $t4 = prev; }
      { const param = $p1; const grad = $g1;
        let size = $s2; let prev = $s5;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q1 = next;
        $t2 = size; $t5 = prev; }
      { const param = $p2; const grad = $g2;
        let size = $s3; let prev = $s6;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q2 = next;
        $t3 = size; $t6 = prev; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x; $f1 = 2 * r * x; $f2 = 2 * r;
        $progress = r * r; }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_rprop_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const etaMinus = $h[0] as number; const etaPlus = $h[1] as number; const stepMin = $h[2] as number; const stepMax = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0;
    { let t = $s0;
      t = t + 1;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let size = $s1; let prev = $s4;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q0 = next;
        $t1 = size; $t4 = prev; }
      { const param = $p1; const grad = $g1;
        let size = $s2; let prev = $s5;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q1 = next;
        $t2 = size; $t5 = prev; }
      { const param = $p2; const grad = $g2;
        let size = $s3; let prev = $s6;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q2 = next;
        $t3 = size; $t6 = prev; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_sgdPlain_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number;  let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x; $g1 = 2 * r * x; $g2 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0;
    {

      { const param = $p0; const grad = $g0;

        let next = 0;
        next = param - lr * grad;
        $q0 = next;
      }
      { const param = $p1; const grad = $g1;

        let next = 0;
        next = param - lr * grad;
        $q1 = next;
      }
      { const param = $p2; const grad = $g2;

        let next = 0;
        next = param - lr * grad;
        $q2 = next;
      } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        const x = $xs[$first] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x; $f1 = 2 * r * x; $f2 = 2 * r;
        $progress = r * r; }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;

  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function quadratic_sgdPlain_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number;  let $g0 = 0; let $g1 = 0; let $g2 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w2 = $p0; const w1 = $p1; const b = $p2;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0;
    {

      { const param = $p0; const grad = $g0;

        let next = 0;
        next = param - lr * grad;
        $q0 = next;
      }
      { const param = $p1; const grad = $g1;

        let next = 0;
        next = param - lr * grad;
        $q1 = next;
      }
      { const param = $p2; const grad = $g2;

        let next = 0;
        next = param - lr * grad;
        $q2 = next;
      } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0;
    if ($isEpochEnd) {
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      { const w2 = $q0; const w1 = $q1; const b = $q2;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x; $sum1 += 2 * r * x; $sum2 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2;
    $at += 6;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2;

  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 6; io.stop = $stop;
  return $done;
}

export function cubic_sgd_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x * x; $g1 = 2 * r * x * x; $g2 = 2 * r * x; $g3 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0;
    { let started = $s0;
      const isFirst = started === 0; if (momentum !== 0) started = 1;
      $t0 = started;
      { const param = $p0; const grad = $g0;
        let b = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q0 = next;
        $t1 = b; }
      { const param = $p1; const grad = $g1;
        let b = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q1 = next;
        $t2 = b; }
      { const param = $p2; const grad = $g2;
        let b = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q2 = next;
        $t3 = b; }
      { const param = $p3; const grad = $g3;
        let b = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q3 = next;
        $t4 = b; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x * x; $f1 = 2 * r * x * x; $f2 = 2 * r * x; $f3 = 2 * r;
        $progress = r * r; }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_sgd_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; $g3 = $sum3; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; $g3 = $sum3 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0;
    { let started = $s0;
      const isFirst = started === 0; if (momentum !== 0) started = 1;
      $t0 = started;
      { const param = $p0; const grad = $g0;
        let b = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q0 = next;
        $t1 = b; }
      { const param = $p1; const grad = $g1;
        let b = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q1 = next;
        $t2 = b; }
      { const param = $p2; const grad = $g2;
        let b = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q2 = next;
        $t3 = b; }
      { const param = $p3; const grad = $g3;
        let b = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        if (momentum !== 0) {
          b = isFirst ? d : momentum * b + (1 - dampening) * d;
          d = nesterov !== 0 ? d + momentum * b : b;
        }
        next = param - lr * d;
        $q3 = next;
        $t4 = b; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_adam_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $s9 = io.state[9] as number; let $s10 = io.state[10] as number; let $s11 = io.state[11] as number; let $s12 = io.state[12] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x * x; $g1 = 2 * r * x * x; $g2 = 2 * r * x; $g3 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0; let $t9 = 0; let $t10 = 0; let $t11 = 0; let $t12 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s5; let vmax = $s9;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t5 = v; $t9 = vmax; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s6; let vmax = $s10;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q1 = next;
        $t2 = m; $t6 = v; $t10 = vmax; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let v = $s7; let vmax = $s11;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q2 = next;
        $t3 = m; $t7 = v; $t11 = vmax; }
      { const param = $p3; const grad = $g3;
        let m = $s4; let v = $s8; let vmax = $s12;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q3 = next;
        $t4 = m; $t8 = v; $t12 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0 && $t9 - $t9 === 0 && $t10 - $t10 === 0 && $t11 - $t11 === 0 && $t12 - $t12 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x * x; $f1 = 2 * r * x * x; $f2 = 2 * r * x; $f3 = 2 * r;
        $progress = r * r; }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8; $s9 = $t9; $s10 = $t10; $s11 = $t11; $s12 = $t12;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8; io.state[9] = $s9; io.state[10] = $s10; io.state[11] = $s11; io.state[12] = $s12;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_adam_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $s9 = io.state[9] as number; let $s10 = io.state[10] as number; let $s11 = io.state[11] as number; let $s12 = io.state[12] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; $g3 = $sum3; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; $g3 = $sum3 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0; let $t9 = 0; let $t10 = 0; let $t11 = 0; let $t12 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s5; let vmax = $s9;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t5 = v; $t9 = vmax; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s6; let vmax = $s10;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q1 = next;
        $t2 = m; $t6 = v; $t10 = vmax; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let v = $s7; let vmax = $s11;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q2 = next;
        $t3 = m; $t7 = v; $t11 = vmax; }
      { const param = $p3; const grad = $g3;
        let m = $s4; let v = $s8; let vmax = $s12;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = param - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q3 = next;
        $t4 = m; $t8 = v; $t12 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0 && $t9 - $t9 === 0 && $t10 - $t10 === 0 && $t11 - $t11 === 0 && $t12 - $t12 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8; $s9 = $t9; $s10 = $t10; $s11 = $t11; $s12 = $t12;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8; io.state[9] = $s9; io.state[10] = $s10; io.state[11] = $s11; io.state[12] = $s12;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_adamw_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $s9 = io.state[9] as number; let $s10 = io.state[10] as number; let $s11 = io.state[11] as number; let $s12 = io.state[12] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x * x; $g1 = 2 * r * x * x; $g2 = 2 * r * x; $g3 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0; let $t9 = 0; let $t10 = 0; let $t11 = 0; let $t12 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s5; let vmax = $s9;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t5 = v; $t9 = vmax; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s6; let vmax = $s10;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q1 = next;
        $t2 = m; $t6 = v; $t10 = vmax; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let v = $s7; let vmax = $s11;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q2 = next;
        $t3 = m; $t7 = v; $t11 = vmax; }
      { const param = $p3; const grad = $g3;
        let m = $s4; let v = $s8; let vmax = $s12;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q3 = next;
        $t4 = m; $t8 = v; $t12 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0 && $t9 - $t9 === 0 && $t10 - $t10 === 0 && $t11 - $t11 === 0 && $t12 - $t12 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x * x; $f1 = 2 * r * x * x; $f2 = 2 * r * x; $f3 = 2 * r;
        $progress = r * r; }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8; $s9 = $t9; $s10 = $t10; $s11 = $t11; $s12 = $t12;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8; io.state[9] = $s9; io.state[10] = $s10; io.state[11] = $s11; io.state[12] = $s12;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_adamw_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const amsgrad = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $s9 = io.state[9] as number; let $s10 = io.state[10] as number; let $s11 = io.state[11] as number; let $s12 = io.state[12] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; $g3 = $sum3; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; $g3 = $sum3 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0; let $t9 = 0; let $t10 = 0; let $t11 = 0; let $t12 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s5; let vmax = $s9;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q0 = next;
        $t1 = m; $t5 = v; $t9 = vmax; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s6; let vmax = $s10;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q1 = next;
        $t2 = m; $t6 = v; $t10 = vmax; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let v = $s7; let vmax = $s11;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q2 = next;
        $t3 = m; $t7 = v; $t11 = vmax; }
      { const param = $p3; const grad = $g3;
        let m = $s4; let v = $s8; let vmax = $s12;
        let next = 0;
        const decayed = param - lr * weight_decay * param;
        m = beta1 * m + (1 - beta1) * grad;
        v = beta2 * v + (1 - beta2) * (grad * grad);
        let vhat = v;
        if (amsgrad !== 0) { vmax = vmax > v ? vmax : v; vhat = vmax; }
        next = decayed - (lr * (m / correction1)) / (Math.sqrt(vhat / correction2) + eps);
        $q3 = next;
        $t4 = m; $t8 = v; $t12 = vmax; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0 && $t9 - $t9 === 0 && $t10 - $t10 === 0 && $t11 - $t11 === 0 && $t12 - $t12 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8; $s9 = $t9; $s10 = $t10; $s11 = $t11; $s12 = $t12;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8; io.state[9] = $s9; io.state[10] = $s10; io.state[11] = $s11; io.state[12] = $s12;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_nadam_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const momentum_decay = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $s9 = io.state[9] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x * x; $g1 = 2 * r * x * x; $g2 = 2 * r * x; $g3 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0; let $t9 = 0;
    { let t = $s0; let muProduct = $s1;
      t = t + 1;
      const mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentum_decay));
      const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentum_decay));
      muProduct = (t === 1 ? 1 : muProduct) * mu;
      const correction2 = 1 - beta2 ** t;
      $t0 = t; $t1 = muProduct;
      { const param = $p0; const grad = $g0;
        let m = $s2; let v = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q0 = next;
        $t2 = m; $t6 = v; }
      { const param = $p1; const grad = $g1;
        let m = $s3; let v = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q1 = next;
        $t3 = m; $t7 = v; }
      { const param = $p2; const grad = $g2;
        let m = $s4; let v = $s8;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q2 = next;
        $t4 = m; $t8 = v; }
      { const param = $p3; const grad = $g3;
        let m = $s5; let v = $s9;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q3 = next;
        $t5 = m; $t9 = v; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0 && $t9 - $t9 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x * x; $f1 = 2 * r * x * x; $f2 = 2 * r * x; $f3 = 2 * r;
        $progress = r * r; }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8; $s9 = $t9;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8; io.state[9] = $s9;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_nadam_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number; const momentum_decay = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $s9 = io.state[9] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; $g3 = $sum3; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; $g3 = $sum3 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0; let $t9 = 0;
    { let t = $s0; let muProduct = $s1;
      t = t + 1;
      const mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentum_decay));
      const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentum_decay));
      muProduct = (t === 1 ? 1 : muProduct) * mu;
      const correction2 = 1 - beta2 ** t;
      $t0 = t; $t1 = muProduct;
      { const param = $p0; const grad = $g0;
        let m = $s2; let v = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q0 = next;
        $t2 = m; $t6 = v; }
      { const param = $p1; const grad = $g1;
        let m = $s3; let v = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q1 = next;
        $t3 = m; $t7 = v; }
      { const param = $p2; const grad = $g2;
        let m = $s4; let v = $s8;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q2 = next;
        $t4 = m; $t8 = v; }
      { const param = $p3; const grad = $g3;
        let m = $s5; let v = $s9;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = (muNext * m) / (1 - muProduct * muNext) + ((1 - mu) * d) / (1 - muProduct);
        next = param - (lr * mhat) / (Math.sqrt(v / correction2) + eps);
        $q3 = next;
        $t5 = m; $t9 = v; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0 && $t9 - $t9 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8; $s9 = $t9;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8; io.state[9] = $s9;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_radam_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x * x; $g1 = 2 * r * x * x; $g2 = 2 * r * x; $g3 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const beta2t = beta2 ** t;
      const correction2 = 1 - beta2t;
      const rhoInf = 2 / (1 - beta2) - 1;
      const rhoT = rhoInf - (2 * t * beta2t) / correction2;
      const isRectified = rhoT > 5;
      const rect = isRectified
      ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
      : 0;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q0 = next;
        $t1 = m; $t5 = v; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q1 = next;
        $t2 = m; $t6 = v; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let v = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q2 = next;
        $t3 = m; $t7 = v; }
      { const param = $p3; const grad = $g3;
        let m = $s4; let v = $s8;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q3 = next;
        $t4 = m; $t8 = v; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x * x; $f1 = 2 * r * x * x; $f2 = 2 * r * x; $f3 = 2 * r;
        $progress = r * r; }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_radam_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; $g3 = $sum3; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; $g3 = $sum3 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0;
    { let t = $s0;
      t = t + 1;
      const correction1 = 1 - beta1 ** t;
      const beta2t = beta2 ** t;
      const correction2 = 1 - beta2t;
      const rhoInf = 2 / (1 - beta2) - 1;
      const rhoT = rhoInf - (2 * t * beta2t) / correction2;
      const isRectified = rhoT > 5;
      const rect = isRectified
      ? Math.sqrt(((rhoT - 4) * (rhoT - 2) * rhoInf) / ((rhoInf - 4) * (rhoInf - 2) * rhoT))
      : 0;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let v = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q0 = next;
        $t1 = m; $t5 = v; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let v = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q1 = next;
        $t2 = m; $t6 = v; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let v = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q2 = next;
        $t3 = m; $t7 = v; }
      { const param = $p3; const grad = $g3;
        let m = $s4; let v = $s8;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        v = beta2 * v + (1 - beta2) * (d * d);
        const mhat = m / correction1;
        next = isRectified
        ? param - lr * mhat * rect * (Math.sqrt(correction2) / (Math.sqrt(v) + eps))
        : param - lr * mhat;
        $q3 = next;
        $t4 = m; $t8 = v; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_adamax_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x * x; $g1 = 2 * r * x * x; $g2 = 2 * r * x; $g3 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0;
    { let t = $s0;
      t = t + 1; const correction1 = 1 - beta1 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let u = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q0 = next;
        $t1 = m; $t5 = u; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let u = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q1 = next;
        $t2 = m; $t6 = u; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let u = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q2 = next;
        $t3 = m; $t7 = u; }
      { const param = $p3; const grad = $g3;
        let m = $s4; let u = $s8;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q3 = next;
        $t4 = m; $t8 = u; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x * x; $f1 = 2 * r * x * x; $f2 = 2 * r * x; $f3 = 2 * r;
        $progress = r * r; }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_adamax_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const beta1 = $h[0] as number; const beta2 = $h[1] as number; const eps = $h[2] as number; const weight_decay = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; $g3 = $sum3; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; $g3 = $sum3 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0;
    { let t = $s0;
      t = t + 1; const correction1 = 1 - beta1 ** t;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let m = $s1; let u = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q0 = next;
        $t1 = m; $t5 = u; }
      { const param = $p1; const grad = $g1;
        let m = $s2; let u = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q1 = next;
        $t2 = m; $t6 = u; }
      { const param = $p2; const grad = $g2;
        let m = $s3; let u = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q2 = next;
        $t3 = m; $t7 = u; }
      { const param = $p3; const grad = $g3;
        let m = $s4; let u = $s8;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        m = beta1 * m + (1 - beta1) * d;
        const decayedNorm = beta2 * u;
        const size = Math.abs(d) + eps;
        u = decayedNorm > size ? decayedNorm : size;
        next = param - (lr * m) / (correction1 * u);
        $q3 = next;
        $t4 = m; $t8 = u; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_adadelta_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const rho = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x * x; $g1 = 2 * r * x * x; $g2 = 2 * r * x; $g3 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let u = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q0 = next;
        $t0 = v; $t4 = u; }
      { const param = $p1; const grad = $g1;
        let v = $s1; let u = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q1 = next;
        $t1 = v; $t5 = u; }
      { const param = $p2; const grad = $g2;
        let v = $s2; let u = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q2 = next;
        $t2 = v; $t6 = u; }
      { const param = $p3; const grad = $g3;
        let v = $s3; let u = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q3 = next;
        $t3 = v; $t7 = u; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x * x; $f1 = 2 * r * x * x; $f2 = 2 * r * x; $f3 = 2 * r;
        $progress = r * r; }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_adadelta_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const rho = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; $g3 = $sum3; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; $g3 = $sum3 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let u = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q0 = next;
        $t0 = v; $t4 = u; }
      { const param = $p1; const grad = $g1;
        let v = $s1; let u = $s5;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q1 = next;
        $t1 = v; $t5 = u; }
      { const param = $p2; const grad = $g2;
        let v = $s2; let u = $s6;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q2 = next;
        $t2 = v; $t6 = u; }
      { const param = $p3; const grad = $g3;
        let v = $s3; let u = $s7;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = rho * v + (1 - rho) * d * d;
        const delta = (Math.sqrt(u + eps) / Math.sqrt(v + eps)) * d;
        u = rho * u + (1 - rho) * delta * delta;
        next = param - lr * delta;
        $q3 = next;
        $t3 = v; $t7 = u; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_adagrad_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const lr_decay = $h[0] as number; const weight_decay = $h[1] as number; const initial_accumulator_value = $h[2] as number; const eps = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x * x; $g1 = 2 * r * x * x; $g2 = 2 * r * x; $g3 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0;
    { let t = $s0;
      t = t + 1; const clr = lr / (1 + (t - 1) * lr_decay);
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let s = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q0 = next;
        $t1 = s; }
      { const param = $p1; const grad = $g1;
        let s = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q1 = next;
        $t2 = s; }
      { const param = $p2; const grad = $g2;
        let s = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q2 = next;
        $t3 = s; }
      { const param = $p3; const grad = $g3;
        let s = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q3 = next;
        $t4 = s; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x * x; $f1 = 2 * r * x * x; $f2 = 2 * r * x; $f3 = 2 * r;
        $progress = r * r; }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_adagrad_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const lr_decay = $h[0] as number; const weight_decay = $h[1] as number; const initial_accumulator_value = $h[2] as number; const eps = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; $g3 = $sum3; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; $g3 = $sum3 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0;
    { let t = $s0;
      t = t + 1; const clr = lr / (1 + (t - 1) * lr_decay);
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let s = $s1;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q0 = next;
        $t1 = s; }
      { const param = $p1; const grad = $g1;
        let s = $s2;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q1 = next;
        $t2 = s; }
      { const param = $p2; const grad = $g2;
        let s = $s3;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q2 = next;
        $t3 = s; }
      { const param = $p3; const grad = $g3;
        let s = $s4;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        s = (t === 1 ? initial_accumulator_value : s) + d * d;
        next = param - clr * (d / (Math.sqrt(s) + eps));
        $q3 = next;
        $t4 = s; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_rmsprop_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const alpha = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number; const momentum = $h[3] as number; const centered = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $s9 = io.state[9] as number; let $s10 = io.state[10] as number; let $s11 = io.state[11] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x * x; $g1 = 2 * r * x * x; $g2 = 2 * r * x; $g3 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0; let $t9 = 0; let $t10 = 0; let $t11 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let gavg = $s4; let b = $s8;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q0 = next;
        $t0 = v; $t4 = gavg; $t8 = b; }
      { const param = $p1; const grad = $g1;
        let v = $s1; let gavg = $s5; let b = $s9;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q1 = next;
        $t1 = v; $t5 = gavg; $t9 = b; }
      { const param = $p2; const grad = $g2;
        let v = $s2; let gavg = $s6; let b = $s10;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q2 = next;
        $t2 = v; $t6 = gavg; $t10 = b; }
      { const param = $p3; const grad = $g3;
        let v = $s3; let gavg = $s7; let b = $s11;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q3 = next;
        $t3 = v; $t7 = gavg; $t11 = b; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0 && $t9 - $t9 === 0 && $t10 - $t10 === 0 && $t11 - $t11 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x * x; $f1 = 2 * r * x * x; $f2 = 2 * r * x; $f3 = 2 * r;
        $progress = r * r; }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8; $s9 = $t9; $s10 = $t10; $s11 = $t11;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8; io.state[9] = $s9; io.state[10] = $s10; io.state[11] = $s11;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_rmsprop_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const alpha = $h[0] as number; const eps = $h[1] as number; const weight_decay = $h[2] as number; const momentum = $h[3] as number; const centered = $h[4] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $s9 = io.state[9] as number; let $s10 = io.state[10] as number; let $s11 = io.state[11] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; $g3 = $sum3; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; $g3 = $sum3 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0; let $t9 = 0; let $t10 = 0; let $t11 = 0;
    {

      { const param = $p0; const grad = $g0;
        let v = $s0; let gavg = $s4; let b = $s8;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q0 = next;
        $t0 = v; $t4 = gavg; $t8 = b; }
      { const param = $p1; const grad = $g1;
        let v = $s1; let gavg = $s5; let b = $s9;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q1 = next;
        $t1 = v; $t5 = gavg; $t9 = b; }
      { const param = $p2; const grad = $g2;
        let v = $s2; let gavg = $s6; let b = $s10;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q2 = next;
        $t2 = v; $t6 = gavg; $t10 = b; }
      { const param = $p3; const grad = $g3;
        let v = $s3; let gavg = $s7; let b = $s11;
        let next = 0;
        let d = grad; if (weight_decay !== 0) d = d + weight_decay * param;
        v = alpha * v + (1 - alpha) * (d * d);
        let vt = v;
        if (centered !== 0) { gavg = alpha * gavg + (1 - alpha) * d; vt = vt - gavg * gavg; }
        if (momentum > 0) {
          b = momentum * b + d / (Math.sqrt(vt) + eps);
          next = param - lr * b;
        } else {
          next = param - lr * (d / (Math.sqrt(vt) + eps));
        }
        $q3 = next;
        $t3 = v; $t7 = gavg; $t11 = b; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0 && $t9 - $t9 === 0 && $t10 - $t10 === 0 && $t11 - $t11 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8; $s9 = $t9; $s10 = $t10; $s11 = $t11;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8; io.state[9] = $s9; io.state[10] = $s10; io.state[11] = $s11;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_rprop_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const etaMinus = $h[0] as number; const etaPlus = $h[1] as number; const stepMin = $h[2] as number; const stepMax = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x * x; $g1 = 2 * r * x * x; $g2 = 2 * r * x; $g3 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0;
    { let t = $s0;
      t = t + 1;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let size = $s1; let prev = $s5;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q0 = next;
        $t1 = size; $t5 = prev; }
      { const param = $p1; const grad = $g1;
        let size = $s2; let prev = $s6;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q1 = next;
        $t2 = size; $t6 = prev; }
      { const param = $p2; const grad = $g2;
        let size = $s3; let prev = $s7;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q2 = next;
        $t3 = size; $t7 = prev; }
      { const param = $p3; const grad = $g3;
        let size = $s4; let prev = $s8;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q3 = next;
        $t4 = size; $t8 = prev; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x * x; $f1 = 2 * r * x * x; $f2 = 2 * r * x; $f3 = 2 * r;
        $progress = r * r; }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_rprop_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const etaMinus = $h[0] as number; const etaPlus = $h[1] as number; const stepMin = $h[2] as number; const stepMax = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number; let $s0 = io.state[0] as number; let $s1 = io.state[1] as number; let $s2 = io.state[2] as number; let $s3 = io.state[3] as number; let $s4 = io.state[4] as number; let $s5 = io.state[5] as number; let $s6 = io.state[6] as number; let $s7 = io.state[7] as number; let $s8 = io.state[8] as number; let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; $g3 = $sum3; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; $g3 = $sum3 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0; let $t0 = 0; let $t1 = 0; let $t2 = 0; let $t3 = 0; let $t4 = 0; let $t5 = 0; let $t6 = 0; let $t7 = 0; let $t8 = 0;
    { let t = $s0;
      t = t + 1;
      $t0 = t;
      { const param = $p0; const grad = $g0;
        let size = $s1; let prev = $s5;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q0 = next;
        $t1 = size; $t5 = prev; }
      { const param = $p1; const grad = $g1;
        let size = $s2; let prev = $s6;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q1 = next;
        $t2 = size; $t6 = prev; }
      { const param = $p2; const grad = $g2;
        let size = $s3; let prev = $s7;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q2 = next;
        $t3 = size; $t7 = prev; }
      { const param = $p3; const grad = $g3;
        let size = $s4; let prev = $s8;
        let next = 0;
        let d = grad;
        let eta = t === 1 ? lr : size;
        if (prev * d > 0) {
          const grown = eta * etaPlus;
          eta = grown < stepMax ? grown : stepMax;
        } else if (prev * d < 0) {
          const shrunk = eta * etaMinus;
          eta = shrunk > stepMin ? shrunk : stepMin;
          d = 0;
        }
        size = eta;
        prev = d;
        next = param - eta * (d > 0 ? 1 : d < 0 ? -1 : 0);
        $q3 = next;
        $t4 = size; $t8 = prev; } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0 && $t0 - $t0 === 0 && $t1 - $t1 === 0 && $t2 - $t2 === 0 && $t3 - $t3 === 0 && $t4 - $t4 === 0 && $t5 - $t5 === 0 && $t6 - $t6 === 0 && $t7 - $t7 === 0 && $t8 - $t8 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3; $s0 = $t0; $s1 = $t1; $s2 = $t2; $s3 = $t3; $s4 = $t4; $s5 = $t5; $s6 = $t6; $s7 = $t7; $s8 = $t8;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;
  io.state[0] = $s0; io.state[1] = $s1; io.state[2] = $s2; io.state[3] = $s3; io.state[4] = $s4; io.state[5] = $s5; io.state[6] = $s6; io.state[7] = $s7; io.state[8] = $s8;
  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_sgdPlain_oneSample(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number;  let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch; const $last = $batch + 1;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
      $g0 = 2 * r * x * x * x; $g1 = 2 * r * x * x; $g2 = 2 * r * x; $g3 = 2 * r;
      $loss = r * r; }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0;
    {

      { const param = $p0; const grad = $g0;

        let next = 0;
        next = param - lr * grad;
        $q0 = next;
      }
      { const param = $p1; const grad = $g1;

        let next = 0;
        next = param - lr * grad;
        $q1 = next;
      }
      { const param = $p2; const grad = $g2;

        let next = 0;
        next = param - lr * grad;
        $q2 = next;
      }
      { const param = $p3; const grad = $g3;

        let next = 0;
        next = param - lr * grad;
        $q3 = next;
      } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        const x = $xs[$first] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$first] as number);
        $f0 = 2 * r * x * x * x; $f1 = 2 * r * x * x; $f2 = 2 * r * x; $f3 = 2 * r;
        $progress = r * r; }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;

  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export function cubic_sgdPlain_batch(io: KernelIO): number {
  const $xs = io.xs, $ys = io.ys, $n = $xs.length, $batchSize = io.batchSize;
  const $lastBatch = io.batchesPerEpoch - 1, $count = io.count, lr = io.lr;
  const $maxLoss = io.maxLoss, $tolLoss = io.tolLoss, $tolGrad = io.tolGrad, $maxEpochs = io.maxEpochs;
  const $records = io.records, $recordsEnd = $records.length, $recordAt = io.recordAt;
  const $h = io.hyper; const momentum = $h[0] as number; const dampening = $h[1] as number; const weight_decay = $h[2] as number; const nesterov = $h[3] as number;
  let $p0 = io.params[0] as number; let $p1 = io.params[1] as number; let $p2 = io.params[2] as number; let $p3 = io.params[3] as number;  let $g0 = 0; let $g1 = 0; let $g2 = 0; let $g3 = 0;
  let $batch = io.batch, $epoch = io.epoch, $loss = 0, $done = 0, $stop = 0, $at = $recordAt;
  while ($done < $count) {
    if ($batch === $lastBatch && $at >= $recordsEnd) { $stop = 5; break; }
    const $first = $batch * $batchSize; const $last = $first + $batchSize < $n ? $first + $batchSize : $n;
    { const w3 = $p0; const w2 = $p1; const w1 = $p2; const b = $p3;
      let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
      for (let $i = $first; $i < $last; $i++) {
        const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
        $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
        $sum += r * r;
      }
      const $count = $last - $first;
      if ($count === 1) { $loss = $sum; $g0 = $sum0; $g1 = $sum1; $g2 = $sum2; $g3 = $sum3; }
      else { $loss = $sum / $count; $g0 = $sum0 / $count; $g1 = $sum1 / $count; $g2 = $sum2 / $count; $g3 = $sum3 / $count; }
    }
    if (!($loss <= $maxLoss)) { $stop = 1; break; }
    let $q0 = 0; let $q1 = 0; let $q2 = 0; let $q3 = 0;
    {

      { const param = $p0; const grad = $g0;

        let next = 0;
        next = param - lr * grad;
        $q0 = next;
      }
      { const param = $p1; const grad = $g1;

        let next = 0;
        next = param - lr * grad;
        $q1 = next;
      }
      { const param = $p2; const grad = $g2;

        let next = 0;
        next = param - lr * grad;
        $q2 = next;
      }
      { const param = $p3; const grad = $g3;

        let next = 0;
        next = param - lr * grad;
        $q3 = next;
      } }
    if (!(true && $q0 - $q0 === 0 && $q1 - $q1 === 0 && $q2 - $q2 === 0 && $q3 - $q3 === 0)) { $stop = 1; break; }
    const $isEpochEnd = $batch === $lastBatch;
    let $progress = 0, $mean = 0; let $f0 = 0; let $f1 = 0; let $f2 = 0; let $f3 = 0;
    if ($isEpochEnd) {
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = $first; $i < $last; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $last - $first;
        if ($count === 1) { $progress = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $progress = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      { const w3 = $q0; const w2 = $q1; const w1 = $q2; const b = $q3;
        let $sum = -0; let $sum0 = -0; let $sum1 = -0; let $sum2 = -0; let $sum3 = -0;
        for (let $i = 0; $i < $n; $i++) {
          const x = $xs[$i] as number; const r = (x * x * x * w3 + x * x * w2 + x * w1 + b) - ($ys[$i] as number);
          $sum0 += 2 * r * x * x * x; $sum1 += 2 * r * x * x; $sum2 += 2 * r * x; $sum3 += 2 * r;
          $sum += r * r;
        }
        const $count = $n - 0;
        if ($count === 1) { $mean = $sum; $f0 = $sum0; $f1 = $sum1; $f2 = $sum2; $f3 = $sum3; }
        else { $mean = $sum / $count; $f0 = $sum0 / $count; $f1 = $sum1 / $count; $f2 = $sum2 / $count; $f3 = $sum3 / $count; }
      }
      if (!($mean <= $maxLoss)) { $stop = 1; break; }
    }
    $p0 = $q0; $p1 = $q1; $p2 = $q2; $p3 = $q3;
    $done++;
    if (!$isEpochEnd) { $batch++; continue; }
    $batch = 0;
    $epoch++;
    // The norm as evaluate.ts's norm() computes it, to the bit.
    const $squares = 0 + $f0 * $f0 + $f1 * $f1 + $f2 * $f2 + $f3 * $f3;
    const $norm = $squares - $squares === 0 ? Math.sqrt($squares) : Math.hypot($f0, $f1, $f2, $f3);
    $records[$at + 0] = $progress;
    $records[$at + 1] = $mean;
    $records[$at + 2] = $norm;
    $records[$at + 3] = $q0; $records[$at + 4] = $q1; $records[$at + 5] = $q2; $records[$at + 6] = $q3;
    $at += 7;
    if ($tolLoss > 0 && $mean <= $tolLoss) { $stop = 2; break; }
    if ($tolGrad > 0 && $norm <= $tolGrad) { $stop = 3; break; }
    if ($epoch >= $maxEpochs) { $stop = 4; break; }
  }
  io.params[0] = $p0; io.params[1] = $p1; io.params[2] = $p2; io.params[3] = $p3;

  io.grads[0] = $g0; io.grads[1] = $g1; io.grads[2] = $g2; io.grads[3] = $g3;
  io.loss = $loss; io.batch = $batch; io.epoch = $epoch; io.epochs = ($at - $recordAt) / 7; io.stop = $stop;
  return $done;
}

export const MODEL_CODE = {
  linear: { predict: linearPredict, evaluate: linearEvaluate },
  affine: { predict: affinePredict, evaluate: affineEvaluate },
  quadratic: { predict: quadraticPredict, evaluate: quadraticEvaluate },
  cubic: { predict: cubicPredict, evaluate: cubicEvaluate },
} as const;

export const OPTIMIZER_CODE: Readonly<Record<string, typeof sgdUpdate>> = {
  sgd: sgdUpdate,
  adam: adamUpdate,
  adamw: adamwUpdate,
  nadam: nadamUpdate,
  radam: radamUpdate,
  adamax: adamaxUpdate,
  adadelta: adadeltaUpdate,
  adagrad: adagradUpdate,
  rmsprop: rmspropUpdate,
  rprop: rpropUpdate,
  sgdPlain: sgdPlainUpdate,
};

export const KERNELS: Readonly<Record<string, (io: KernelIO) => number>> = {
  "linear/sgd/1": linear_sgd_oneSample,
  "linear/sgd/n": linear_sgd_batch,
  "linear/adam/1": linear_adam_oneSample,
  "linear/adam/n": linear_adam_batch,
  "linear/adamw/1": linear_adamw_oneSample,
  "linear/adamw/n": linear_adamw_batch,
  "linear/nadam/1": linear_nadam_oneSample,
  "linear/nadam/n": linear_nadam_batch,
  "linear/radam/1": linear_radam_oneSample,
  "linear/radam/n": linear_radam_batch,
  "linear/adamax/1": linear_adamax_oneSample,
  "linear/adamax/n": linear_adamax_batch,
  "linear/adadelta/1": linear_adadelta_oneSample,
  "linear/adadelta/n": linear_adadelta_batch,
  "linear/adagrad/1": linear_adagrad_oneSample,
  "linear/adagrad/n": linear_adagrad_batch,
  "linear/rmsprop/1": linear_rmsprop_oneSample,
  "linear/rmsprop/n": linear_rmsprop_batch,
  "linear/rprop/1": linear_rprop_oneSample,
  "linear/rprop/n": linear_rprop_batch,
  "linear/sgdPlain/1": linear_sgdPlain_oneSample,
  "linear/sgdPlain/n": linear_sgdPlain_batch,
  "affine/sgd/1": affine_sgd_oneSample,
  "affine/sgd/n": affine_sgd_batch,
  "affine/adam/1": affine_adam_oneSample,
  "affine/adam/n": affine_adam_batch,
  "affine/adamw/1": affine_adamw_oneSample,
  "affine/adamw/n": affine_adamw_batch,
  "affine/nadam/1": affine_nadam_oneSample,
  "affine/nadam/n": affine_nadam_batch,
  "affine/radam/1": affine_radam_oneSample,
  "affine/radam/n": affine_radam_batch,
  "affine/adamax/1": affine_adamax_oneSample,
  "affine/adamax/n": affine_adamax_batch,
  "affine/adadelta/1": affine_adadelta_oneSample,
  "affine/adadelta/n": affine_adadelta_batch,
  "affine/adagrad/1": affine_adagrad_oneSample,
  "affine/adagrad/n": affine_adagrad_batch,
  "affine/rmsprop/1": affine_rmsprop_oneSample,
  "affine/rmsprop/n": affine_rmsprop_batch,
  "affine/rprop/1": affine_rprop_oneSample,
  "affine/rprop/n": affine_rprop_batch,
  "affine/sgdPlain/1": affine_sgdPlain_oneSample,
  "affine/sgdPlain/n": affine_sgdPlain_batch,
  "quadratic/sgd/1": quadratic_sgd_oneSample,
  "quadratic/sgd/n": quadratic_sgd_batch,
  "quadratic/adam/1": quadratic_adam_oneSample,
  "quadratic/adam/n": quadratic_adam_batch,
  "quadratic/adamw/1": quadratic_adamw_oneSample,
  "quadratic/adamw/n": quadratic_adamw_batch,
  "quadratic/nadam/1": quadratic_nadam_oneSample,
  "quadratic/nadam/n": quadratic_nadam_batch,
  "quadratic/radam/1": quadratic_radam_oneSample,
  "quadratic/radam/n": quadratic_radam_batch,
  "quadratic/adamax/1": quadratic_adamax_oneSample,
  "quadratic/adamax/n": quadratic_adamax_batch,
  "quadratic/adadelta/1": quadratic_adadelta_oneSample,
  "quadratic/adadelta/n": quadratic_adadelta_batch,
  "quadratic/adagrad/1": quadratic_adagrad_oneSample,
  "quadratic/adagrad/n": quadratic_adagrad_batch,
  "quadratic/rmsprop/1": quadratic_rmsprop_oneSample,
  "quadratic/rmsprop/n": quadratic_rmsprop_batch,
  "quadratic/rprop/1": quadratic_rprop_oneSample,
  "quadratic/rprop/n": quadratic_rprop_batch,
  "quadratic/sgdPlain/1": quadratic_sgdPlain_oneSample,
  "quadratic/sgdPlain/n": quadratic_sgdPlain_batch,
  "cubic/sgd/1": cubic_sgd_oneSample,
  "cubic/sgd/n": cubic_sgd_batch,
  "cubic/adam/1": cubic_adam_oneSample,
  "cubic/adam/n": cubic_adam_batch,
  "cubic/adamw/1": cubic_adamw_oneSample,
  "cubic/adamw/n": cubic_adamw_batch,
  "cubic/nadam/1": cubic_nadam_oneSample,
  "cubic/nadam/n": cubic_nadam_batch,
  "cubic/radam/1": cubic_radam_oneSample,
  "cubic/radam/n": cubic_radam_batch,
  "cubic/adamax/1": cubic_adamax_oneSample,
  "cubic/adamax/n": cubic_adamax_batch,
  "cubic/adadelta/1": cubic_adadelta_oneSample,
  "cubic/adadelta/n": cubic_adadelta_batch,
  "cubic/adagrad/1": cubic_adagrad_oneSample,
  "cubic/adagrad/n": cubic_adagrad_batch,
  "cubic/rmsprop/1": cubic_rmsprop_oneSample,
  "cubic/rmsprop/n": cubic_rmsprop_batch,
  "cubic/rprop/1": cubic_rprop_oneSample,
  "cubic/rprop/n": cubic_rprop_batch,
  "cubic/sgdPlain/1": cubic_sgdPlain_oneSample,
  "cubic/sgdPlain/n": cubic_sgdPlain_batch,
};
