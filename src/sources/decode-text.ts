import { isBinaryBuffer, type SourceText } from '../core/source-file.ts';

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Bytes to text: null for binaries (NUL sniffing), invalid UTF-8 replaced rather than fatal. */
export function decodeText(buffer: Uint8Array): SourceText | null {
  if (isBinaryBuffer(buffer)) return null;
  return { text: utf8.decode(buffer), bytes: buffer.length };
}
