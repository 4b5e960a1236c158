import { MODEL_CODE } from "../generated/kernels.js";
import { affine, cubic, linear, quadratic } from "./definitions.js";
import type { Model, ModelDefinition, ModelId } from "./model.js";

export type { Column, Model, ModelDefinition, ModelId, Params } from "./model.js";

const withCode = (definition: ModelDefinition): Model => ({
  ...definition,
  ...MODEL_CODE[definition.id],
});

export const MODELS: Readonly<Record<ModelId, Model>> = {
  linear: withCode(linear),
  affine: withCode(affine),
  quadratic: withCode(quadratic),
  cubic: withCode(cubic),
};

export const MODEL_IDS = Object.keys(MODELS) as readonly ModelId[];

export function isModelId(name: string): name is ModelId {
  return Object.hasOwn(MODELS, name);
}
