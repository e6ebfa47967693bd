import { constants } from 'node:fs';
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
  const handle = await open(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { text: null };
    if (info.size > maxFileBytes) {
      return {
        text: null,
        notice: {
          path: relativePath,
          code: 'RAMPART_N_FILE_TOO_LARGE',
          message: `skipped: ${formatBytes(info.size)} is over the ${formatBytes(maxFileBytes)} limit (raise maxFileBytes in the config or --max-file-bytes to scan it)`,
        },
      };
    }
    return { text: decodeText(await handle.readFile()) };
  } finally {
    await handle.close();
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
