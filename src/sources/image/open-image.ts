import { createHash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { RampartError } from '../../core/errors.ts';
import type { ImageLimits } from './image-limits.ts';
import { normalizeImagePath } from './image-path.ts';

/** One layer of the chosen image, in order from the base up. */
export interface ImageLayer {
  /** Digest of the blob as stored (compressed), `sha256:…`; for a legacy docker-archive, the diff id. */
  digest: string;
  blobPath: string;
  /** `rootfs.diff_ids[i]` of the config: the sha256 of the decompressed layer, checked while reading. */
  diffId?: string;
  /** The history entry (`created_by`) that produced it, e.g. `RUN apt-get install -y curl`. */
  createdBy?: string;
}

export interface ImageHistoryEntry {
  created_by?: string;
  empty_layer?: boolean;
}

/** The parts of an OCI/Docker image config rampart reads. */
export interface ImageConfig {
  architecture?: string;
  os?: string;
  config?: { User?: string; Env?: string[]; ExposedPorts?: Record<string, unknown>; Labels?: Record<string, string>; Healthcheck?: { Test?: string[] }; Entrypoint?: string[]; Cmd?: string[] };
  rootfs?: { diff_ids?: string[] };
  history?: ImageHistoryEntry[];
}

export interface OpenedImage {
  /** What the user named: a path, or a reference with a tag or digest. */
  reference: string;
  /** `sha256:…` of the image config: the image id. */
  configDigest: string;
  config: ImageConfig;
  configText: string;
  layers: ImageLayer[];
  /** Removes staged blobs (tarball inputs are unpacked into a private temporary folder). */
  cleanup(): void;
}

export interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: number;
  platform?: { os?: string; architecture?: string; variant?: string };
}

const digestPattern = /^sha256:[a-f0-9]{64}$/;

/**
 * Opens an image from an OCI image layout directory, an OCI archive (a tar of such a layout), or
 * a `docker save` archive. Tarballs are unpacked blob by blob into a private temporary folder
 * (names are checked, so no entry can write outside it); layer contents are never extracted.
 */
export async function openImage(target: string, options: { platform?: string; limits: ImageLimits }): Promise<OpenedImage> {
  if (!existsSync(target)) throw new RampartError('RAMPART_E_TARGET', `${target} does not exist`, { hint: 'pass a docker-archive or OCI archive tarball, or an OCI layout directory' });
  if (statSync(target).isDirectory()) return openLayout(target, target, options, () => {});
  const staging = mkdtempSync(join(tmpdir(), 'rampart-image-'));
  const cleanup = () => rmSync(staging, { recursive: true, force: true });
  try {
    await stageArchive(target, staging, options.limits);
    if (existsSync(join(staging, 'manifest.json'))) return openDockerArchive(target, staging, options, cleanup);
    return openLayout(target, staging, options, cleanup);
  } catch (cause) {
    cleanup();
    throw cause;
  }
}

/** Copies every regular entry of the outer tarball under `staging`, refusing names that climb out. */
async function stageArchive(archive: string, staging: string, limits: ImageLimits): Promise<void> {
  const head = readHeadBytes(archive, 2);
  const extract = tar.extract();
  const source = createReadStream(archive);
  const input = head[0] === 0x1f && head[1] === 0x8b ? source.pipe(createGunzip()) : source;
  input.on('error', (error: Error) => extract.destroy(error));
  input.pipe(extract);
  let entries = 0;
  try {
    for await (const entry of extract) {
      if (++entries > limits.maxLayers * 4 + 1000) throw new RampartError('RAMPART_E_IMAGE', `${archive} holds more entries than an image archive should`, { hint: 'this is not an image archive' });
      const name = normalizeImagePath(entry.header.name);
      if (name === undefined) throw new RampartError('RAMPART_E_IMAGE', `${archive}: entry "${entry.header.name}" points outside the archive`, { hint: 'the archive is malformed or hostile; it was not unpacked' });
      if (entry.header.type !== 'file' || name === '') {
        entry.resume();
        continue;
      }
      const destination = join(staging, name);
      mkdirSync(join(destination, '..'), { recursive: true });
      await pipeline(entry, createWriteStream(destination, { flags: 'wx' }));
    }
  } catch (cause) {
    if (cause instanceof RampartError) throw cause;
    throw new RampartError('RAMPART_E_IMAGE', `cannot read ${archive}: ${(cause as Error).message}`, { hint: 'the archive is truncated or not a tar file', cause });
  }
}

/** The first bytes of a file, without reading the rest (an archive can be gigabytes). */
function readHeadBytes(path: string, length: number): Buffer {
  const head = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

function readJson<T>(path: string, what: string, limits: ImageLimits): { value: T; text: string } {
  if (!existsSync(path)) throw new RampartError('RAMPART_E_IMAGE', `${what} is missing`, { hint: 'the image archive or layout is incomplete' });
  if (statSync(path).size > limits.maxMetadataBytes) throw new RampartError('RAMPART_E_IMAGE', `${what} is larger than ${limits.maxMetadataBytes} bytes`, { hint: 'this is not a normal image' });
  const text = readFileSync(path, 'utf8');
  try {
    return { value: JSON.parse(text) as T, text };
  } catch (cause) {
    throw new RampartError('RAMPART_E_IMAGE', `${what} is not valid JSON: ${(cause as Error).message}`, { hint: 'the image archive or layout is corrupt', cause });
  }
}

function blobPathOf(root: string, digest: string, what: string): string {
  if (!digestPattern.test(digest)) throw new RampartError('RAMPART_E_IMAGE', `${what} has an unsupported digest "${digest}"`, { hint: 'only sha256 digests are supported' });
  return join(root, 'blobs', 'sha256', digest.slice('sha256:'.length));
}

/** Hashes a blob and compares it with the digest that names it. */
async function verifyBlob(path: string, digest: string, what: string): Promise<void> {
  if (!existsSync(path)) throw new RampartError('RAMPART_E_IMAGE', `${what} (${digest}) is missing from the image`, { hint: 'the image archive or layout is incomplete' });
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  const actual = `sha256:${hash.digest('hex')}`;
  if (actual !== digest) throw new RampartError('RAMPART_E_IMAGE', `${what} does not match its digest: expected ${digest}, got ${actual}`, { hint: 'the blob was altered or corrupted; do not trust this image' });
}

async function openLayout(reference: string, root: string, options: { platform?: string; limits: ImageLimits }, cleanup: () => void): Promise<OpenedImage> {
  if (!existsSync(join(root, 'oci-layout'))) throw new RampartError('RAMPART_E_IMAGE', `${reference} is neither a docker-archive (manifest.json) nor an OCI image layout (oci-layout)`, { hint: 'create one with `docker save` or `skopeo copy … oci:DIR`' });
  const imageIndex = readJson<{ manifests?: Descriptor[] }>(join(root, 'index.json'), `${reference}: index.json`, options.limits).value;
  const manifestDescriptor = await chooseManifest(root, imageIndex.manifests ?? [], options, reference);
  const manifestPath = blobPathOf(root, manifestDescriptor.digest, 'the image manifest');
  await verifyBlob(manifestPath, manifestDescriptor.digest, 'the image manifest');
  const manifest = readJson<{ config?: Descriptor; layers?: Descriptor[] }>(manifestPath, 'the image manifest', options.limits).value;
  if (!manifest.config || !Array.isArray(manifest.layers)) throw new RampartError('RAMPART_E_IMAGE', 'the image manifest has no config or layers', { hint: 'the image layout is corrupt' });
  if (manifest.layers.length > options.limits.maxLayers) throw new RampartError('RAMPART_E_IMAGE', `the image has ${manifest.layers.length} layers, more than the limit of ${options.limits.maxLayers}`, { hint: 'this is not a normal image' });
  const configPath = blobPathOf(root, manifest.config.digest, 'the image config');
  await verifyBlob(configPath, manifest.config.digest, 'the image config');
  const { value: config, text: configText } = readJson<ImageConfig>(configPath, 'the image config', options.limits);
  const layers: ImageLayer[] = [];
  for (const [index, descriptor] of manifest.layers.entries()) {
    const blobPath = blobPathOf(root, descriptor.digest, `layer ${index + 1}`);
    await verifyBlob(blobPath, descriptor.digest, `layer ${index + 1}`);
    layers.push({ digest: descriptor.digest, blobPath, ...(config.rootfs?.diff_ids?.[index] ? { diffId: config.rootfs.diff_ids[index] } : {}) });
  }
  return { reference, configDigest: manifest.config.digest, config, configText, layers: withCreatedBy(layers, config), cleanup };
}

/** An index may list one manifest per platform (or nest another index); pick the asked one, else linux/amd64, else the only one. */
async function chooseManifest(root: string, manifests: Descriptor[], options: { platform?: string; limits: ImageLimits }, reference: string, depth = 0): Promise<Descriptor> {
  const chosen = selectPlatformManifest(manifests, options.platform, reference);
  if (isIndexMediaType(chosen.mediaType)) {
    if (depth > 4) throw new RampartError('RAMPART_E_IMAGE', `${reference}: image indexes nest too deeply`, { hint: 'the image layout is malformed' });
    const nestedPath = blobPathOf(root, chosen.digest, 'a nested image index');
    await verifyBlob(nestedPath, chosen.digest, 'a nested image index');
    const nested = readJson<{ manifests?: Descriptor[] }>(nestedPath, 'a nested image index', options.limits).value;
    return chooseManifest(root, nested.manifests ?? [], options, reference, depth + 1);
  }
  return chosen;
}

/** Picks the entry of an index for `platform`, else linux/amd64 when there are several, else the only one (a registry pull uses the same choice). */
export function selectPlatformManifest<T extends Descriptor>(manifests: T[], platform: string | undefined, reference: string): T {
  if (manifests.length === 0) throw new RampartError('RAMPART_E_IMAGE', `${reference}: the image index lists no manifests`, { hint: 'the image layout is empty' });
  const wanted = platform ?? (manifests.length > 1 ? 'linux/amd64' : undefined);
  const candidates = wanted ? manifests.filter((descriptor) => !descriptor.platform || platformMatches(descriptor.platform, wanted)) : manifests;
  const chosen = candidates.find((descriptor) => descriptor.platform) ?? candidates[0];
  if (!chosen) {
    const available = manifests.map((descriptor) => platformText(descriptor.platform)).join(', ');
    throw new RampartError('RAMPART_E_IMAGE', `${reference} has no image for platform ${wanted}; it has ${available}`, { hint: 'choose one with --platform os/arch[/variant]' });
  }
  return chosen;
}

/** OCI indexes and Docker manifest lists both list one manifest per platform. */
export function isIndexMediaType(mediaType: string | undefined): boolean {
  return mediaType?.includes('index') === true || mediaType?.includes('manifest.list') === true;
}

function platformMatches(platform: NonNullable<Descriptor['platform']>, wanted: string): boolean {
  const [os, architecture, variant] = wanted.split('/');
  return platform.os === os && platform.architecture === architecture && (variant === undefined || platform.variant === variant);
}

function platformText(platform: Descriptor['platform']): string {
  if (!platform) return 'unspecified';
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

interface DockerArchiveEntry {
  Config: string;
  RepoTags?: string[];
  Layers: string[];
}

/** `docker save`: manifest.json names the config and layer files inside the archive. */
async function openDockerArchive(reference: string, staging: string, options: { limits: ImageLimits }, cleanup: () => void): Promise<OpenedImage> {
  const entries = readJson<DockerArchiveEntry[]>(join(staging, 'manifest.json'), `${reference}: manifest.json`, options.limits).value;
  const entry = Array.isArray(entries) ? entries[0] : undefined;
  if (!entry || typeof entry.Config !== 'string' || !Array.isArray(entry.Layers)) throw new RampartError('RAMPART_E_IMAGE', `${reference}: manifest.json lists no image`, { hint: 'the archive is malformed' });
  if (entry.Layers.length > options.limits.maxLayers) throw new RampartError('RAMPART_E_IMAGE', `the image has ${entry.Layers.length} layers, more than the limit of ${options.limits.maxLayers}`, { hint: 'this is not a normal image' });
  const configName = stagedName(entry.Config, reference);
  const { value: config, text: configText } = readJson<ImageConfig>(join(staging, configName), `${reference}: ${configName}`, options.limits);
  const configDigest = `sha256:${createHash('sha256').update(configText).digest('hex')}`;
  const layers: ImageLayer[] = entry.Layers.map((name, index) => {
    const layerName = stagedName(name, reference);
    const diffId = config.rootfs?.diff_ids?.[index];
    // Newer docker save writes blobs/sha256/<digest>; the digest of the stored blob is in its name.
    const blobDigest = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(layerName)?.[1];
    return { digest: blobDigest ? `sha256:${blobDigest}` : (diffId ?? layerName), blobPath: join(staging, layerName), ...(diffId ? { diffId } : {}) };
  });
  for (const [index, layer] of layers.entries()) {
    if (!existsSync(layer.blobPath)) throw new RampartError('RAMPART_E_IMAGE', `${reference}: layer ${index + 1} (${entry.Layers[index]}) is missing from the archive`, { hint: 'the archive is incomplete' });
    if (layer.digest.startsWith('sha256:') && layer.digest !== layer.diffId) await verifyBlob(layer.blobPath, layer.digest, `layer ${index + 1}`);
  }
  return { reference, configDigest, config, configText, layers: withCreatedBy(layers, config), cleanup };
}

function stagedName(name: string, reference: string): string {
  const normalized = normalizeImagePath(name);
  if (!normalized) throw new RampartError('RAMPART_E_IMAGE', `${reference}: manifest.json names "${name}", outside the archive`, { hint: 'the archive is malformed or hostile' });
  return normalized;
}

/** History entries without `empty_layer` correspond, in order, to the layers. */
function withCreatedBy(layers: ImageLayer[], config: ImageConfig): ImageLayer[] {
  const producing = (config.history ?? []).filter((entry) => !entry.empty_layer);
  if (producing.length !== layers.length) return layers;
  return layers.map((layer, index) => {
    const createdBy = producing[index]?.created_by;
    return createdBy ? { ...layer, createdBy: tidyCreatedBy(createdBy) } : layer;
  });
}

/** Docker records `/bin/sh -c #(nop)  COPY …` and `/bin/sh -c apt-get …`; show the instruction as written. */
export function tidyCreatedBy(createdBy: string): string {
  return createdBy.replace(/^\/bin\/sh -c #\(nop\)\s+/, '').replace(/^\/bin\/sh -c /, 'RUN ').replace(/\s+# buildkit$/, '').trim();
}
