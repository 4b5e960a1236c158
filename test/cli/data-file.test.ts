import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readData } from "../../src/cli/data-file.js";
import { type DataLimits, DEFAULT_LIMITS } from "../../src/cli/data-limits.js";

/** The data set `pieces` make, read one piece at a time as a stream would deliver them. */
function read(
  pieces: readonly (string | Buffer)[],
  source = "t.csv",
  limits: DataLimits = DEFAULT_LIMITS,
) {
  return readData(
    (async function* () {
      yield* pieces.map((piece) => (typeof piece === "string" ? Buffer.from(piece) : piece));
    })(),
    source,
    limits,
  );
}

const message = (pieces: readonly (string | Buffer)[], source?: string, limits?: DataLimits) =>
  read(pieces, source, limits).then(
    () => "no error",
    (error: Error) => error.message,
  );

/** `text` as UTF-16 big-endian: Node writes only little-endian, so swap each pair. */
const utf16be = (text: string): Buffer => Buffer.from(text, "utf16le").swap16();

describe("CSV", () => {
  it.each([
    [
      "CRLF, blank lines, spaces and an upper-case header",
      "X , Y\r\n 1 , 2 \r\n\r\n  \n3,4",
      [1, 3],
      [2, 4],
    ],
    ["quoted fields", '"x","y"\n"1.5","-2"\n', [1.5], [-2]],
    ["blanks around quoted fields", ' "x" , "y" \n "1" ,\t"2e3" \n', [1], [2000]],
    ["a newline inside a quoted field", 'x,y\n"1\n",2\n', [1], [2]],
    ["signs, a bare point and exponents", "x,y\n+1.,-.5\n1E2,2e-1\n", [1, 100], [-0.5, 0.2]],
  ])("reads %s", async (_what, text, xs, ys) => {
    expect(await read([text])).toEqual({ name: "t.csv", xs, ys });
  });

  it.each([
    [
      "a row after a two-line quoted field",
      'x,y\n"1\n",2\n3,abc\n',
      "t.csv line 4: y is 'abc', not a number",
    ],
    [
      "an unclosed quote",
      'x,y\n"1,2\n3,4\n',
      "t.csv line 2: not valid CSV (a quoted field is never closed)",
    ],
    [
      "text after a closing quote",
      'x,y\n1,"2"a\n',
      "t.csv line 2: not valid CSV (text after a closing quote)",
    ],
    [
      "a quote inside a field",
      'x,y\n1,2"\n',
      "t.csv line 2: not valid CSV (a quote inside an unquoted field)",
    ],
    ["three quoted columns", 'x,y\n"1",2,3\n', "t.csv line 2: expected 2 columns (x,y), found 3"],
    ["a trailing comma", "x,y\n1,2,\n", "t.csv line 2: expected 2 columns (x,y), found 3"],
    ["a blank cell", "x,y\n1, \n", "t.csv line 2: y is '', not a number"],
    ["hexadecimal", "x,y\n0x10,2\n", "t.csv line 2: x is '0x10', not a number"],
    ["an overflow", "x,y\n1,1e999\n", "t.csv line 2: y is '1e999', not a finite number"],
    [
      "a header after blank lines",
      "\n\n a , b \n",
      "t.csv line 3: the header must be 'x,y', found 'a,b'",
    ],
  ])("says where %s is", async (_what, text, want) => {
    expect(await message([text])).toBe(want);
  });

  it("finds a stray quote when the line arrives in pieces too", async () => {
    expect(await message(['x,y\n1,2"', "\n3,4\n"])).toBe(
      "t.csv line 2: not valid CSV (a quote inside an unquoted field)",
    );
  });

  it("reads the same whatever pieces the text arrives in (cut in a cell, a quote, a CRLF)", async () => {
    const row = fc.record({
      x: fc.integer({ min: -999, max: 999 }),
      y: fc.integer({ min: -999, max: 999 }),
      isQuoted: fc.boolean(),
      blank: fc.constantFrom("", " ", "\t"),
      end: fc.constantFrom("\n", "\r\n", "\n\n", "\n  \r\n"),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat()),
        async (rows, cuts) => {
          const cell = (n: number, isQuoted: boolean) => (isQuoted ? `"${n / 8}"` : `${n / 8}`);
          const text =
            "x,y\r\n" +
            rows
              .map(
                (r) =>
                  `${r.blank}${cell(r.x, r.isQuoted)},${cell(r.y, !r.isQuoted)}${r.blank}${r.end}`,
              )
              .join("");
          const bytes = Buffer.from(text);
          const at = [...new Set(cuts.map((cut) => cut % bytes.length))].sort((a, b) => a - b);
          const pieces = [0, ...at].map((start, i) => bytes.subarray(start, at[i] ?? bytes.length));
          // n / 8 is exact in binary and written exactly by String(), so the values are known.
          expect(await read(pieces)).toEqual({
            name: "t.csv",
            xs: rows.map((r) => r.x / 8),
            ys: rows.map((r) => r.y / 8),
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps a byte-order mark and a character cut between pieces whole", async () => {
    const text = Buffer.from("\uFEFFx,y\n1,é\n");
    const pieces = [text.subarray(0, 1), text.subarray(1, 10), text.subarray(10)];
    expect(await message(pieces)).toBe("t.csv line 2: y is 'é', not a number");
  });
});

describe("what is not text", () => {
  it.each([
    ["UTF-16 with its byte-order mark", Buffer.from("\uFEFFx,y\n1,2\n", "utf16le"), "UTF-16"],
    ["UTF-16 big-endian with its mark", utf16be("\uFEFFx,y\n1,2\n"), "UTF-16"],
    ["UTF-16 without a mark", Buffer.from("x,y\n1,2\n", "utf16le"), "UTF-16"],
    ["UTF-16 big-endian without a mark", utf16be("x,y\n1,2\n"), "UTF-16"],
    [
      "UTF-32 with its mark",
      Buffer.from([0xff, 0xfe, 0, 0, 0x78, 0, 0, 0, 0x2c, 0, 0, 0]),
      "UTF-32",
    ],
    ["UTF-32 without a mark", Buffer.from([0x78, 0, 0, 0, 0x2c, 0, 0, 0, 0x79, 0, 0, 0]), "UTF-32"],
  ])("%s is named, with what to do", async (_what, bytes, encoding) => {
    expect(await message([bytes])).toBe(`t.csv: looks like ${encoding}; save it as UTF-8`);
  });

  it("zeros are binary data", async () => {
    expect(await message([Buffer.alloc(100)])).toBe(
      "t.csv: holds NUL bytes: binary data, not CSV or JSON text",
    );
  });
});

describe("caps", () => {
  const text = "x,y\n1,2\n3,4\n"; // 12 bytes, 2 rows
  it.each([
    ["bytes, at the cap", { maxBytes: 12, maxRows: 2 }, "no error"],
    [
      "bytes, one past",
      { maxBytes: 11, maxRows: 2 },
      "t.csv: more than 11 bytes, the cap (--max-bytes)",
    ],
    [
      "rows, one past",
      { maxBytes: 12, maxRows: 1 },
      "t.csv line 3: more than 1 rows, the cap (--max-rows)",
    ],
  ])("CSV %s", async (_what, limits, want) => {
    expect(await message([text.slice(0, 5), text.slice(5)], "t.csv", limits)).toBe(want);
  });

  it("JSON rows past the cap", async () => {
    const json = '{"x": [1, 2, 3], "y": [2, 4, 6]}';
    expect(await message([json], "t.json", { maxBytes: 100, maxRows: 2 })).toBe(
      "t.json: 3 rows, more than the cap of 2 (--max-rows)",
    );
    expect(await message([json], "t.json", { maxBytes: 100, maxRows: 3 })).toBe("no error");
  });
});

describe("JSON", () => {
  it.each([
    ["a top-level array", "[1, 2]", 'a.json: JSON data must be {"x": [numbers], "y": [numbers]}'],
    ["a boolean for a number", '{"x": [true], "y": [1]}', "a.json: x[0] is true, not a number"],
    [
      "an object for a number",
      '{"x": [1], "y": [{"a": 1}]}',
      "a.json: y[0] is an object, not a number",
    ],
    ["only blanks", " \n ", "a.json: the file is empty"],
  ])("%s", async (_what, text, want) => {
    expect(await message([text], "a.json")).toBe(want);
  });

  it("is told from CSV by its first character when the name does not say", async () => {
    expect(await read(['\n {"x": [1], ', '"y": [2]}'], "stdin")).toEqual({
      name: "stdin",
      xs: [1],
      ys: [2],
    });
  });
});
