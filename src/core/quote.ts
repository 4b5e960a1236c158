/**
 * Text from outside (data cells, file names, flags, typed keys) made safe to print to a terminal:
 * a control character would otherwise be obeyed, not shown (`\e[2J` clears the screen, `\e]0;…\a`
 * retitles the window), and on a shared server one viewer's data would reach another's terminal.
 */

const NAMED: Readonly<Record<string, string>> = {
  "\x1b": "\\e",
  "\t": "\\t",
  "\n": "\\n",
  "\r": "\\r",
  "\\": "\\\\",
};

// C0 and C1 controls, DEL, line and paragraph separators, bidirectional overrides and isolates
// (which reorder what follows them on screen), and lone surrogates (no character at all).
const UNSAFE = new RegExp(
  "[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\\\]" +
    "|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
  "gu",
);

/**
 * `text` with every character a terminal would act on written as an escape (`\e`, `\x07`).
 * `isEscaped`: the text is a message already built from escaped values, so a backslash in it
 * stands for itself and is kept, not written `\\` a second time.
 */
export function escapeControls(text: string, isEscaped = false): string {
  return text.replace(UNSAFE, (ch) => {
    if (isEscaped && ch === "\\") return ch;
    const named = NAMED[ch];
    if (named) return named;
    const code = ch.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** Longest value shown whole in a message; longer ones are cut, with their length said. */
export const QUOTE_MAX = 40;

/**
 * A value from outside for a one-line message: escaped, quoted, and cut to `max` characters with
 * its size (`'aaaa…' (3,000,000 characters)`) so that a 50 MB cell makes a readable line.
 */
export function quote(text: string, max = QUOTE_MAX): string {
  // Counted in place: Array.from on a 50 MB cell would make 50 million strings to count them.
  let count = 0;
  let cut = text.length;
  for (let i = 0; i < text.length; i++) {
    if (count === max) cut = i;
    count++;
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
  }
  if (count <= max) return `'${escapeControls(text)}'`;
  const size = count.toLocaleString("en-US");
  return `'${escapeControls(text.slice(0, cut))}…' (${size} characters)`;
}
