const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** IEEE CRC-32 of the UTF-8 bytes of an ASCII string (Node 20's zlib has no crc32). */
export function crc32(value: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < value.length; i++) crc = crcTable[(crc ^ value.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const base62Alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function toBase62(value: number, width: number): string {
  let result = '';
  let remaining = value;
  while (remaining > 0) {
    result = base62Alphabet[remaining % 62] + result;
    remaining = Math.floor(remaining / 62);
  }
  return result.padStart(width, '0');
}

/**
 * GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens end in six base62 characters that
 * encode the CRC-32 of the random part before them. A wrong checksum means a made-up string.
 */
export function hasValidBase62Crc32(body: string): boolean {
  if (body.length <= 6) return false;
  const random = body.slice(0, -6);
  return toBase62(crc32(random), 6) === body.slice(-6);
}

/** Builds a checksum-valid token body from random characters; used by tests and fixtures only. */
export function withBase62Crc32(random: string): string {
  return random + toBase62(crc32(random), 6);
}

const bech32Charset = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** BIP-173 bech32 checksum check (age secret keys use it, upper-cased). */
export function isValidBech32(value: string): boolean {
  const lower = value.toLowerCase();
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || separator + 7 > lower.length) return false;
  const hrp = lower.slice(0, separator);
  const data: number[] = [];
  for (const char of lower.slice(separator + 1)) {
    const index = bech32Charset.indexOf(char);
    if (index === -1) return false;
    data.push(index);
  }
  const values = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data];
  return bech32Polymod(values) === 1;
}

/** BIP-173 checksum polynomial over 5-bit values; 1 for a valid string. Exported for test and bench data generators. */
export function bech32Polymod(values: number[]): number {
  const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) checksum ^= generators[i]!;
  }
  return checksum >>> 0;
}

/** Luhn-free structural check helper: decodes standard or URL-safe base64, or returns undefined. */
export function decodeBase64(value: string): string | undefined {
  const normalized = value.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(normalized)) return undefined;
  try {
    return Buffer.from(normalized, 'base64').toString('utf8');
  } catch {
    return undefined;
  }
}
