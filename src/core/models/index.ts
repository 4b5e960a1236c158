import { affine } from "./affine.js";
import { linear } from "./linear.js";
import type { Model, ModelId } from "./model.js";
import { quadratic } from "./quadratic.js";

export type { Model, ModelId, Params } from "./model.js";

export const MODELS: Readonly<Record<ModelId, Model>> = { linear, affine, quadratic };

export const MODEL_IDS = Object.keys(MODELS) as readonly ModelId[];

export function isModelId(name: string): name is ModelId {
  return Object.hasOwn(MODELS, name);
}
