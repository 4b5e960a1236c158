import * as fs from "node:fs";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type HostKeyFs, loadHostKey, newHostKey } from "../../src/serve/host-key.js";

const freshPath = () =>
  join(fs.mkdtempSync(join(tmpdir(), "gd-tui-host-key-")), "gd-tui", "ssh_host_ed25519_key");

type Name = keyof HostKeyFs;
const NAMES: Name[] = [
  "readFileSync",
  "writeFileSync",
  "chmodSync",
  "mkdirSync",
  "linkSync",
  "renameSync",
  "unlinkSync",
];

/**
 * node:fs itself, each call passed through `around(name, call)`: the real files are made, read
 * and linked; a test only watches, or runs something of its own in between.
 */
function watchedFs(around: (name: Name, call: () => unknown) => unknown): HostKeyFs {
  const wrapped: Record<string, unknown> = {};
  for (const name of NAMES) {
    const real = Reflect.get(fs, name) as (...args: unknown[]) => unknown;
    wrapped[name] = (...args: unknown[]) => around(name, () => real(...args));
  }
  return wrapped as unknown as HostKeyFs;
}

/** A watcher noting into `appeared` each call that made `path` appear; `before` runs first. */
function noteAppearing(path: string, appeared: Name[], before?: (name: Name) => void): HostKeyFs {
  return watchedFs((name, call) => {
    before?.(name);
    const had = existsSync(path);
    const result = call();
    if (!had && existsSync(path)) appeared.push(name);
    return result;
  });
}

describe("loadHostKey: the first write is whole or nothing", () => {
  it("makes the key file appear only by a link or rename of one already written", () => {
    const path = freshPath();
    const appeared: Name[] = [];
    const key = loadHostKey(path, noteAppearing(path, appeared));
    // A write straight to the path (as writeFileSync with flag wx did) would make it appear
    // empty first, then partly written: a server reading it then read half a key.
    expect(appeared).toEqual(["linkSync"]);
    expect(key.isNew).toBe(true);
    expect(fs.readFileSync(path)).toEqual(key.privateKey);
    expect(fs.statSync(path).mode & 0o777).toBe(0o600);
    // The temporary file is gone: the folder holds the key alone.
    expect(fs.readdirSync(join(path, ".."))).toEqual(["ssh_host_ed25519_key"]);
  });

  it("two servers starting at once end up with one key: the later reads the earlier's", () => {
    const path = freshPath();
    let other: ReturnType<typeof loadHostKey> | undefined;
    // The other server makes and places its key while this one is writing its own.
    const mine = loadHostKey(
      path,
      watchedFs((name, call) => {
        if (other === undefined && name === "writeFileSync") other = loadHostKey(path);
        return call();
      }),
    );
    expect(other?.isNew).toBe(true);
    expect(mine.isNew).toBe(false);
    expect(mine.fingerprint).toBe(other?.fingerprint);
    expect(fs.readFileSync(path)).toEqual(other?.privateKey);
    expect(fs.readdirSync(join(path, ".."))).toEqual(["ssh_host_ed25519_key"]);
  });

  it("on a file system without hard links, renames the written key into place", () => {
    const path = freshPath();
    const appeared: Name[] = [];
    const noLinks = (name: Name) => {
      if (name === "linkSync") throw Object.assign(new Error("no links here"), { code: "EPERM" });
    };
    const key = loadHostKey(path, noteAppearing(path, appeared, noLinks));
    expect(appeared).toEqual(["renameSync"]);
    expect(key.isNew).toBe(true);
    expect(fs.readFileSync(path)).toEqual(key.privateKey);
    expect(fs.readdirSync(join(path, ".."))).toEqual(["ssh_host_ed25519_key"]);
  });

  it("says which path it could not write, and leaves no temporary file behind", () => {
    const path = freshPath();
    const failing = watchedFs((name, call) => {
      if (name === "linkSync") throw Object.assign(new Error("disk gone"), { code: "EIO" });
      return call();
    });
    expect(() => loadHostKey(path, failing)).toThrow(
      /^--host-key: cannot write a new key to .* \(EIO\)$/,
    );
    expect(fs.readdirSync(join(path, ".."))).toEqual([]);
  });
});

describe("a new host key is one ssh2 reads back", () => {
  it("makes another when ssh2 made one its own parser refuses", () => {
    const good = newHostKey();
    const made = [
      "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n",
      good,
    ];
    expect(newHostKey(() => made.shift() as string)).toBe(good);
    expect(made).toEqual([]);
  });

  it("starts every one of 3,000 fresh servers (ssh2 alone made ~1 in 400 keys it cannot read)", {
    timeout: 60_000,
  }, () => {
    const dir = fs.mkdtempSync(join(tmpdir(), "gd-tui-keys-"));
    try {
      for (let i = 0; i < 3000; i++) {
        expect(loadHostKey(join(dir, `k${i}`, "ssh_host_ed25519_key")).isNew).toBe(true);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
