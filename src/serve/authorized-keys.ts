import { readFileSync } from "node:fs";
import ssh2 from "ssh2";
import { InputError } from "../cli/input-error.js";
import { quote } from "../core/quote.js";

export interface AuthorizedKey {
  readonly blob: Buffer;
  readonly verify: (data: Buffer, signature: Buffer, hashAlgo?: string) => boolean;
}

/**
 * The keys of an OpenSSH authorized_keys file: one `type base64 [comment]` a line, `#` comments and
 * blank lines skipped. Options before the type (`from=…`, `command=…`) are not supported and are
 * refused by line rather than ignored, since ignoring them would let in more than the file says.
 */
export function readAuthorizedKeys(path: string): AuthorizedKey[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new InputError(`--authorized-keys: ${quote(path)} cannot be read (${code})`);
  }
  const keys: AuthorizedKey[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const where = `--authorized-keys: ${quote(path)} line ${index + 1}`;
    const key = ssh2.utils.parseKey(line);
    if (key instanceof Error || Array.isArray(key)) {
      throw new InputError(
        `${where}: not a public key (type base64 [comment]; options unsupported)`,
      );
    }
    if (key.isPrivateKey()) throw new InputError(`${where}: a private key, not a public one`);
    keys.push({
      blob: key.getPublicSSH(),
      verify: (data, signature, hashAlgo) => key.verify(data, signature, hashAlgo) === true,
    });
  });
  if (keys.length === 0) throw new InputError(`--authorized-keys: ${quote(path)} holds no keys`);
  return keys;
}
