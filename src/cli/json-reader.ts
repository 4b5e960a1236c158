import type { Dataset } from "../core/data.js";
import { quote } from "../core/quote.js";
import { InputError } from "./input-error.js";

/** V8's JSON.parse message without its quoted excerpt, and the line its position falls on. */
function jsonProblem(name: string, text: string, error: Error): InputError {
  const position = /position (\d+)/.exec(error.message)?.[1];
  const what = (error.message.split(/, (?:\.\.\.)?"/)[0] ?? "").replace(
    / in JSON at position \d+.*$/s,
    "",
  );
  const line =
    position === undefined ? "" : ` line ${text.slice(0, Number(position)).split("\n").length}`;
  return new InputError(`${name}${line}: not valid JSON (${what})`);
}

/**
 * A JSON value that is not a number, in a few words: written out whole, an array nested 100,000
 * deep would overflow the stack of JSON.stringify, and a large object make a huge line.
 */
function described(value: unknown): string {
  if (typeof value === "string") return `the string ${quote(value)}`;
  if (Array.isArray(value)) return "an array";
  if (value === null || typeof value === "boolean") return String(value);
  return "an object";
}

/** `values` itself once every one is a finite number: JSON.parse made it, nothing else holds it. */
function column(values: readonly unknown[], name: string, column: string): readonly number[] {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number" && Number.isFinite(v)) continue;
    const what = typeof v === "number" ? "not a finite number" : "not a number";
    const shown = typeof v === "number" ? String(v) : described(v);
    throw new InputError(`${name}: ${column}[${i}] is ${shown}, ${what}`);
  }
  return values as readonly number[];
}

/** JSON `{"x": [numbers], "y": [numbers]}`, at most `maxRows` pairs. */
export function parseJson(text: string, name: string, maxRows: number): Dataset {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw jsonProblem(name, text, error as Error);
  }
  const object = (typeof value === "object" && value !== null ? value : {}) as {
    x?: unknown;
    y?: unknown;
  };
  if (!Array.isArray(object.x) || !Array.isArray(object.y)) {
    throw new InputError(`${name}: JSON data must be {"x": [numbers], "y": [numbers]}`);
  }
  if (object.x.length !== object.y.length) {
    throw new InputError(
      `${name}: "x" has ${object.x.length} values but "y" has ${object.y.length}; they must match`,
    );
  }
  if (object.x.length === 0) throw new InputError(`${name}: "x" and "y" are empty`);
  if (object.x.length > maxRows) {
    throw new InputError(
      `${name}: ${object.x.length.toLocaleString("en-US")} rows, more than the cap of ${maxRows.toLocaleString("en-US")} (--max-rows)`,
    );
  }
  return { name, xs: column(object.x, name, "x"), ys: column(object.y, name, "y") };
}
