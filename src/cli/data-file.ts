import { parse } from "csv-parse/sync";
import type { Dataset } from "../core/data.js";
import { parseDecimal } from "../core/format.js";
import { InputError } from "./input-error.js";

/** A data cell as a finite number, or an InputError naming where it stands. */
function cell(text: string, where: string, column: string): number {
  const value = parseDecimal(text);
  if (Number.isFinite(value)) return value;
  const isNumber = !Number.isNaN(value) || /^[+-]?(nan|inf|infinity)$/i.test(text);
  const what = isNumber ? "not a finite number" : "not a number";
  throw new InputError(`${where}: ${column} is '${text}', ${what}`);
}

/**
 * Parses a data set from a file's text: JSON `{"x": [...], "y": [...]}` when it starts with `{`,
 * otherwise CSV with the header `x,y` (a byte-order mark and CRLF line ends are fine).
 */
export function parseData(text: string, source: string): Dataset {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") {
    throw new InputError(
      `${source}: ${source === "stdin" ? "the input is empty" : "the file is empty"}`,
    );
  }
  const isJson = /\.json$/i.test(source) || /^[[{]/.test(body.trimStart());
  return isJson ? parseJson(body, source) : parseCsv(body, source);
}

/** V8's JSON.parse message without its quoted excerpt, and the line its position falls on. */
function jsonProblem(source: string, text: string, error: Error): InputError {
  const position = /position (\d+)/.exec(error.message)?.[1];
  const what = (error.message.split(/, (?:\.\.\.)?"/)[0] ?? "").replace(
    / in JSON at position \d+.*$/s,
    "",
  );
  const line =
    position === undefined ? "" : ` line ${text.slice(0, Number(position)).split("\n").length}`;
  return new InputError(`${source}${line}: not valid JSON (${what})`);
}

function parseCsv(text: string, source: string): Dataset {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const { message, lines } = error as { message: string; lines?: number };
    throw new InputError(`${source}${lines ? ` line ${lines}` : ""}: not valid CSV (${message})`);
  }
  const [header, ...data] = rows;
  const names = header?.record.map((name) => name.toLowerCase()) ?? [];
  if (names.length !== 2 || names[0] !== "x" || names[1] !== "y") {
    const found = header ? `'${header.record.join(",")}'` : "nothing";
    throw new InputError(
      `${source} line ${header?.info.lines ?? 1}: the header must be 'x,y', found ${found}`,
    );
  }
  if (data.length === 0) throw new InputError(`${source}: no data rows after the header`);
  const xs: number[] = [];
  const ys: number[] = [];
  for (const { record, info } of data) {
    const where = `${source} line ${info.lines}`;
    if (record.length !== 2) {
      throw new InputError(`${where}: expected 2 columns (x,y), found ${record.length}`);
    }
    xs.push(cell(record[0] as string, where, "x"));
    ys.push(cell(record[1] as string, where, "y"));
  }
  return { name: source, xs, ys };
}

function parseJson(text: string, source: string): Dataset {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw jsonProblem(source, text, error as Error);
  }
  const object = value as { x?: unknown; y?: unknown };
  if (!Array.isArray(object.x) || !Array.isArray(object.y)) {
    throw new InputError(`${source}: JSON data must be {"x": [numbers], "y": [numbers]}`);
  }
  if (object.x.length !== object.y.length) {
    throw new InputError(
      `${source}: "x" has ${object.x.length} values but "y" has ${object.y.length}; they must match`,
    );
  }
  if (object.x.length === 0) throw new InputError(`${source}: "x" and "y" are empty`);
  const column = (values: unknown[], name: string): number[] =>
    values.map((v, i) => {
      if (typeof v === "number" && Number.isFinite(v)) return v;
      const what = typeof v === "number" ? "not a finite number" : "not a number";
      throw new InputError(
        `${source}: ${name}[${i}] is ${typeof v === "number" ? v : JSON.stringify(v)}, ${what}`,
      );
    });
  return { name: source, xs: column(object.x, "x"), ys: column(object.y, "y") };
}
