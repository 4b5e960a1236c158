import { createHash, randomBytes } from "node:crypto";
import * as nodeFs from "node:fs";
import { basename, dirname, join } from "node:path";
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

/** The file calls loadHostKey makes: node:fs's, or a test's wrapped around them. */
export type HostKeyFs = Pick<
  typeof nodeFs,
  | "readFileSync"
  | "writeFileSync"
  | "chmodSync"
  | "mkdirSync"
  | "linkSync"
  | "renameSync"
  | "unlinkSync"
>;

/** Codes of a file system that cannot hard-link (FAT, some network and FUSE mounts). */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

function readKeyFile(path: string, fs: HostKeyFs): Buffer | undefined {
  try {
    return fs.readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw new InputError(`--host-key: ${quote(path)} cannot be read (${code ?? "error"})`);
  }
}

/**
 * Puts `key` at `path` whole or not at all: written to a temporary file in the same folder, then
 * linked into place, so a server reading `path` meanwhile finds no file or the whole key, never
 * part of one. Returns false when another server's key got there first.
 */
function placeKey(path: string, key: string, fs: HostKeyFs): boolean {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  fs.writeFileSync(temp, key, { mode: 0o600, flag: "wx" });
  try {
    // A umask can take bits off the mode asked for; none can add any.
    fs.chmodSync(temp, 0o600);
    try {
      fs.linkSync(temp, path);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (code === "EEXIST") return false;
      if (!NO_LINKS.has(code)) throw error;
    }
    // No hard links: a rename is as whole, though it replaces a key another server just placed.
    fs.renameSync(temp, path);
    return true;
  } finally {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Renamed away already.
    }
  }
}

/** Keys made before one is given up: a bad one comes about once in 400, sixteen never. */
const MAKE_TRIES = 16;

/**
 * A new ed25519 private key, OpenSSH format, that ssh2 reads back: about one key in 400 that
 * ssh2's generateKeyPairSync makes, its own parseKey refuses ("Malformed OpenSSH private key"), and
 * a server that saved one could never start again. `generate` is ssh2's, or a test's.
 */
export function newHostKey(
  generate: () => string = () => ssh2.utils.generateKeyPairSync("ed25519").private,
): string {
  for (let i = 0; i < MAKE_TRIES; i++) {
    const key = generate();
    if (!(ssh2.utils.parseKey(key) instanceof Error)) return key;
  }
  throw new Error(`ssh2 made ${MAKE_TRIES} ed25519 keys it cannot read back`);
}

/**
 * The server's ed25519 key: read from `path`, or made there on the first start (mode 0600, its
 * folder 0700) and read on every later one, so viewers' known_hosts entries stay valid. Two
 * servers starting at once on one path end up with one key: the second to place its key reads the
 * first's instead.
 */
export function loadHostKey(path: string, fs: HostKeyFs = nodeFs): HostKey {
  let text = readKeyFile(path, fs);
  let isNew = false;
  if (text === undefined) {
    const made = newHostKey();
    try {
      fs.mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      isNew = placeKey(path, made, fs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      throw new InputError(`--host-key: cannot write a new key to ${quote(path)} (${code})`);
    }
    // After a rename the key read back is whichever server's rename came last: the one on disk.
    text = readKeyFile(path, fs);
    if (text === undefined)
      throw new InputError(`--host-key: ${quote(path)} went away as it was made`);
  }
  const key = parsed(text, path);
  return { privateKey: text, fingerprint: fingerprintOf(key.getPublicSSH()), path, isNew };
}
