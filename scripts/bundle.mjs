// The bin is one bundle of gd-tui's own modules; Ink, React and the other packages stay in
// node_modules. Node loads one file ~40 ms sooner than the ~60 small ones tsc writes, and a
// terminal dashboard is judged by how soon it shows. The dashboard and the data-file reader stay
// chunks of their own, loaded only when used: `--print` and `--help` start without Ink.
import { chmodSync, rmSync } from "node:fs";
import { build } from "esbuild";

const OUT = "dist/bin";
rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { "gd-tui": "dist/src/cli/main.js" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  outdir: OUT,
  chunkNames: "[name]-[hash]",
  logLevel: "warning",
});
chmodSync(`${OUT}/gd-tui.js`, 0o755);
