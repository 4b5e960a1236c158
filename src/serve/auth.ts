import type { AuthContext, AuthenticationType } from "ssh2";
import type { Attempts } from "./attempts.js";
import type { AuthorizedKey } from "./authorized-keys.js";
import { isRoomCode } from "./room-code.js";

/** Who gets in: whoever gives the room code (the default), the keys of a file, or anyone. */
export type Access =
  | { readonly kind: "room-code"; readonly code: string }
  | { readonly kind: "keys"; readonly keys: readonly AuthorizedKey[] }
  | { readonly kind: "open" };

/** Wrong answers one connection may give before it is closed, as OpenSSH's own server does. */
export const TRIES_PER_CONNECTION = 3;

const CODE_METHODS: readonly AuthenticationType[] = ["keyboard-interactive", "password"];

/**
 * Decides one sign-in attempt. `onFailure` is called for each wrong room code or bad key
 * signature (not for `none`, nor a client asking whether a key would do), which counts against the
 * address; a locked-out address is refused whatever it sends.
 */
export function authenticate(
  ctx: AuthContext,
  access: Access,
  address: string,
  attempts: Attempts,
  onFailure: () => void,
): void {
  if (attempts.isLockedOut(address)) {
    ctx.reject([]);
    onFailure();
    return;
  }
  const fail = (methods: readonly AuthenticationType[]) => {
    attempts.fail(address);
    ctx.reject([...methods]);
    onFailure();
  };
  switch (access.kind) {
    case "open":
      ctx.accept();
      return;
    case "room-code":
      if (ctx.method === "password") {
        if (isRoomCode(ctx.password, access.code)) ctx.accept();
        else fail(CODE_METHODS);
      } else if (ctx.method === "keyboard-interactive") {
        ctx.prompt(
          [{ prompt: "room code: ", echo: true }],
          "gd-tui",
          "Type the room code shown on the presenter's screen.",
          (answers) => {
            if (isRoomCode(answers[0] ?? "", access.code)) ctx.accept();
            else fail(CODE_METHODS);
          },
        );
      } else {
        ctx.reject([...CODE_METHODS]);
      }
      return;
    case "keys": {
      if (ctx.method !== "publickey") {
        ctx.reject(["publickey"]);
        return;
      }
      const { key } = ctx;
      const known = access.keys.find((k) => k.blob.equals(key.data));
      if (!known) {
        if (ctx.signature) fail(["publickey"]);
        else ctx.reject(["publickey"]);
        return;
      }
      // Without a signature the client only asks whether this key would do.
      if (!ctx.signature || !ctx.blob) {
        ctx.accept();
        return;
      }
      if (known.verify(ctx.blob, ctx.signature, ctx.hashAlgo)) ctx.accept();
      else fail(["publickey"]);
      return;
    }
    default:
      access satisfies never;
  }
}
