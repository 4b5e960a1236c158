import { StringDecoder } from "node:string_decoder";
import type { Dataset } from "../core/data.js";
import { escapeControls } from "../core/quote.js";
import { CsvReader } from "./csv-reader.js";
import { type DataLimits, formatSize } from "./data-limits.js";
import { InputError } from "./input-error.js";
import { parseJson } from "./json-reader.js";

/** What text with NUL bytes most likely is, judged from its first bytes. */
function notText(head: Buffer, isStart: boolean): string {
  const [a, b, c, d] = head;
  if (
    isStart &&
    ((a === 0xff && b === 0xfe && c === 0 && d === 0) ||
      (a === 0 && b === 0 && c === 0xfe && d === 0xff))
  ) {
    return "looks like UTF-32; save it as UTF-8";
  }
  if (isStart && ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff))) {
    return "looks like UTF-16; save it as UTF-8";
  }
  // ASCII in UTF-16 has a NUL in every other byte, in UTF-32 three bytes in four.
  const sample = head.subarray(0, 4096);
  let [z0, z1, z2, z3] = [0, 0, 0, 0];
  for (let i = 0; i + 3 < sample.length; i += 4) {
    z0 += sample[i] === 0 ? 1 : 0;
    z1 += sample[i + 1] === 0 ? 1 : 0;
    z2 += sample[i + 2] === 0 ? 1 : 0;
    z3 += sample[i + 3] === 0 ? 1 : 0;
  }
  const quarter = Math.floor(sample.length / 4);
  const isFull = (n: number) => n >= 0.9 * quarter;
  const isFew = (n: number) => n <= 0.1 * quarter;
  if (quarter >= 1 && isFull(z1) && isFull(z2) && isFull(z3) && isFew(z0)) {
    return "looks like UTF-32; save it as UTF-8";
  }
  if (
    quarter >= 1 &&
    ((isFull(z1) && isFull(z3) && isFew(z0) && isFew(z2)) ||
      (isFull(z0) && isFull(z2) && isFew(z1) && isFew(z3)))
  ) {
    return "looks like UTF-16; save it as UTF-8";
  }
  return "holds NUL bytes: binary data, not CSV or JSON text";
}

/**
 * A data set read from `chunks` as they arrive, within `limits`: JSON `{"x": [...], "y": [...]}`
 * when the name ends in .json or the text starts with `{` or `[`, otherwise CSV with the header
 * `x,y` (a UTF-8 byte-order mark and CRLF line ends are fine). `source` names it in messages and
 * in the header, escaped: a file name may hold a newline or an escape sequence.
 */
export async function readData(
  chunks: AsyncIterable<Buffer | string>,
  source: string,
  limits: DataLimits,
): Promise<Dataset> {
  const name = escapeControls(source);
  const decoder = new StringDecoder("utf8");
  const csv = new CsvReader(name, limits.maxRows);
  const json: string[] = [];
  // Until the first character other than a blank, the format may still be either.
  let isJson: boolean | undefined = /\.json$/i.test(source) || undefined;
  const blank: string[] = [];
  let isStart = true;
  const take = (decoded: string): void => {
    let text = decoded;
    if (isStart && text.length > 0) {
      text = text.replace(/^\uFEFF/, "");
      isStart = false;
    }
    if (isJson === undefined) {
      const first = /\S/.exec(text)?.[0];
      if (first === undefined) {
        blank.push(text);
        return;
      }
      isJson = first === "{" || first === "[";
      text = blank.join("") + text;
      blank.length = 0;
    }
    if (isJson) json.push(text);
    else csv.push(text);
  };
  let bytes = 0;
  for await (const chunk of chunks) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (buffer.indexOf(0) >= 0) throw new InputError(`${name}: ${notText(buffer, bytes === 0)}`);
    bytes += buffer.length;
    if (bytes > limits.maxBytes) {
      throw new InputError(
        `${name}: more than ${formatSize(limits.maxBytes)}, the cap (--max-bytes)`,
      );
    }
    take(decoder.write(buffer));
  }
  take(decoder.end());
  if (isJson === undefined || (isJson && json.every((text) => text.trim() === ""))) {
    throw new InputError(
      `${name}: ${source === "stdin" ? "the input is empty" : "the file is empty"}`,
    );
  }
  if (!isJson) return csv.end();
  const text = json.join("");
  json.length = 0;
  return parseJson(text, name, limits.maxRows);
}
