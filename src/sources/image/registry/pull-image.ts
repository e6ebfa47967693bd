import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RampartError } from '../../../core/errors.ts';
import type { ImageLimits } from '../image-limits.ts';
import { isIndexMediaType, selectPlatformManifest, type Descriptor } from '../open-image.ts';
import { formatImageReference, type ImageReference } from './image-reference.ts';
import { RegistryClient, type RegistryClientOptions } from './registry-client.ts';

export interface PullProgress {
  layersDone: number;
  layersTotal: number;
  bytes: number;
}

export interface PullOptions extends Omit<RegistryClientOptions, 'maxMetadataBytes'> {
  platform?: string | undefined;
  limits: ImageLimits;
  onProgress?: (progress: PullProgress) => void;
}

export interface PulledLayout {
  /** An OCI image layout holding exactly the chosen image (and the index that led to it). */
  path: string;
  /** The digest of the manifest (or index) the reference resolved to. */
  digest: string;
  cleanup(): void;
}

const dockerSchema1 = /^application\/vnd\.docker\.distribution\.manifest\.v1\+(?:prettyjws|json)$/;
const maxIndexDepth = 4;
/** Layers downloaded at once, as `docker pull` does: enough to fill a link, few enough to be polite. */
const layerConcurrency = 3;
const interruptSignals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

interface ParsedManifest {
  schemaVersion?: number;
  mediaType?: string;
  manifests?: Descriptor[];
  config?: Descriptor;
  layers?: Descriptor[];
}

/**
 * Pulls one image into a private temporary OCI layout (mode 0700, removed by `cleanup()` or when
 * the process exits): the manifest the reference names, for an index the entry chosen for the
 * platform, then its config and layers, each verified against its digest and size while it
 * streams. The caller opens the layout with the same code as any other OCI layout.
 */
export async function pullImage(reference: ImageReference, options: PullOptions): Promise<PulledLayout> {
  const staging = mkdtempSync(join(tmpdir(), 'rampart-pull-'));
  chmodSync(staging, 0o700);
  // Ctrl-C during a long pull must not leave layers behind: remove them, then let the signal do what it would have done.
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.kill(process.pid, signal);
  };
  const cleanup = () => {
    process.removeListener('exit', cleanup);
    for (const signal of interruptSignals) process.removeListener(signal, onSignal);
    // maxRetries: a busy machine was seen answering ENOTEMPTY once while the last layer file closed.
    rmSync(staging, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
  };
  process.once('exit', cleanup);
  for (const signal of interruptSignals) process.once(signal, onSignal);
  try {
    const digest = await pullInto(staging, reference, options);
    return { path: staging, digest, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

async function pullInto(staging: string, reference: ImageReference, options: PullOptions): Promise<string> {
  const name = formatImageReference(reference);
  const client = new RegistryClient(reference, { ...options, maxMetadataBytes: options.limits.maxMetadataBytes });
  const blobs = join(staging, 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  const save = (digest: string, bytes: Buffer) => writeFileSync(join(blobs, digest.slice('sha256:'.length)), bytes, { mode: 0o600 });
  await client.probe();

  const top = await fetchVerifiedManifest(client, reference.digest ?? reference.tag ?? 'latest', reference.digest, name);
  save(top.digest, top.bytes);
  let current = top;
  for (let depth = 0; isIndexMediaType(current.mediaType); depth += 1) {
    if (depth >= maxIndexDepth) throw registryError(name, 'image indexes nest too deeply', 'the registry serves a malformed image');
    const chosen = selectPlatformManifest(current.parsed.manifests ?? [], options.platform, name);
    current = await fetchVerifiedManifest(client, chosen.digest, chosen.digest, name, chosen.size);
    save(current.digest, current.bytes);
  }
  const manifest = current.parsed;
  if (!manifest.config || !Array.isArray(manifest.layers)) throw registryError(name, `manifest ${current.digest} has no config or layers`, 'the registry serves a malformed image');
  if (manifest.layers.length > options.limits.maxLayers) throw new RampartError('RAMPART_E_IMAGE', `${name} has ${manifest.layers.length} layers, more than the limit of ${options.limits.maxLayers}`, { hint: 'this is not a normal image' });

  const config = describedBlob(manifest.config, 'the image config', name);
  if (config.size > options.limits.maxMetadataBytes) throw new RampartError('RAMPART_E_IMAGE', `${name}: the image config is ${config.size} bytes, more than ${options.limits.maxMetadataBytes}`, { hint: 'this is not a normal image' });
  await client.downloadBlob(config, join(blobs, config.digest.slice('sha256:'.length)), 'the image config');

  const layers = manifest.layers.map((layer, index) => describedBlob(layer, `layer ${index + 1}`, name));
  for (const [index, layer] of layers.entries()) {
    if (layer.size > options.limits.maxUncompressedBytes) throw new RampartError('RAMPART_E_IMAGE', `${name}: layer ${index + 1} is ${layer.size} bytes, over the ${options.limits.maxUncompressedBytes}-byte image limit`, { hint: 'raise --max-image-bytes if this image is expected' });
  }
  const progress: PullProgress = { layersDone: 0, layersTotal: layers.length, bytes: 0 };
  await inParallel(layers, layerConcurrency, async (layer, index) => {
    await client.downloadBlob(layer, join(blobs, layer.digest.slice('sha256:'.length)), `layer ${index + 1}`, (delta) => {
      progress.bytes += delta;
      options.onProgress?.(progress);
    });
    progress.layersDone += 1;
    options.onProgress?.(progress);
  });

  writeFileSync(join(staging, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const topDescriptor = { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length };
  writeFileSync(join(staging, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [topDescriptor] }));
  return top.digest;
}

interface VerifiedManifest {
  bytes: Buffer;
  digest: string;
  mediaType: string;
  parsed: ParsedManifest;
}

/**
 * Fetches a manifest or index and checks it: by digest, its bytes must hash to that digest (and
 * match the size the index gave); by tag, to the `Docker-Content-Digest` the registry sent, if
 * any. Schema 1 manifests (unsigned content addressing, deprecated since 2017) are refused.
 */
async function fetchVerifiedManifest(client: RegistryClient, ref: string, expectedDigest: string | undefined, name: string, expectedSize?: number): Promise<VerifiedManifest> {
  const fetched = await client.fetchManifest(ref);
  const digest = `sha256:${createHash('sha256').update(fetched.bytes).digest('hex')}`;
  if (expectedDigest && digest !== expectedDigest) throw registryError(name, `manifest ${ref} does not match its digest: got ${digest}`, 'the registry served different bytes than the digest names; do not trust this image');
  if (expectedSize !== undefined && fetched.bytes.length !== expectedSize) throw registryError(name, `manifest ${ref} is ${fetched.bytes.length} bytes, but its index says ${expectedSize}`, 'the registry serves a malformed image');
  if (!expectedDigest && fetched.headerDigest?.startsWith('sha256:') && fetched.headerDigest !== digest) throw registryError(name, `manifest ${ref} does not match the digest the registry announced (${fetched.headerDigest}); got ${digest}`, 'the manifest was altered on the way; do not trust this image');
  let parsed: ParsedManifest;
  try {
    parsed = JSON.parse(fetched.bytes.toString('utf8')) as ParsedManifest;
  } catch {
    throw registryError(name, `manifest ${ref} is not valid JSON`, 'the registry serves a malformed image');
  }
  if (dockerSchema1.test(fetched.mediaType) || parsed.schemaVersion === 1) throw registryError(name, `manifest ${ref} is a Docker schema 1 manifest, which rampart does not read`, 'schema 1 is deprecated; push the image again with a current Docker or skopeo (schema 2 or OCI)');
  const mediaType = parsed.mediaType ?? fetched.mediaType;
  if (!mediaType) throw registryError(name, `manifest ${ref} has no media type`, 'the registry serves a malformed image');
  return { bytes: fetched.bytes, digest, mediaType, parsed };
}

function describedBlob(descriptor: Descriptor, what: string, name: string): { digest: string; size: number } {
  if (typeof descriptor.digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(descriptor.digest)) throw registryError(name, `${what} has an unsupported digest "${String(descriptor.digest).slice(0, 80)}"`, 'only sha256 digests are supported');
  if (typeof descriptor.size !== 'number' || !Number.isSafeInteger(descriptor.size) || descriptor.size < 0) throw registryError(name, `${what} has no valid size`, 'the registry serves a malformed image');
  return { digest: descriptor.digest, size: descriptor.size };
}

/**
 * Runs `task` on every item, at most `limit` at a time. After the first failure no new item
 * starts; the ones already running are waited for (so nothing writes into a folder being
 * removed), then the first failure is thrown.
 */
async function inParallel<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        await task(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
}

function registryError(name: string, message: string, hint: string): RampartError {
  return new RampartError('RAMPART_E_REGISTRY', `${name}: ${message}`, { hint });
}
