import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { TorchUpdate } from "./torch-fixtures.js";

/**
 * The torch.optim fixtures (fixtures/optimizers/torch/, format in the header of
 * fixtures/gen/optimizer_reference.py) are consistent with their generator, and with the spec
 * strings they are named by. The engine is tested against them elsewhere.
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const GENERATOR = join(ROOT, "fixtures/gen/optimizer_reference.py");
const FIXTURES = join(ROOT, "fixtures/optimizers");
const PYTHON_ENV = { ...process.env, PYTHONDONTWRITEBYTECODE: "1" };
const HAS_PYTHON = spawnSync("python3", ["--version"], { env: PYTHON_ENV }).status === 0;

type Value = number | boolean | string | number[];

interface TorchProblem {
  problem: {
    model: string;
    x: number[];
    batch: number;
    init: Record<string, number>;
    epochs: number;
  };
  cases: Record<
    string,
    { optimizer: string; torch: string; hyper: Record<string, Value>; updates: TorchUpdate[] }
  >;
}

interface Schedules {
  sequences: Record<string, { schedule: string; params: Record<string, Value>; lrs: number[] }>;
  problem: TorchProblem["problem"];
  trajectories: Record<
    string,
    { schedule: string; params: Record<string, Value>; lrs: number[]; updates: TorchUpdate[] }
  >;
}

const OPTIMIZERS = [
  "sgd",
  "momentum",
  "nesterov",
  "adam",
  "adamw",
  "nadam",
  "radam",
  "adamax",
  "adadelta",
  "adagrad",
  "rmsprop",
  "rprop",
];
const SCHEDULES = ["constant", "step", "multistep", "exponential", "cosine", "linear", "plateau"];

function read<T>(relative: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, relative), "utf8"));
}

function runCheck(dir: string) {
  return spawnSync("python3", [GENERATOR, "--check", "--out", dir], {
    encoding: "utf8",
    env: PYTHON_ENV,
  });
}

/** `name:key=value,...` read the way the CLI is to read it: true/false, a/b/c lists, numbers. */
function parseSpec(spec: string): { name: string; values: Record<string, Value> } {
  const [name = "", rest = ""] = spec.split(":");
  const values: Record<string, Value> = {};
  for (const item of rest ? rest.split(",") : []) {
    const [key = "", text = ""] = item.split("=");
    if (text === "true" || text === "false") values[key] = text === "true";
    else if (text.includes("/")) values[key] = text.split("/").map(Number);
    else values[key] = Number.isNaN(Number(text)) ? text : Number(text);
  }
  return { name, values };
}

const PROBLEMS = ["lecture", "quadratic-full", "cubic"].map(
  (name) => [name, read<TorchProblem>(`torch/${name}.json`)] as const,
);
const CASES = PROBLEMS.flatMap(([problem, file]) =>
  Object.entries(file.cases).map(([spec, c]) => ({ problem, spec, c, setup: file.problem })),
);
const SCHEDULE_FILE = read<Schedules>("torch/schedules.json");

describe.skipIf(!HAS_PYTHON)("the fixtures against their generator (python3 --check)", () => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    scratch = undefined;
  });

  it("recomputes every file and finds it equal", () => {
    const { status, stdout, stderr } = runCheck(FIXTURES);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    for (const file of [
      "lecture",
      "quadratic",
      "affine-full",
      "torch/lecture",
      "torch/quadratic-full",
      "torch/cubic",
      "torch/schedules",
      "torch/rejected",
    ]) {
      expect(stdout).toContain(`${file}.json: ok`);
    }
  });

  it("fails on a changed number, naming the file, where it is and both values", () => {
    scratch = mkdtempSync(join(tmpdir(), "gd-tui-optref-"));
    cpSync(FIXTURES, scratch, { recursive: true });
    const path = join(scratch, "torch/schedules.json");
    const text = readFileSync(path, "utf8");
    const lr3 = String(SCHEDULE_FILE.sequences["cosine:T_max=5"]?.lrs[3]);
    const at = text.indexOf(lr3, text.indexOf('"cosine:T_max=5"'));
    expect(at).toBeGreaterThan(0);
    const changed = String(Number(lr3) * (1 + 1e-9));
    writeFileSync(path, text.slice(0, at) + changed + text.slice(at + lr3.length));
    const { status, stderr } = runCheck(scratch);
    expect(status).toBe(1);
    expect(stderr).toContain(
      `torch/schedules.json: $.sequences.cosine:T_max=5.lrs[3] is ${changed} in the file, ${lr3} recomputed`,
    );
    expect(stderr).toContain("1 fixture file(s) differ from the generator");
  });
});

describe("the torch/ fixtures, read on their own", () => {
  it.each(PROBLEMS)("%s has every optimizer, at its defaults and not", (_, file) => {
    const specs = Object.keys(file.cases);
    for (const name of OPTIMIZERS) {
      expect(specs).toContain(name);
      expect(specs.filter((s) => s.startsWith(`${name}:`)).length).toBeGreaterThan(0);
    }
    expect(new Set(specs.map((s) => parseSpec(s).name))).toEqual(new Set(OPTIMIZERS));
  });

  it.each(CASES)("$problem / $spec: the spec, its hyperparameters and its updates agree", (t) => {
    const { name, values } = parseSpec(t.spec);
    expect(t.c.optimizer).toBe(name);
    expect(t.c.hyper).toMatchObject(values);
    const perEpoch = Math.ceil(t.setup.x.length / t.setup.batch);
    expect(t.c.updates.map((u) => u.update)).toEqual(
      Array.from({ length: t.setup.epochs * perEpoch }, (_, i) => i + 1),
    );
    for (const u of t.c.updates) {
      expect(u.epoch).toBe(Math.floor((u.update - 1) / perEpoch));
      expect(u.lr).toBe(t.c.hyper.lr);
      expect(Object.keys(u.params)).toEqual(Object.keys(t.setup.init));
      expect(Object.keys(u.state)).toEqual(Object.keys(t.setup.init));
    }
  });

  it("names each schedule by its spec, with the parameters it resolves to", () => {
    const all = { ...SCHEDULE_FILE.sequences, ...SCHEDULE_FILE.trajectories };
    expect(new Set(Object.values(all).map((s) => s.schedule))).toEqual(new Set(SCHEDULES));
    for (const [spec, s] of Object.entries(all)) {
      const { name, values } = parseSpec(spec);
      expect(s.schedule).toBe(name);
      expect(s.params).toMatchObject(values);
    }
  });

  it.each(Object.entries(SCHEDULE_FILE.trajectories))(
    "%s: each update uses its epoch's rate",
    (_, tr) => {
      expect(tr.lrs.length).toBe(SCHEDULE_FILE.problem.epochs + 1);
      for (const u of tr.updates) expect(u.lr).toBe(tr.lrs[u.epoch]);
    },
  );
});
