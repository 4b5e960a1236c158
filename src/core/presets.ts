import { type Dataset, LECTURE_DATA } from "./data.js";
import type { ModelId } from "./models/index.js";

export interface Preset {
  readonly data: Dataset;
  readonly model: ModelId;
  readonly description: string;
}

export const PRESETS = {
  lecture3: {
    data: LECTURE_DATA,
    model: "linear",
    description: "Lecture 3: ŷ = x·w on x=[1,2,3], y=[2,4,6]",
  },
  "exercise3-1": {
    data: { ...LECTURE_DATA, name: "exercise3-1" },
    model: "quadratic",
    description: "Exercise 3-1: ŷ = x²·w2 + x·w1 + b on the lecture's data",
  },
} as const satisfies Record<string, Preset>;

export type PresetId = keyof typeof PRESETS;

export function isPresetId(name: string): name is PresetId {
  return Object.hasOwn(PRESETS, name);
}
