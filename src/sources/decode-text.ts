import { isBinaryBuffer, type SourceText } from '../core/source-file.ts';

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: false, ignoreBOM: false });

/**
 * Bytes to text: null for binaries (a NUL in the first 8 KiB, as git and grep decide), invalid
 * UTF-8 replaced rather than fatal. A NUL after the first 8 KiB does not make a file binary: the
 * text is scanned with it. UTF-16 text with a byte order mark (PowerShell and Windows tools write
 * it) is full of NULs, so it is decoded as UTF-16 instead of being skipped.
 */
export function decodeText(buffer: Uint8Array): SourceText | null {
  const utf16 = decodeUtf16WithBom(buffer);
  if (utf16 !== undefined) return utf16 === null ? null : { text: utf16, bytes: buffer.length };
  if (isBinaryBuffer(buffer)) return null;
  return { text: utf8.decode(buffer), bytes: buffer.length };
}

/** undefined: no UTF-16 BOM; null: a BOM, but NUL characters follow, so binary after all. */
function decodeUtf16WithBom(buffer: Uint8Array): string | null | undefined {
  if (buffer.length < 2 || buffer.length % 2 !== 0) return undefined;
  const decoder = buffer[0] === 0xff && buffer[1] === 0xfe ? utf16le : buffer[0] === 0xfe && buffer[1] === 0xff ? utf16be : undefined;
  if (!decoder) return undefined;
  const text = decoder.decode(buffer);
  return text.slice(0, 4096).includes('\0') ? null : text;
}
