import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Decompress } from 'fzstd';
import tar from 'tar-stream';
import { RampartError } from '../../core/errors.ts';
import { headBytes } from '../../core/source-file.ts';
import { normalizeImagePath } from './image-path.ts';

export type LayerEntryKind = 'file' | 'directory' | 'symlink' | 'link' | 'other';

export interface LayerEntry {
  /** Normalized path inside the image (no leading `/`). */
  path: string;
  kind: LayerEntryKind;
  size: number;
  /** Regular files up to the caller's size limit, or kept by `keepLarger`; undefined for other files and non-files. */
  content?: Buffer;
  /** The first `headBytes` bytes of a regular file, to recognise executables without keeping them. */
  head?: Uint8Array;
  /** Symlink and hard-link targets, as written. */
  linkTarget?: string;
}

export interface LayerReadBudget {
  /** Bytes of decompressed tar the remaining layers may still use. */
  uncompressedBytesLeft: number;
  entriesLeft: number;
}

/** gzip starts 1f 8b; zstd frames start 28 b5 2f fd; anything else is read as a plain tar. */
function compressionOf(head: Buffer): 'gzip' | 'zstd' | 'none' {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  return 'none';
}

/** fzstd is a pure-JS streaming decoder (Node 20's zlib has no zstd). */
function createZstdDecoder(): Transform {
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        decoder.push(chunk);
        done();
      } catch (cause) {
        done(cause as Error);
      }
    },
    flush(done) {
      try {
        decoder.push(new Uint8Array(0), true);
        done();
      } catch (cause) {
        done(cause as Error);
      }
    },
  });
  const decoder = new Decompress((data) => transform.push(Buffer.from(data)));
  return transform;
}

/** Counts decompressed bytes against the budget and hashes them (the layer's diff id). */
function createMeter(budget: LayerReadBudget, layerName: string, hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      budget.uncompressedBytesLeft -= chunk.length;
      if (budget.uncompressedBytesLeft < 0) {
        done(new RampartError('RAMPART_E_IMAGE', `layer ${layerName} decompresses beyond the image size limit (a decompression bomb, or an image too large to scan)`, { hint: 'raise --max-image-bytes if the image is genuinely this large' }));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
}

async function readHead(path: string): Promise<Buffer> {
  const stream = createReadStream(path, { start: 0, end: 3 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Streams one layer blob (gzip, zstd or plain tar) and yields its entries in order, with regular
 * files up to `maxContentBytes` read into memory. Entries with unsafe names go to `onUnsafe` and
 * are skipped. The layer is decompressed once and nothing is written to disk. When the stream
 * ends, `digests.diffId` holds the sha256 of the decompressed tar, to compare with the config's
 * `rootfs.diff_ids`.
 */
export async function* layerEntries(
  blobPath: string,
  layerName: string,
  options: {
    maxContentBytes: number;
    /** For a file over `maxContentBytes`: whether to read it whole anyway (a binary a scanner parses), from its path, size and first bytes. */
    keepLarger?: (path: string, size: number, head: Uint8Array) => boolean;
    budget: LayerReadBudget;
    onUnsafe: (name: string) => void;
    digests: { diffId?: string };
  },
): AsyncGenerator<LayerEntry> {
  const compression = compressionOf(await readHead(blobPath));
  const hash = createHash('sha256');
  let stream: Readable = createReadStream(blobPath);
  if (compression === 'gzip') stream = stream.pipe(createGunzip());
  else if (compression === 'zstd') stream = stream.pipe(createZstdDecoder());
  const metered = stream.pipe(createMeter(options.budget, layerName, hash));
  stream.on('error', (error) => metered.destroy(error));
  const extract = tar.extract();
  metered.on('error', (error) => extract.destroy(error));
  metered.pipe(extract);
  try {
    for await (const item of extract) {
      const { header } = item;
      options.budget.entriesLeft--;
      if (options.budget.entriesLeft < 0) throw new RampartError('RAMPART_E_IMAGE', `the image has more tar entries than the limit (in layer ${layerName})`, { hint: 'this is not a normal image' });
      const path = normalizeImagePath(header.name);
      const kind = kindOf(header.type);
      const size = header.size ?? 0;
      const read = kind === 'file' && path ? await readFileEntry(item as AsyncIterable<Buffer>, size <= options.maxContentBytes ? () => true : (head) => options.keepLarger?.(path, size, head) ?? false) : (item.resume(), undefined);
      if (path === undefined) {
        options.onUnsafe(header.name);
        continue;
      }
      if (path === '') continue;
      yield { path, kind, size, ...(read?.content ? { content: read.content } : {}), ...(read ? { head: read.head } : {}), ...(header.linkname ? { linkTarget: header.linkname } : {}) };
    }
  } catch (cause) {
    if (cause instanceof RampartError) throw cause;
    throw new RampartError('RAMPART_E_IMAGE', `cannot read layer ${layerName}: ${(cause as Error).message}`, { hint: 'the layer is truncated or corrupt; pull or save the image again', cause });
  }
  options.digests.diffId = `sha256:${hash.digest('hex')}`;
}
function kindOf(type: string | null | undefined): LayerEntryKind {
  switch (type) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'link';
    default:
      return 'other';
  }
}

/**
 * Reads a file entry's first bytes, asks `keep` whether the whole file is wanted, and then either
 * collects the rest or drains it without holding it.
 */
async function readFileEntry(stream: AsyncIterable<Buffer>, keep: (head: Uint8Array) => boolean): Promise<{ content?: Buffer; head: Uint8Array }> {
  const chunks: Buffer[] = [];
  let held = 0;
  let decision: boolean | undefined;
  for await (const chunk of stream) {
    if (decision === false) continue;
    chunks.push(chunk);
    held += chunk.length;
    if (decision === undefined && held >= headBytes) {
      decision = keep(Buffer.concat(chunks).subarray(0, headBytes));
      if (!decision) chunks.splice(0, chunks.length, Buffer.concat(chunks).subarray(0, headBytes));
    }
  }
  const all = Buffer.concat(chunks);
  const head = all.subarray(0, headBytes);
  if (decision === false) return { head };
  // A file shorter than the head was never asked about.
  return decision === undefined && !keep(head) ? { head } : { content: all, head };
}
