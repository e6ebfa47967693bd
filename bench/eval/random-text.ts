import type { SeededRandom } from '../corpus/seeded-random.ts';
import { bech32Polymod } from '../../src/scanners/secrets/checksums.ts';

export const alphabets = {
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digits: '0123456789',
  hex: '0123456789abcdef',
  base62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  base32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  upperAlnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  // Symbols people put in passwords that survive every syntax here unquoted or quoted.
  passwordSymbols: '!@#%^&*-_+=?.~',
} as const;

/** Random bytes from the seeded generator, for base64 values of a given decoded size. */
export function randomBytes(random: SeededRandom, count: number): Buffer {
  const bytes = Buffer.alloc(count);
  for (let i = 0; i < count; i++) bytes[i] = random.int(0, 255);
  return bytes;
}

export function randomBase64(random: SeededRandom, byteCount: number): string {
  return randomBytes(random, byteCount).toString('base64');
}

export function randomUuid(random: SeededRandom): string {
  const hex = random.hex(32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[random.int(0, 3)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function randomDigits(random: SeededRandom, length: number): string {
  return String(random.int(1, 9)) + random.chars(alphabets.digits, length - 1);
}

/** Random characters until every listed class appears, as generated keys nearly always do. */
export function mixedChars(random: SeededRandom, alphabet: string, length: number, classes: readonly RegExp[] = [/[a-z]/, /[A-Z]/, /[0-9]/]): string {
  for (;;) {
    const value = random.chars(alphabet, length);
    if (classes.every((cls) => !cls.test(alphabet) || cls.test(value))) return value;
  }
}

/** A password a person or a password manager would make: letters, digits and a few symbols. */
export function randomPassword(random: SeededRandom, length: number): string {
  const alphabet = alphabets.lower + alphabets.upper + alphabets.digits + alphabets.passwordSymbols;
  return mixedChars(random, alphabet, length, [/[a-z]/, /[A-Z]/, /[0-9]/, /[!@#%^&*\-_+=?.~]/]);
}

/** Base64url of a JSON value without padding, as JWT parts are written. */
export function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

const bech32Charset = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** BIP-173 bech32 encoding of 5-bit groups: what age identities use (upper-cased). */
export function bech32Encode(hrp: string, data: number[]): string {
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const polymod = bech32Polymod([...expanded, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (polymod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...checksum].map((value) => bech32Charset[value]).join('')}`;
}

/** Lines of base64 the way PEM wraps them (64 columns). */
export function pemBody(random: SeededRandom, byteCount: number, prefix = ''): string[] {
  const body = prefix + randomBase64(random, byteCount).slice(prefix.length);
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  return lines;
}
