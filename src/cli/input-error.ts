/** Bad input from the user: one line for stderr, and exit code 2. Only the CLI throws it. */
export class InputError extends Error {
  override readonly name = "InputError";
}
