import { quote } from "../core/quote.js";
import { InputError } from "./input-error.js";

/** How much a data source may hold: past either cap, reading stops with one line and exit 2. */
export interface DataLimits {
  readonly maxBytes: number;
  readonly maxRows: number;
}

// 10 million rows is 160 MB of numbers, and a CSV of them about 250 MB: each cap alone keeps an
// endless pipe or a device from growing memory without bound, the other being far off.
export const DEFAULT_LIMITS: DataLimits = { maxBytes: 256 * 2 ** 20, maxRows: 10_000_000 };

const UNITS: Readonly<Record<string, number>> = { "": 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 };

/** A size as people write it: `1000`, `64k`, `256M`, `1G` (powers of 1024, an optional `iB`/`B`). */
export function parseSize(flag: string, value: string): number {
  const match = /^\s*(\d+)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(value);
  const bytes = match ? Number(match[1]) * (UNITS[(match[2] ?? "").toLowerCase()] ?? 1) : 0;
  if (!match || bytes < 1 || !Number.isSafeInteger(bytes)) {
    throw new InputError(
      `--${flag}: ${quote(value)} is not a size (a whole number of bytes, or 64k, 256M, 1G)`,
    );
  }
  return bytes;
}

/** `268435456` as `256 MiB`, for messages about the cap. */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [
    ["GiB", 2 ** 30],
    ["MiB", 2 ** 20],
    ["KiB", 2 ** 10],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes.toLocaleString("en-US")} bytes`;
}
