import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { ScanNotice } from '../core/finding.ts';
import type { SourceText } from '../core/source-file.ts';
import { decodeText } from './decode-text.ts';

export interface TextFileRead {
  text: SourceText | null;
  notice?: ScanNotice;
}

/**
 * Reads one regular file as text: null for binaries, special files and files over the limit (with
 * a notice). O_NONBLOCK keeps a FIFO from hanging the scan. Throws on I/O errors.
 */
export async function readTextFile(absolutePath: string, relativePath: string, maxFileBytes: number): Promise<TextFileRead> {
  // Most scanned files are small and in the page cache: a blocking read of those costs a few
  // microseconds, where four async libuv round trips (open, stat, read, close) cost far more CPU.
  const size = sizeIfRegularFile(absolutePath);
  if (size !== undefined && size <= blockingReadMaxBytes) return readTextFileSync(absolutePath, relativePath, maxFileBytes);
  const handle = await open(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { text: null };
    if (info.size > maxFileBytes) return { text: null, notice: tooLargeNotice(relativePath, info.size, maxFileBytes) };
    return { text: decodeText(await handle.readFile()) };
  } finally {
    await handle.close();
  }
}

/** Files up to this size are read with blocking calls even on the main thread. */
const blockingReadMaxBytes = 256 * 1024;

function sizeIfRegularFile(absolutePath: string): number | undefined {
  try {
    const info = statSync(absolutePath);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The same, blocking. Worker threads use it: one blocking read costs far less than an async
 * round trip through libuv's small thread pool, and a worker has nothing else to do meanwhile.
 */
export function readTextFileSync(absolutePath: string, relativePath: string, maxFileBytes: number): TextFileRead {
  const fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { text: null };
    if (info.size > maxFileBytes) return { text: null, notice: tooLargeNotice(relativePath, info.size, maxFileBytes) };
    const buffer = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < info.size) {
      const read = readSync(fd, buffer, filled, info.size - filled, null);
      if (read === 0) break;
      filled += read;
    }
    return { text: decodeText(filled === info.size ? buffer : buffer.subarray(0, filled)) };
  } finally {
    closeSync(fd);
  }
}

function tooLargeNotice(relativePath: string, size: number, maxFileBytes: number): ScanNotice {
  return {
    path: relativePath,
    code: 'RAMPART_N_FILE_TOO_LARGE',
    message: `skipped: ${formatBytes(size)} is over the ${formatBytes(maxFileBytes)} limit (raise maxFileBytes in the config or --max-file-bytes to scan it)`,
  };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
