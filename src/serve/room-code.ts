import { randomInt, timingSafeEqual } from "node:crypto";

/** No 0/o, 1/l/i: letters and digits nobody misreads off a projector. */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const GROUP = 4;

/**
 * A room code such as `kq7m-x3tp`: two groups of four from 31 symbols, about 40 bits. Guessing it
 * over SSH runs into the per-address limit on failed attempts long before it gets anywhere.
 */
export function createRoomCode(pick: (n: number) => number = randomInt): string {
  const group = () => Array.from({ length: GROUP }, () => ALPHABET[pick(ALPHABET.length)]).join("");
  return `${group()}-${group()}`;
}

/**
 * Whether `answer` is the room code: case, spaces and the dash are forgiven (people type what they
 * read); the comparison takes the same time wherever the first difference is.
 */
export function isRoomCode(answer: string, code: string): boolean {
  const norm = (text: string) => Buffer.from(text.toLowerCase().replace(/[\s-]/g, "").slice(0, 64));
  const a = norm(answer);
  const b = norm(code);
  return a.length === b.length && timingSafeEqual(a, b);
}
