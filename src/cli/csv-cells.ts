import { parseDecimal } from "../core/format.js";
import { quote } from "../core/quote.js";
import { isBlank } from "./decimal-scanner.js";
import { InputError } from "./input-error.js";

/** A data cell as a finite number, or an InputError naming where it stands. */
export function cell(text: string, where: string, column: string): number {
  const value = parseDecimal(text);
  if (Number.isFinite(value)) return value;
  const isNumber = !Number.isNaN(value) || /^\s*[+-]?(nan|inf|infinity)\s*$/i.test(text);
  const what = isNumber ? "not a finite number" : "not a number";
  throw new InputError(`${where}: ${column} is ${quote(text.trim())}, ${what}`);
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
