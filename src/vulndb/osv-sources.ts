import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

/** One candidate record file: where it came from (for messages only, never used as a path) and its text. */
export interface OsvEntry {
  readonly label: string;
  readonly text: string;
}

/** Bounds that keep a hostile or broken export from exhausting memory. */
export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
}

// OSV's largest per-ecosystem export holds a few hundred thousand records; single records stay under a few MB.
export const defaultZipLimits: ZipLimits = { maxEntries: 2_000_000, maxEntryBytes: 32 * 1024 * 1024, maxTotalBytes: 8 * 1024 * 1024 * 1024 };

export class OsvSourceError extends Error {}

/** Every `*.json` file under a directory, depth first in name order so imports are reproducible. */
export function* directoryEntries(root: string): Generator<OsvEntry> {
  const walk = function* (dir: string): Generator<OsvEntry> {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) yield* walk(path);
      else if (entry.isFile() && entry.name.endsWith('.json')) yield { label: relative(root, path), text: readFileSync(path, 'utf8') };
    }
  };
  yield* walk(root);
}

/**
 * The `*.json` entries of a zip (OSV's `all.zip`: one record per entry), decompressed in memory
 * and counted as they inflate, so a zip bomb stops at the limit whatever its headers claim.
 * Entry names only label messages; nothing is written to disk.
 */
export function zipEntries(data: Uint8Array, label: string, limits: ZipLimits = defaultZipLimits): OsvEntry[] {
  const entries: OsvEntry[] = [];
  let failure: Error | undefined;
  let count = 0;
  let total = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    if (failure || !file.name.endsWith('.json')) return;
    count += 1;
    if (count > limits.maxEntries) {
      failure = new OsvSourceError(`${label}: more than ${limits.maxEntries} entries`);
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new OsvSourceError(`${label}: entry ${file.name} does not inflate: ${error.message}`);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxEntryBytes || total > limits.maxTotalBytes) {
        failure = new OsvSourceError(`${label}: decompressed size exceeds the limit (${size > limits.maxEntryBytes ? `entry ${file.name} over ${limits.maxEntryBytes}` : `total over ${limits.maxTotalBytes}`} bytes); refusing a possible zip bomb`);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) entries.push({ label: `${label}!${file.name}`, text: Buffer.concat(chunks).toString('utf8') });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Feed in slices so the size checks run while inflating, not after.
    const slice = 1024 * 1024;
    // The entry callbacks set `failure` while push() runs; a function call makes that visible to the linter.
    const stopped = (): boolean => failure !== undefined;
    for (let offset = 0; offset < data.length && !stopped(); offset += slice) unzip.push(data.subarray(offset, offset + slice), offset + slice >= data.length);
    if (data.length === 0) unzip.push(new Uint8Array(0), true);
  } catch (error) {
    failure ??= new OsvSourceError(`${label}: not a readable zip: ${(error as Error).message}`);
  }
  if (failure) throw failure;
  return entries;
}
