import { isIP } from "node:net";
import { quote } from "../core/quote.js";
import { MAX_PER_ADDRESS } from "../serve/server.js";
import { InputError } from "./input-error.js";

/** `gd-tui serve`'s own flags; the rest are the run flags every dashboard is built from. */
export interface ServeFlags {
  readonly port: number;
  readonly host: string;
  readonly hostKey: string | undefined;
  readonly authorizedKeys: string | undefined;
  readonly isOpen: boolean;
  readonly isFollow: boolean;
  readonly maxSessions: number;
  readonly maxPerAddress: number;
  readonly idleTimeoutSeconds: number;
}

export const SERVE_DEFAULTS = {
  port: 2222,
  host: "127.0.0.1",
  maxSessions: 64,
  maxPerAddress: MAX_PER_ADDRESS,
  idleTimeoutSeconds: 1800,
} as const;

const VALUED = [
  "port",
  "host",
  "host-key",
  "authorized-keys",
  "max-sessions",
  "max-per-address",
  "idle-timeout",
];
const SWITCHES = ["open", "follow"];

function whole(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new InputError(`--${flag}: ${quote(value)} is not a whole number from ${min} to ${max}`);
  }
  return n;
}

/**
 * Splits serve's flags (`--port 0`, `--port=0`) from the run flags, which are then parsed as
 * gd-tui's own. Each value is checked here, with one line naming the flag.
 */
export function parseServeFlags(args: readonly string[]): { flags: ServeFlags; rest: string[] } {
  const given = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [name = "", inline] = arg.startsWith("--") ? arg.slice(2).split(/=(.*)/s, 2) : [""];
    if (VALUED.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new InputError(`--${name} needs a value`);
      given.set(name, value);
    } else if (SWITCHES.includes(name)) {
      if (inline !== undefined) throw new InputError(`--${name} takes no value`);
      given.set(name, "");
    } else {
      rest.push(arg);
    }
  }
  const host = given.get("host") ?? SERVE_DEFAULTS.host;
  if (isIP(host) === 0) {
    throw new InputError(`--host: ${quote(host)} is not an IP address (e.g. 127.0.0.1 or 0.0.0.0)`);
  }
  const isOpen = given.has("open");
  const authorizedKeys = given.get("authorized-keys");
  if (isOpen && authorizedKeys !== undefined) {
    throw new InputError("--open and --authorized-keys: choose one (--open lets anyone in)");
  }
  for (const name of ["host-key", "authorized-keys"]) {
    if (given.get(name) === "") throw new InputError(`--${name} needs a file`);
  }
  const number = (flag: string, fallback: number, min: number, max: number) => {
    const value = given.get(flag);
    return value === undefined ? fallback : whole(flag, value, min, max);
  };
  return {
    flags: {
      port: number("port", SERVE_DEFAULTS.port, 0, 65535),
      host,
      hostKey: given.get("host-key"),
      authorizedKeys,
      isOpen,
      isFollow: given.has("follow"),
      maxSessions: number("max-sessions", SERVE_DEFAULTS.maxSessions, 1, 10_000),
      maxPerAddress: number("max-per-address", SERVE_DEFAULTS.maxPerAddress, 1, 10_000),
      idleTimeoutSeconds: number("idle-timeout", SERVE_DEFAULTS.idleTimeoutSeconds, 1, 604_800),
    },
    rest,
  };
}
