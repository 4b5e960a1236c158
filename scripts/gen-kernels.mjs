// Writes src/core/generated/kernels.ts from the models' and optimizers' formulas, through the
// compiled src/core/kernel-source.ts (run `npm run gen`, which builds it first). Generated at
// build time, not at run time: gd-tui then runs under --disallow-code-generation-from-strings,
// and a stack trace or profile names a line of a file a developer can open.
import { writeFileSync } from "node:fs";
import { generatedSource } from "../dist/src/core/kernel-source.js";

const PATH = "src/core/generated/kernels.ts";
writeFileSync(PATH, generatedSource());
console.log(`wrote ${PATH}`);
