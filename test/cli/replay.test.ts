import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { summaryLine } from "../../src/cli/print.js";
import { openRecordFile } from "../../src/cli/record-file.js";
import { readRecording } from "../../src/cli/recording-reader.js";
import { replayStart } from "../../src/cli/replay.js";
import type { RunConfig } from "../../src/core/config.js";
import { LECTURE_DATA } from "../../src/core/data.js";
import type { TimeBudget } from "../../src/core/engine.js";
import { transition } from "../../src/core/machine.js";
import { specLabel } from "../../src/core/optimizers/index.js";
import { followedRun, recordedApplied } from "../../src/core/race-state.js";
import { RECORDING_FORMAT, RECORDING_VERSION, type TimedEvent } from "../../src/core/recording.js";
import { createRun, type RunState } from "../../src/core/run.js";
import { buildRun, type RunSpec, runConfig } from "../../src/core/run-spec.js";
import type { AppAction } from "../../src/ui/input.js";
import { recordingReducer } from "../../src/ui/recorder.js";
import { createSession, type Session } from "../../src/ui/session.js";
import { NO_KEY } from "./../ui/helpers.js";
import { captureCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "gd-tui-replay-"));

/** Every double of a run's numeric state as its 64 bits: equal here means bit-identical. */
function bits(values: ArrayLike<number>): string[] {
  const view = new DataView(new ArrayBuffer(8));
  return Array.from(values, (v) => {
    view.setFloat64(0, v);
    return view.getBigUint64(0).toString(16);
  });
}

/**
 * What a run is at one moment, copied out: a run's history tapes are appended in place and shared
 * with the states after it, so only the newest state's tapes can be compared.
 */
function snapshot(run: RunState) {
  return {
    params: bits(run.params),
    optState: bits(run.optState),
    scheduleState: bits(run.scheduleState),
    lr: bits([run.lr]),
    updates: run.updates,
    status: run.status,
    optimizer: run.optimizer,
    config: run.config,
  };
}

/** The newest states: everything, tapes and charts included, and the numbers bit for bit. */
function expectSameRun(replayed: RunState, live: RunState): void {
  expect(snapshot(replayed)).toEqual(snapshot(live));
  expect(replayed).toEqual(live);
}

const key = (input: string): AppAction => ({ type: "key", input, key: NO_KEY });
const ENTER: AppAction = { type: "key", input: "", key: { ...NO_KEY, return: true } };
const tick = (updates: number, budget?: TimeBudget): AppAction => ({
  type: "tick",
  updates,
  rate: updates,
  ...(budget ? { budget } : {}),
});

/** A budget whose clock moves one unit a reading and runs out after `readings`: cut short. */
function shortBudget(readings: number): TimeBudget {
  let clock = 0;
  return { now: () => clock++, until: readings };
}

interface Recorded {
  readonly file: string;
  readonly live: Session;
  /** After each action: the live run and how many events had been recorded. */
  readonly steps: readonly { readonly run: ReturnType<typeof snapshot>; readonly events: number }[];
}

/** Drives the real app reducer with a recorder writing `file`, as the dashboard does. */
function record(
  name: string,
  spec: RunSpec | readonly RunSpec[],
  actions: readonly AppAction[],
): Recorded {
  const specs: readonly RunSpec[] = Array.isArray(spec) ? spec : [spec];
  const file = join(dir, name);
  let ms = 0;
  const writer = openRecordFile(
    file,
    {
      format: RECORDING_FORMAT,
      version: RECORDING_VERSION,
      gdTui: "test",
      runs: specs,
      terminal: { fps: 12, isAscii: false, isColor: false },
    },
    () => (ms += 7),
  );
  let events = 0;
  const reduce = recordingReducer((event) => {
    events++;
    writer.record(event);
  });
  const [first, ...rest] = specs.map((s) => runConfig(JSON.parse(JSON.stringify(s)) as RunSpec));
  const start = createRun(first as RunConfig);
  let live = createSession([start, ...rest.map((c) => createRun(c, start.stats))]);
  const steps: { run: ReturnType<typeof snapshot>; events: number }[] = [];
  for (const action of actions) {
    live = reduce(live, action);
    steps.push({ run: snapshot(followedRun(live)), events });
  }
  expect(writer.close()).toBeUndefined();
  return { file, live, steps };
}

const ADAM_STEP: RunSpec = {
  data: LECTURE_DATA,
  model: "linear",
  optimizer: { id: "adam", hyper: { lr: 0.05, amsgrad: true } },
  schedule: { id: "step", params: { step_size: 2, gamma: 0.5 } },
  maxEpochs: 1_000_000,
  tolLoss: 0,
  tolGrad: 0,
};

describe("record and replay", () => {
  it("replays a session driven through the real reducer bit for bit, event by event", async () => {
    const { file, live, steps } = record("adam.jsonl", ADAM_STEP, [
      key("sss"),
      key("+"),
      key("e"),
      key("b"),
      key("o"),
      key("l"),
      key("0.2"),
      ENTER,
      key(" "),
      tick(10),
      tick(10),
      tick(400_000, shortBudget(2)),
      key(" "),
      key("b"),
      key("r"),
      key("s"),
      key("o"),
      key(" "),
      tick(5),
    ]);
    const recording = await readRecording(file);
    expect(recording.truncatedLine).toBeUndefined();
    const ticks = recording.events.flatMap((e) =>
      e.event.type === "tick" ? [e.event.updates] : [],
    );
    // The budget cut the big tick short: the recording holds what was done, not what was asked.
    const cut = ticks.find((updates) => updates > 10) ?? 0;
    expect(cut).toBeGreaterThan(10);
    expect(cut).toBeLessThan(400_000);
    let race = replayStart(recording);
    let applied = 0;
    for (const step of steps) {
      while (applied < step.events) {
        race = recordedApplied(race, (recording.events[applied] as TimedEvent).event);
        applied++;
      }
      expect(snapshot(followedRun(race))).toEqual(step.run);
    }
    expect(applied).toBe(recording.events.length);
    expectSameRun(followedRun(race), followedRun(live));
    const times = recording.events.map((e) => e.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("keeps a diverging tick's asked updates, so the replay diverges at the same update", async () => {
    const { file, live } = record(
      "diverge.jsonl",
      { data: LECTURE_DATA, model: "linear", maxEpochs: 1000 },
      [...Array.from({ length: 7 }, () => key("+")), key(" "), tick(1000, shortBudget(50))],
    );
    expect(followedRun(live).status.kind).toBe("diverged");
    const recording = await readRecording(file);
    const last = recording.events.at(-1)?.event;
    expect(last).toEqual({ type: "tick", updates: 1000 });
    const race = recording.events.reduce(
      (r, e) => recordedApplied(r, e.event),
      replayStart(recording),
    );
    expectSameRun(followedRun(race), followedRun(live));
  });

  it("replays a race bit for bit: lockstep ticks, each run's own lr, racers added, followed and dropped", async () => {
    const racer = (id: "sgd" | "adam", lr: number): RunSpec => ({
      data: LECTURE_DATA,
      model: "linear",
      optimizer: { id, hyper: { lr } },
      maxEpochs: 1_000_000,
      tolLoss: 0,
      tolGrad: 0,
    });
    const specs = [racer("sgd", 0.01), racer("sgd", 0.3), racer("adam", 0.1)];
    const { file, live } = record("race.jsonl", specs, [
      key("s+"),
      key(" "),
      tick(30),
      tick(400_000, shortBudget(2)),
      key("a"),
      key("rmsprop:lr=0.02"),
      ENTER,
      key("b"),
      key("t"),
      key("alpha=0.9"),
      ENTER,
      key("nnnd"),
      key(" "),
      tick(7),
      key("o"),
      key("l"),
      key("0.05"),
      ENTER,
      key("e"),
    ]);
    // RMSprop, tuned, then (o) the next optimizer; Adam dropped.
    expect(live.runs.map((r) => r.optimizer.id)).toEqual(["sgd", "sgd", "rprop"]);
    const recording = await readRecording(file);
    const types = new Set(recording.events.map((e) => e.event.type));
    for (const type of ["add-racer", "follow-run", "remove-racer", "tune-optimizer"]) {
      expect(types.has(type as never)).toBe(true);
    }
    const race = recording.events.reduce(
      (r, e) => recordedApplied(r, e.event),
      replayStart(recording),
    );
    expect(race.followed).toBe(live.followed);
    expect(race.runs).toHaveLength(live.runs.length);
    race.runs.forEach((run, i) => {
      expectSameRun(run, live.runs[i] as RunState);
    });
    const summary = await captureCli(["replay", file, "--print", "--format", "summary"]);
    expect(summary.stdout.trim().split("\n")).toEqual(
      live.runs.map(
        (run, i) =>
          `run=${i} optimizer=${specLabel(run.optimizer).replaceAll(" ", ",")} ${summaryLine(run)}`,
      ),
    );
  });

  it("replays headless with --print in each format", async () => {
    const { file, live } = record("print.jsonl", ADAM_STEP, [key("ss"), key(" "), tick(30)]);
    const summary = await captureCli(["replay", file, "--print", "--format", "summary"]);
    expect(summary).toEqual({ code: 0, stdout: `${summaryLine(followedRun(live))}\n`, stderr: "" });
    const jsonl = await captureCli(["replay", file, "--print", "--format", "jsonl"]);
    const lines = jsonl.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.event)).toEqual(["step", "step", "toggle", "tick"]);
    expect(lines.at(-1)).toMatchObject({
      update: 32,
      status: "running",
      params: { w: followedRun(live).params[0] },
    });
    const transcript = await captureCli(["replay", file, "--print"]);
    expect(transcript.stdout.trim().split("\n")).toHaveLength(4);
    expect(transcript.stdout).toContain(`tick 30: ${summaryLine(followedRun(live))}`);
  });

  it("replays a recording whose last line was cut short, and says so", async () => {
    const { file } = record("cut.jsonl", ADAM_STEP, [key("s"), key("s"), key("s")]);
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.slice(0, text.length - 6));
    const result = await captureCli(["replay", file, "--print", "--format", "summary"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^gd-tui: .*cut\.jsonl line 4: cut short .* 2 events before it\n$/,
    );
    const two = transition(transition(buildRun(ADAM_STEP), { type: "step" }), { type: "step" });
    expect(result.stdout).toBe(`${summaryLine(two)}\n`);
  });
});
