import { affine } from "./affine.js";
import { cubic } from "./cubic.js";
import { linear } from "./linear.js";
import type { ModelDefinition, ModelId } from "./model.js";
import { quadratic } from "./quadratic.js";

export { affine, cubic, linear, quadratic };

/** The models as data, in the order --help lists them: what the kernel generator reads. */
export const MODEL_DEFINITIONS: Readonly<Record<ModelId, ModelDefinition>> = {
  linear,
  affine,
  quadratic,
  cubic,
};
