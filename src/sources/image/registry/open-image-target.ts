import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { RampartError } from '../../../core/errors.ts';
import type { ImageLimits } from '../image-limits.ts';
import { openImage, type OpenedImage } from '../open-image.ts';
import { parseImageReference } from './image-reference.ts';
import type { RegistryTiming } from './registry-client.ts';
import { lookupCredentials } from './registry-credentials.ts';
import { pullImage, type PullProgress } from './pull-image.ts';

export interface ImageTargetOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  platform?: string | undefined;
  limits: ImageLimits;
  insecureRegistries?: readonly string[] | undefined;
  timing?: Partial<RegistryTiming>;
  /** Messages for stderr (a credential helper that is not run, …); never a secret. */
  onNote?: (note: string) => void;
  onProgress?: (progress: PullProgress) => void;
}

// Text that can only be meant as a file: it starts like a path or ends like an archive name.
const pathLike = /^(?:\.{1,2}(?:[/\\]|$)|[/\\~])|\.(?:tar|tgz|tar\.gz|tar\.zst)$|\\/i;

/** How TARGET is read: `docker://REF` always pulls; an existing path wins over a reference; a path-like name never pulls. */
export function classifyImageTarget(target: string, cwd: string): 'registry' | 'local' {
  if (target.startsWith('docker://')) return 'registry';
  if (existsSync(resolve(cwd, target))) return 'local';
  if (pathLike.test(target) || !parseImageReference(target)) return 'local';
  return 'registry';
}

/**
 * Opens TARGET as a local image (archive or OCI layout) or pulls it from a registry into a
 * private OCI layout and opens that, so both go through the same verification and layer code.
 */
export async function openImageTarget(target: string, options: ImageTargetOptions): Promise<OpenedImage> {
  const openOptions = { limits: options.limits, ...(options.platform ? { platform: options.platform } : {}) };
  if (classifyImageTarget(target, options.cwd) === 'local') return openImage(resolve(options.cwd, target), openOptions);
  const reference = parseImageReference(target);
  if (!reference) throw new RampartError('RAMPART_E_TARGET', `"${target}" is not a valid image reference`, { hint: 'write registry.example.com[:port]/repository[:tag][@sha256:…], or a short Docker Hub name such as alpine:3.20' });
  const { credentials, notes } = lookupCredentials(reference.registry, options.env);
  for (const note of notes) options.onNote?.(note);
  const pulled = await pullImage(reference, {
    insecureRegistries: options.insecureRegistries ?? [],
    credentials,
    limits: options.limits,
    platform: options.platform,
    ...(options.timing ? { timing: options.timing } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  try {
    const image = await openImage(pulled.path, openOptions);
    return { ...image, reference: target, cleanup: pulled.cleanup };
  } catch (error) {
    pulled.cleanup();
    throw error;
  }
}
