import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { ScanNotice } from '../core/finding.ts';
import { headBytes, type ByteRanges } from '../core/source-file.ts';
import { formatBytes } from './read-text-file.ts';

export interface BinaryFileRead {
  bytes: Uint8Array | null;
  notice?: ScanNotice;
}

/**
 * Reads one regular file whole for a binary-parsing scanner: null for special files and for files
 * over `maxBytes` (with a notice). O_NONBLOCK keeps a FIFO from hanging the scan. Throws on I/O errors.
 */
export async function readBinaryFile(absolutePath: string, relativePath: string, maxBytes: number): Promise<BinaryFileRead> {
  const handle = await open(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { bytes: null };
    if (info.size > maxBytes) return { bytes: null, notice: binaryTooLargeNotice(relativePath, info.size, maxBytes) };
    return { bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

/** The first `headBytes` bytes of a regular file (empty for anything else), to recognise executables. */
export async function readFileHead(absolutePath: string): Promise<Uint8Array> {
  const handle = await open(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!(await handle.stat()).isFile()) return new Uint8Array(0);
    const buffer = Buffer.alloc(headBytes);
    const { bytesRead } = await handle.read(buffer, 0, headBytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function binaryTooLargeNotice(relativePath: string, size: number, maxBytes: number): ScanNotice {
  return {
    path: relativePath,
    code: 'RAMPART_N_FILE_TOO_LARGE',
    message: `not parsed as a binary package input: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit (raise maxBinaryFileBytes in the config to read it)`,
  };
}

/**
 * Runs `use` with synchronous range reads of a regular file (null for anything else), then closes
 * it. Reads are positioned, so nothing outside the asked ranges is read or kept in memory.
 */
export async function withFileRanges<T>(absolutePath: string, use: (ranges: ByteRanges) => T): Promise<T | null> {
  const descriptor = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(descriptor);
    if (!info.isFile()) return null;
    return use({ size: info.size, read: (offset, length) => readRange(descriptor, offset, length) });
  } finally {
    closeSync(descriptor);
  }
}

function readRange(descriptor: number, offset: number, length: number): Uint8Array {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const count = readSync(descriptor, buffer, filled, length - filled, offset + filled);
    // End of file: the file shrank since it was measured.
    if (count === 0) break;
    filled += count;
  }
  return buffer.subarray(0, filled);
}
