import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/cli/input-error.js";
import { openRecordFile } from "../../src/cli/record-file.js";
import { readRecording } from "../../src/cli/recording-reader.js";
import { LECTURE_DATA } from "../../src/core/data.js";
import { captureCli, expectInputError } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "gd-tui-replay-bad-"));

const HEADER = {
  format: "gd-tui-recording",
  version: 1,
  gdTui: "test",
  runs: [{ data: LECTURE_DATA, model: "linear" }],
  terminal: { fps: 12, isAscii: false, isColor: false },
};
const header = (changes: Record<string, unknown> = {}) => JSON.stringify({ ...HEADER, ...changes });

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const replay = (path: string) => captureCli(["replay", path, "--print"]);

describe("gd-tui replay: bad recordings are one line naming the file and line, exit 2", () => {
  it.each([
    ["a missing file", () => join(dir, "nowhere.jsonl"), ["nowhere.jsonl", "no such file"]],
    [
      "a directory",
      () => {
        mkdirSync(join(dir, "folder"), { recursive: true });
        return join(dir, "folder");
      },
      ["folder", "is a directory"],
    ],
    ["an empty file", () => file("empty.jsonl", ""), ["empty.jsonl", "empty"]],
    [
      "a line that is not JSON",
      () => file("not-json.jsonl", `${header()}\n{"t":1,"event":"step"}\nstep please\n`),
      ["not-json.jsonl line 3", "not JSON", "'step please'"],
    ],
    [
      "an unknown event",
      () => file("unknown.jsonl", `${header()}\n{"t":1,"event":"jump"}\n`),
      ["unknown.jsonl line 2", "unknown event 'jump'"],
    ],
    [
      "a version it cannot replay",
      () => file("v2.jsonl", `${header({ version: 2 })}\n`),
      ["v2.jsonl line 1", "version 2 cannot be replayed", "version 1"],
    ],
    [
      "a file that is not a recording",
      () => file("data.jsonl", `{"x":[1],"y":[2]}\n`),
      ["data.jsonl line 1", "not a gd-tui recording"],
    ],
    [
      "a run spec with an unknown model",
      () => file("model.jsonl", `${header({ runs: [{ data: LECTURE_DATA, model: "cubic9" }] })}\n`),
      ["model.jsonl line 1", "unknown model 'cubic9'"],
    ],
    [
      "an optimizer hyperparameter out of range",
      () =>
        file(
          "hyper.jsonl",
          `${header()}\n{"t":1,"event":"set-optimizer","optimizer":{"id":"adam","hyper":{"betas":[1.5,0.9]}}}\n`,
        ),
      ["hyper.jsonl line 2", "set-optimizer", "betas"],
    ],
    [
      "a tick without a whole number of updates",
      () => file("tick.jsonl", `${header()}\n{"t":1,"event":"tick","updates":2.5}\n`),
      ["tick.jsonl line 2", "updates"],
    ],
    [
      "a tick of more updates than a frame asks at top speed",
      () =>
        file("huge-tick.jsonl", `${header()}\n{"t":1,"event":"tick","updates":9007199254740991}\n`),
      ["huge-tick.jsonl line 2", "more than a frame at top speed asks (100000000)"],
    ],
    [
      "a fork without a whole number of updates",
      () => file("fork.jsonl", `${header()}\n{"t":1,"event":"fork","updates":-1}\n`),
      ["fork.jsonl line 2", "fork: updates is not a whole number"],
    ],
    [
      "a fork naming one run of the race",
      () => file("fork-run.jsonl", `${header()}\n{"t":1,"event":"fork","updates":1,"run":0}\n`),
      ["fork-run.jsonl line 2", "fork: a viewer's copy takes the whole race, so names no run"],
    ],
    [
      "time going backwards",
      () => file("time.jsonl", `${header()}\n{"t":5,"event":"step"}\n{"t":4,"event":"step"}\n`),
      ["time.jsonl line 3", "before the line above"],
    ],
    [
      "a bad line in the middle, though the last is fine",
      () => file("middle.jsonl", `${header()}\n{"t":1,"event":"st\n{"t":2,"event":"step"}\n`),
      ["middle.jsonl line 2", "not JSON"],
    ],
  ])("%s", async (_, make, words) => {
    expectInputError(await replay(make()), words);
  });

  it("escapes control characters in the file name and in the line it quotes", async () => {
    const path = file("\x1b[2Jevil.jsonl", `${header()}\n\x1b]0;owned\x07\n`);
    const result = await replay(path);
    expectInputError(result, ["\\e[2Jevil.jsonl line 2", "\\e]0;owned\\x07"]);
    expect(result.stderr).not.toContain("\x1b");
  });

  it("stops a recording past its byte or event cap with one line, not all the memory", async () => {
    const lines = Array.from({ length: 50 }, (_, i) => `{"t":${i},"event":"step"}`);
    const path = file("long.jsonl", `${header()}\n${lines.join("\n")}\n`);
    await expect(readRecording(path, { maxBytes: 1000, maxEvents: 1000 })).rejects.toThrow(
      /long\.jsonl: larger than 1,000 bytes/,
    );
    await expect(readRecording(path, { maxBytes: 2 ** 20, maxEvents: 10 })).rejects.toThrow(
      /long\.jsonl: more than 10 events/,
    );
  });

  it("refuses replay arguments it does not take", async () => {
    expectInputError(await captureCli(["replay"]), ["one recording file"]);
    expectInputError(await captureCli(["replay", "a", "b"]), ["one recording file"]);
    expectInputError(await captureCli(["replay", "a", "--format", "csv"]), ["--format", "csv"]);
    expectInputError(await captureCli(["replay", "a", "--lr", "1"]), ["unknown flag --lr"]);
    const help = await captureCli(["replay", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("gd-tui replay FILE");
  });

  it("refuses --record without a dashboard, and a file it cannot create", async () => {
    expectInputError(await captureCli(["--print", "--record", join(dir, "x.jsonl")]), [
      "--record",
      "terminal",
    ]);
    expect(() =>
      openRecordFile(join(dir, "no-such-dir", "x.jsonl"), HEADER as never, () => 0),
    ).toThrow(new InputError(`--record: ${join(dir, "no-such-dir", "x.jsonl")}: no such file`));
    expect(() => openRecordFile("/dev/full", HEADER as never, () => 0)).toThrow(
      /^--record: \/dev\/full: cannot be written \(ENOSPC: no space left on device/,
    );
  });
});
