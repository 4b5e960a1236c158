import { escapeControls } from "../core/quote.js";

/** Bad input from the user: one line for stderr, and exit code 2. Only the CLI throws it. */
export class InputError extends Error {
  override readonly name = "InputError";
}

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EISDIR: "is a directory",
  EACCES: "permission denied",
};

/** A file that could not be opened or read, in words: `run.jsonl: no such file`. */
export function fileError(
  source: string,
  error: unknown,
  isDirectory = "is a directory",
): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const reason =
    code === "EISDIR"
      ? isDirectory
      : (FILE_ERRORS[code] ?? `cannot be read (${(error as Error).message})`);
  return new InputError(`${escapeControls(source)}: ${reason}`);
}
