import type { ScanError, ScanNotice, ScanTarget } from '../../core/finding.ts';
import { RampartError } from '../../core/errors.ts';
import { defaultMaxBinaryFileBytes, headBytes, type RelatedFileReader, type SourceFile } from '../../core/source-file.ts';
import type { BinaryClaims } from '../../core/scanner.ts';
import { decodeText } from '../decode-text.ts';
import type { ImageLimits } from './image-limits.ts';
import { ancestorsOf } from './image-path.ts';
import { layerEntries, type LayerReadBudget } from './layer-entries.ts';
import type { OpenedImage } from './open-image.ts';

export { imageConfigPath } from '../../core/source-file.ts';
import { imageConfigPath } from '../../core/source-file.ts';

/**
 * Files that say what the image is and which OS packages it holds. They are read only in their
 * final version and handed to scanners last, with each other as related files, because a package
 * database in an upper layer needs the os-release of the base layer (read later, top-down) to
 * know the distribution release its advisories are filed under.
 */
const systemInventoryPath = /^(?:etc\/os-release|usr\/lib\/os-release|var\/lib\/dpkg\/status|var\/lib\/dpkg\/status\.d\/[^/]+|lib\/apk\/db\/installed|(?:usr\/lib\/sysimage|var\/lib)\/rpm\/(?:rpmdb\.sqlite|Packages|Packages\.db))$/;

/** `.wh.name` deletes `name` from lower layers; `.wh..wh..opq` hides everything lower layers put in its folder. */
const whiteoutPrefix = '.wh.';
const opaqueMarker = '.wh..wh..opq';

/**
 * What later (upper) layers did to the paths of lower ones. Layers are read from the top down,
 * so when a lower layer's file is read we already know whether the image still has it.
 */
class UpperLayers {
  private readonly written = new Set<string>();
  private readonly deleted = new Set<string>();
  private readonly opaque = new Set<string>();

  isShadowed(path: string): boolean {
    if (this.written.has(path) || this.deleted.has(path)) return true;
    for (const ancestor of ancestorsOf(path)) if (this.deleted.has(ancestor) || this.opaque.has(ancestor)) return true;
    return false;
  }

  /** Applied after a whole layer is read: a layer's whiteouts never hide its own files. */
  add(layer: { written: string[]; deleted: string[]; opaque: string[] }): void {
    for (const path of layer.written) this.written.add(path);
    for (const path of layer.deleted) this.deleted.add(path);
    for (const path of layer.opaque) this.opaque.add(path);
  }
}

export interface ImageSourceOptions {
  maxFileBytes: number;
  limits: ImageLimits;
  /** What the scan's binary-parsing scanners claim (all of them together), so those files are kept whole. */
  binaryClaims?: BinaryClaims;
  /** Largest file kept whole for them (default `defaultMaxBinaryFileBytes`). */
  maxBinaryFileBytes?: number;
}

export interface ImageSource {
  target: ScanTarget;
  files: AsyncIterable<SourceFile>;
  report: () => { notices: ScanNotice[]; errors: ScanError[]; skipped: number };
}

/**
 * Every regular file of every layer, each with its layer digest and history instruction, and
 * marked shadowed when a later layer deleted or replaced it; then the image config itself. Only
 * files up to `maxFileBytes` are read; binaries are skipped by the decoder as anywhere else.
 */
export function createImageSource(image: OpenedImage, options: ImageSourceOptions): ImageSource {
  const maxBinaryFileBytes = options.maxBinaryFileBytes ?? defaultMaxBinaryFileBytes;
  // Files over the text limit are still read whole, up to the binary limit, when a scanner parses them as bytes.
  const keepLarger = (path: string, size: number, head: Uint8Array) =>
    size <= maxBinaryFileBytes && options.binaryClaims !== undefined && (options.binaryClaims.path(path) || (options.binaryClaims.head?.(path, head) ?? false));
  const notices: ScanNotice[] = [];
  const errors: ScanError[] = [];
  let skipped = 0;
  const budget: LayerReadBudget = { uncompressedBytesLeft: options.limits.maxUncompressedBytes, entriesLeft: options.limits.maxEntries };

  async function* files(): AsyncGenerator<SourceFile> {
    yield textFile(imageConfigPath, Buffer.from(image.configText), { layer: image.configDigest });
    const upper = new UpperLayers();
    const deferred = new Map<string, { content: Buffer; origin: NonNullable<SourceFile['origin']> }>();
    for (let index = image.layers.length - 1; index >= 0; index--) {
      const layer = image.layers[index]!;
      const layerName = `${index + 1}/${image.layers.length} (${layer.digest.slice(0, 19)})`;
      const seen = { written: [] as string[], deleted: [] as string[], opaque: [] as string[] };
      const digests: { diffId?: string } = {};
      const onUnsafe = (name: string) => errors.push({ path: name, code: 'RAMPART_E_IMAGE', message: `layer ${layerName}: entry name climbs out of the image root; ignored` });
      for await (const entry of layerEntries(layer.blobPath, layerName, { maxContentBytes: options.maxFileBytes, keepLarger, budget, onUnsafe, digests })) {
        const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
        const folder = entry.path.includes('/') ? entry.path.slice(0, entry.path.lastIndexOf('/')) : '';
        if (name === opaqueMarker) {
          seen.opaque.push(folder);
          continue;
        }
        if (name.startsWith(whiteoutPrefix)) {
          seen.deleted.push(folder ? `${folder}/${name.slice(whiteoutPrefix.length)}` : name.slice(whiteoutPrefix.length));
          continue;
        }
        if (entry.kind !== 'directory') seen.written.push(entry.path);
        if (entry.kind !== 'file') continue;
        if (!entry.content) {
          skipped++;
          const claimed = options.binaryClaims?.path(entry.path) || (entry.head !== undefined && options.binaryClaims?.head?.(entry.path, entry.head));
          const limit = claimed ? `the ${maxBinaryFileBytes}-byte limit for binary package inputs (maxBinaryFileBytes)` : `the ${options.maxFileBytes}-byte limit`;
          notices.push({ path: entry.path, code: 'RAMPART_N_FILE_TOO_LARGE', message: `in layer ${layerName}: ${entry.size} bytes, over ${limit}; not scanned` });
          continue;
        }
        const isShadowed = upper.isShadowed(entry.path);
        const origin = { layer: layer.digest, ...(layer.diffId ? { layerDiffId: layer.diffId } : {}), ...(layer.createdBy ? { layerCreatedBy: layer.createdBy } : {}), ...(isShadowed ? { isShadowed: true } : {}) };
        if (!isShadowed && systemInventoryPath.test(entry.path)) deferred.set(entry.path, { content: entry.content, origin });
        else yield textFile(entry.path, entry.content, origin, options.maxFileBytes);
      }
      if (layer.diffId && digests.diffId && layer.diffId !== digests.diffId) {
        throw new RampartError('RAMPART_E_IMAGE', `layer ${layerName} does not match the config's diff id: expected ${layer.diffId}, got ${digests.diffId}`, { hint: 'the layer was altered or corrupted; do not trust this image' });
      }
      upper.add(seen);
    }
    const related = deferredReader(deferred);
    for (const [path, file] of deferred) yield { ...textFile(path, file.content, file.origin, options.maxFileBytes), related };
  }

  return { target: { kind: 'image', ref: image.reference }, files: files(), report: () => ({ notices, errors, skipped }) };
}

/** The deferred system files, readable by path; nothing else of the image is. */
function deferredReader(files: ReadonlyMap<string, { content: Buffer }>): RelatedFileReader {
  return {
    read: (path) => {
      const file = files.get(path);
      return file ? (decodeText(file.content)?.text ?? undefined) : undefined;
    },
    list: (directory, options) =>
      [...files.keys()].filter((path) => path.startsWith(directory === '' ? '' : `${directory}/`) && (options.recursive || !path.slice(directory.length + 1).includes('/'))).sort().slice(0, options.maxEntries),
  };
}

/** A file held in memory: scanners may read it as text, or as bytes when they parse binaries. */
function textFile(path: string, content: Buffer, origin: SourceFile['origin'], maxTextBytes = Infinity): SourceFile {
  return { path, origin, size: content.length, read: async () => (content.length > maxTextBytes ? null : decodeText(content)), readBytes: async () => content, readHead: async () => content.subarray(0, headBytes) };
}
