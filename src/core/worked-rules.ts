import type { OptimizerSpec } from "./optimizers/index.js";
import { isOn, num, pair, workNumber } from "./worked-optimizer.js";

/** Each optimizer's update for a parameter θ with gradient g, as the help shows it. */
export function rules(spec: OptimizerSpec): readonly string[] {
  const { hyper } = spec;
  const w = (key: string) => workNumber(num(hyper, key));
  const [b1, b2] = pair(hyper, "betas") ?? [0, 0];
  const decay = isOn(hyper, "weight_decay") ? [`g ← g + λ·θ, λ = ${w("weight_decay")}`] : [];
  switch (spec.id) {
    case "sgd":
    case "momentum":
    case "nesterov": {
      if (!isOn(hyper, "momentum")) return [...decay, "θ ← θ − lr·g"];
      const tau = isOn(hyper, "dampening") ? `(1 − τ)·g, τ = ${w("dampening")}` : "g";
      return [
        ...decay,
        `buf ← μ·buf + ${tau} (buf = g at the first step), μ = ${w("momentum")}`,
        hyper.nesterov === true ? "θ ← θ − lr·(g + μ·buf)" : "θ ← θ − lr·buf",
      ];
    }
    case "adagrad":
      return [
        ...decay,
        isOn(hyper, "initial_accumulator_value")
          ? `s ← s + g² (s starts at ${w("initial_accumulator_value")})`
          : "s ← s + g²",
        isOn(hyper, "lr_decay")
          ? `θ ← θ − lr/(1 + (t − 1)·η)·g/(√(s) + ε), η = ${w("lr_decay")}, ε = ${w("eps")}`
          : `θ ← θ − lr·g/(√(s) + ε), ε = ${w("eps")}`,
      ];
    case "rmsprop":
      return [
        ...decay,
        `v ← α·v + (1 − α)·g², α = ${w("alpha")}`,
        ...(hyper.centered === true ? ["centred: v ← v − ḡ², ḡ ← α·ḡ + (1 − α)·g"] : []),
        isOn(hyper, "momentum")
          ? `buf ← μ·buf + g/(√(v) + ε), θ ← θ − lr·buf, μ = ${w("momentum")}, ε = ${w("eps")}`
          : `θ ← θ − lr·g/(√(v) + ε), ε = ${w("eps")}`,
      ];
    case "adam":
    case "adamw":
      return [
        ...(spec.id === "adamw" ? [`θ ← θ − lr·λ·θ, λ = ${w("weight_decay")}`] : decay),
        `t ← t + 1; m ← β1·m + (1 − β1)·g; v ← β2·v + (1 − β2)·g², β1 = ${workNumber(b1)}, β2 = ${workNumber(b2)}`,
        `m^ = m/(1 − β1^t); v^ = ${hyper.amsgrad === true ? "max of every v" : "v"}/(1 − β2^t); θ ← θ − lr·m^/(√(v^) + ε), ε = ${w("eps")}`,
      ];
    case "nadam":
      return [
        ...decay,
        `μ_t = β1·(1 − 0.5·0.96^(t·ψ)), ψ = ${w("momentum_decay")}; m, v as Adam's, β1 = ${workNumber(b1)}, β2 = ${workNumber(b2)}`,
        `m^ = μ_(t+1)·m/(1 − ∏μ to t+1) + (1 − μ_t)·g/(1 − ∏μ to t); θ ← θ − lr·m^/(√(v/(1 − β2^t)) + ε), ε = ${w("eps")}`,
      ];
    case "radam":
      return [
        ...decay,
        `m, v as Adam's, β1 = ${workNumber(b1)}, β2 = ${workNumber(b2)}; ρ_t = ρ∞ − 2t·β2^t/(1 − β2^t), ρ∞ = 2/(1 − β2) − 1`,
        `ρ_t > 5: θ ← θ − lr·m^·r·√(1 − β2^t)/(√(v) + ε) (r: the variance's rectification), else θ ← θ − lr·m^`,
      ];
    case "adamax":
      return [
        ...decay,
        `m ← β1·m + (1 − β1)·g; u ← max(β2·u, |g| + ε), β1 = ${workNumber(b1)}, β2 = ${workNumber(b2)}, ε = ${w("eps")}`,
        "θ ← θ − lr·m/((1 − β1^t)·u)",
      ];
    case "adadelta":
      return [
        ...decay,
        `v ← ρ·v + (1 − ρ)·g²; Δ = √(u + ε)/√(v + ε)·g; u ← ρ·u + (1 − ρ)·Δ², ρ = ${w("rho")}, ε = ${w("eps")}`,
        "θ ← θ − lr·Δ",
      ];
    case "rprop": {
      const [down, up] = pair(hyper, "etas");
      const [low, high] = pair(hyper, "step_sizes");
      return [
        `step η (from lr): ×${workNumber(up)} (at most ${workNumber(high)}) when g keeps its sign, ×${workNumber(down)} (at least ${workNumber(low)}) and g = 0 when it flips`,
        "θ ← θ − η·sign(g)",
      ];
    }
    default:
      return assertNever(spec.id);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown optimizer ${String(value)}`);
}
