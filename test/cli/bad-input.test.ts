import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { captureCli, cliFixture, expectInputError, readRepoFile } from "./run-cli.js";

const LECTURE_10 = readRepoFile("fixtures/transcripts/lecture-10.txt");
const LECTURE_CSV = "x,y\n1.0,2.0\n2.0,4.0\n3.0,6.0\n";

/** An empty folder of our own, for the "is a directory" case. */
const dir = mkdtempSync(join(tmpdir(), "gd-tui-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data = (name: string) => ["--print", "--data", cliFixture(name)];

/** [what is wrong, arguments, words the message must contain]. */
const BAD_DATA: [string, string[], string[]][] = [
  ["a missing file", data("missing.csv"), ["missing.csv", "no such file"]],
  ["a directory", ["--print", "--data", dir], [dir, "directory"]],
  ["an empty file", data("empty.csv"), ["empty.csv", "empty"]],
  ["a header without rows", data("header-only.csv"), ["header-only.csv", "no data rows"]],
  ["no header", data("no-header.csv"), ["no-header.csv line 1", "header", "x,y"]],
  ["the wrong columns", data("wrong-header.csv"), ["wrong-header.csv line 1", "x,y", "a,b"]],
  ["a row with 3 columns", data("three-columns.csv"), ["three-columns.csv line 3", "3"]],
  ["a non-numeric cell", data("bad.csv"), ["bad.csv line 3", "abc"]],
  ["NaN in a CSV", data("nan.csv"), ["nan.csv line 2", "NaN"]],
  ["Infinity in a CSV", data("infinity.csv"), ["infinity.csv line 3", "Infinity"]],
  ["-inf in a CSV", data("inf.csv"), ["inf.csv line 4", "-inf"]],
  ["JSON arrays of different lengths", data("mismatched.json"), ["mismatched.json", "3", "2"]],
  ["a JSON string for a number", data("string-cell.json"), ["string-cell.json", "x[1]"]],
  ["a JSON null for a number", data("null-cell.json"), ["null-cell.json", "y[1]"]],
  ["invalid JSON", data("invalid.json"), ["invalid.json", "JSON"]],
  // V8 quotes the offending source, newlines and all, in its message: still one line on stderr.
  ["invalid JSON over several lines", data("invalid-multiline.json"), ["invalid-multiline.json"]],
  ["an empty file name", ["--print", "--data", ""], ["--data", "file name is empty"]],
  ["a UTF-16 file", data("utf16.csv"), ["utf16.csv", "looks like UTF-16; save it as UTF-8"]],
];

const BAD_FLAGS: [string, string[], string[]][] = [
  ["an unknown model", ["--model", "quartic"], ["--model", "quartic"]],
  ["an unknown optimizer", ["--optimizer", "lbfgs"], ["--optimizer", "lbfgs"]],
  ["an unknown preset", ["--preset", "lecture4"], ["--preset", "lecture4"]],
  ["an unknown format", ["--format", "csv"], ["--format", "csv"]],
  ["lr 0", ["--lr", "0"], ["--lr", "0"]],
  ["a negative lr", ["--lr=-0.5"], ["--lr", "-0.5"]],
  ["a negative lr as a separate word", ["--lr", "-0.5"], ["--lr", "-0.5"]],
  ["lr not a number", ["--lr", "abc"], ["--lr", "abc"]],
  ["lr NaN", ["--lr", "NaN"], ["--lr", "NaN"]],
  ["epochs 0", ["--epochs", "0"], ["--epochs", "0"]],
  ["epochs 1.5", ["--epochs", "1.5"], ["--epochs", "1.5"]],
  ["epochs -3", ["--epochs=-3"], ["--epochs", "-3"]],
  ["epochs -3 as a separate word", ["--epochs", "-3"], ["--epochs", "-3"]],
  ["epochs abc", ["--epochs", "abc"], ["--epochs", "abc"]],
  ["batch 0", ["--batch", "0"], ["--batch", "0"]],
  ["a batch larger than the data", ["--batch", "4"], ["--batch", "4", "3"]],
  ["a batch larger than a file's data", [...data("bom-crlf.csv"), "--batch", "5"], ["--batch"]],
  ["--init naming a missing parameter", ["--init", "b=0"], ["--init", "b"]],
  [
    "--init naming w on the quadratic",
    ["--preset", "exercise3-1", "--init", "w=1"],
    ["--init", "'w'"],
  ],
  ["a bare --init for three parameters", ["--preset", "exercise3-1", "--init", "0.5"], ["w2"]],
  ["a bare --init for the affine model", ["--model", "affine", "--init", "2"], ["--init", "2"]],
  ["an --init value not a number", ["--init", "w=abc"], ["--init", "abc"]],
  ["an unknown flag", ["--speed", "3"], ["--speed"]],
  ["a misspelt flag", ["--epoch", "3"], ["--epoch"]],
  ["an unknown short flag", ["-x"], ["-x"]],
  ["a stray argument", ["extra"], ["extra"]],
  ["--lr without its value", ["--lr"], ["--lr", "needs a value"]],
  ["--data without its value", ["--data"], ["--data", "needs a value"]],
  ["--epochs without its value", ["--epochs"], ["--epochs", "needs a value"]],
  // The user forgot the value and went on to the next flag: that is a missing value too.
  ["--lr followed by another flag", ["--lr", "--epochs", "3"], ["--lr", "needs a value"]],
  ["--max-bytes not a size", ["--max-bytes", "lots"], ["--max-bytes", "'lots'", "not a size"]],
  ["--max-bytes 0", ["--max-bytes", "0"], ["--max-bytes", "'0'"]],
  ["--max-bytes in an unknown unit", ["--max-bytes", "5T"], ["--max-bytes", "'5T'"]],
  ["--max-rows 0", ["--max-rows", "0"], ["--max-rows", "'0'"]],
  ["--max-rows 1.5", ["--max-rows", "1.5"], ["--max-rows", "'1.5'"]],
];

describe("bad data: exit 2, nothing on stdout, one line naming file and line", () => {
  it.each(BAD_DATA)("%s", async (_what, args, keywords) => {
    expectInputError(await captureCli(args), keywords);
  });

  it("empty standard input", async () => {
    expectInputError(await captureCli(["--print", "--data", "-"], ""), ["stdin", "empty"]);
  });

  it("a non-numeric cell on standard input names stdin and the line", async () => {
    expectInputError(await captureCli(["--print", "--data", "-"], "x,y\n1,2\n\n2,oops\n"), [
      "stdin line 4",
      "oops",
    ]);
  });
});

describe("bad flags: exit 2, nothing on stdout, one line naming the flag", () => {
  it.each(BAD_FLAGS)("%s", async (_what, args, keywords) => {
    expectInputError(await captureCli(["--print", ...args]), keywords);
  });

  it("a value given to a flag that takes none is not reported as a missing value", async () => {
    const result = await captureCli(["--print=yes"]);
    expectInputError(result, ["--print"]);
    expect(result.stderr).not.toContain("needs a value");
  });
});

describe("good data is accepted", () => {
  it("a CSV with a byte-order mark and CRLF line ends gives the lecture's transcript", async () => {
    expect(await captureCli(data("bom-crlf.csv"))).toEqual({
      code: 0,
      stdout: LECTURE_10,
      stderr: "",
    });
  });

  it("JSON {x, y} gives the lecture's transcript", async () => {
    expect(await captureCli(data("lecture.json"))).toEqual({
      code: 0,
      stdout: LECTURE_10,
      stderr: "",
    });
  });

  it.each([
    ["CSV", LECTURE_CSV],
    ["CSV with BOM and CRLF", `\uFEFF${LECTURE_CSV.replaceAll("\n", "\r\n")}`],
    ["JSON", '{"x": [1, 2, 3], "y": [2, 4, 6]}'],
  ])("%s on standard input via --data - gives the lecture's transcript", async (_what, text) => {
    expect(await captureCli(["--print", "--data", "-"], text)).toEqual({
      code: 0,
      stdout: LECTURE_10,
      stderr: "",
    });
  });

  it("a negative --init written --init=-1.0 is a value, not a flag", async () => {
    const result = await captureCli(["--print", "--epochs", "1", "--init=-1.0"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("predict (before training) 4 -4.0\n")).toBe(true);
  });

  it("named --init values leave the unnamed ones at 1.0", async () => {
    const result = await captureCli([
      "--print",
      "--preset",
      "exercise3-1",
      "--epochs",
      "1",
      "--init",
      "w2=0.5,b=0",
    ]);
    expect(result.stderr).toBe("");
    // 16 * 0.5 + 4 * 1.0 + 0 = 12.0
    expect(result.stdout.startsWith("predict (before training) 4 12.0\n")).toBe(true);
  });
});
