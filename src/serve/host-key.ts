import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ssh2 from "ssh2";
import { InputError } from "../cli/input-error.js";
import { quote } from "../core/quote.js";

export interface HostKey {
  /** The private key, OpenSSH format, as the server hands it to ssh2. */
  readonly privateKey: Buffer;
  /** `SHA256:…`, the way `ssh` shows it when it asks to trust a host. */
  readonly fingerprint: string;
  readonly path: string;
  readonly isNew: boolean;
}

/** Where the host key lives unless --host-key says: `$XDG_CONFIG_HOME/gd-tui/`, else `~/.config/gd-tui/`. */
export function defaultHostKeyPath(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || ".", ".config");
  return join(base, "gd-tui", "ssh_host_ed25519_key");
}

/** SHA-256 of the key's wire-format blob, base64 without padding, as OpenSSH prints it. */
export function fingerprintOf(publicBlob: Buffer): string {
  return `SHA256:${createHash("sha256").update(publicBlob).digest("base64").replace(/=+$/, "")}`;
}

function parsed(text: Buffer, path: string) {
  const key = ssh2.utils.parseKey(text);
  if (key instanceof Error || Array.isArray(key) || !key.isPrivateKey()) {
    const why = key instanceof Error ? ` (${key.message})` : "";
    throw new InputError(
      `--host-key: ${quote(path)} is not an unencrypted OpenSSH private key${why}`,
    );
  }
  return key;
}

/**
 * The server's ed25519 key: read from `path`, or made there on the first start (mode 0600, its
 * folder 0700) and read on every later one, so viewers' known_hosts entries stay valid.
 */
export function loadHostKey(path: string): HostKey {
  let text: Buffer | undefined;
  try {
    text = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") {
      throw new InputError(`--host-key: ${quote(path)} cannot be read (${code ?? "error"})`);
    }
  }
  const isNew = text === undefined;
  if (text === undefined) {
    const pair = ssh2.utils.generateKeyPairSync("ed25519");
    try {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      writeFileSync(path, pair.private, { mode: 0o600, flag: "wx" });
      chmodSync(path, 0o600);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      throw new InputError(`--host-key: cannot write a new key to ${quote(path)} (${code})`);
    }
    text = Buffer.from(pair.private);
  }
  const key = parsed(text, path);
  return { privateKey: text, fingerprint: fingerprintOf(key.getPublicSSH()), path, isNew };
}
