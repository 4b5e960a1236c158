import { parseDecimal } from "../core/format.js";
import { quote } from "../core/quote.js";
import { InputError } from "./input-error.js";

/** A data cell as a finite number, or an InputError naming where it stands. */
export function cell(text: string, where: string, column: string): number {
  const value = parseDecimal(text);
  if (Number.isFinite(value)) return value;
  const isNumber = !Number.isNaN(value) || /^\s*[+-]?(nan|inf|infinity)\s*$/i.test(text);
  const what = isNumber ? "not a finite number" : "not a number";
  throw new InputError(`${where}: ${column} is ${quote(text.trim())}, ${what}`);
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isBlank = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0d;

/**
 * Where a plain decimal number (the grammar of parseDecimal) written from `i`, between blanks,
 * ends: the index of the first character after it and its blanks, or -1 when there is none. Only
 * what JavaScript's Number() reads the same way is let through, so Number() can then convert it.
 */
export function decimalEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  let code = text.charCodeAt(i);
  if (code === 0x2b || code === 0x2d) code = text.charCodeAt(++i);
  let digits = 0;
  while (i < end && isDigit(code)) {
    digits++;
    code = text.charCodeAt(++i);
  }
  if (i < end && code === 0x2e) {
    code = text.charCodeAt(++i);
    while (i < end && isDigit(code)) {
      digits++;
      code = text.charCodeAt(++i);
    }
  }
  if (digits === 0) return -1;
  if (i < end && (code === 0x65 || code === 0x45)) {
    code = text.charCodeAt(++i);
    if (code === 0x2b || code === 0x2d) code = text.charCodeAt(++i);
    if (i >= end || !isDigit(code)) return -1;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
  }
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The fields of one CSV record that holds a double quote: a quoted field may hold commas, newlines
 * and `""` for a quote; blanks around a field are dropped, as for unquoted ones. A quote inside an
 * unquoted field, or text after a closing quote, is an error naming `where`; undefined when a
 * quoted field is still open at the end of `text` (it goes on past a newline, or is never closed).
 */
export function splitQuoted(text: string, where: string): string[] | undefined {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    while (isBlank(text.charCodeAt(i))) i++;
    if (text[i] === '"') {
      let value = "";
      for (i++; ; i++) {
        const close = text.indexOf('"', i);
        if (close < 0) return undefined;
        value += text.slice(i, close);
        i = close + 1;
        if (text[i] !== '"') break;
        value += '"';
      }
      while (isBlank(text.charCodeAt(i))) i++;
      if (i < text.length && text[i] !== ",") {
        throw new InputError(`${where}: not valid CSV (text after a closing quote)`);
      }
      fields.push(value);
    } else {
      const comma = text.indexOf(",", i);
      const field = comma < 0 ? text.slice(i) : text.slice(i, comma);
      if (field.includes('"')) {
        throw new InputError(`${where}: not valid CSV (a quote inside an unquoted field)`);
      }
      fields.push(field);
      i = comma < 0 ? text.length : comma;
    }
    if (i >= text.length) return fields;
    i++; // the comma
  }
}
