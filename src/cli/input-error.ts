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

/**
 * A file that could not be opened, read or written, in words: `run.jsonl: no such file`.
 * `isDirectory` says what a directory is not; `failed` what could not be done with the file.
 */
export function fileError(
  source: string,
  error: unknown,
  isDirectory = "is a directory",
  failed = "cannot be read",
): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const known = code === "EISDIR" ? isDirectory : FILE_ERRORS[code];
  return new InputError(
    `${escapeControls(source)}: ${known ?? `${failed} (${(error as Error).message})`}`,
  );
}
