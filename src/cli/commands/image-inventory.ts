import { resolve } from 'node:path';
import type { SourceFile } from '../../core/source-file.ts';
import { collectInventory, type Inventory } from '../../scanners/deps/collect-inventory.ts';
import { defaultImageLimits } from '../../sources/image/image-limits.ts';

/** What an SBOM says about the image it describes. */
export interface ImageIdentity {
  reference: string;
  configDigest: string;
}

/**
 * The packages of a container image's final filesystem: files a later layer deleted or replaced
 * are left out, since the image no longer ships them. OS package databases come from the image
 * source with the os-release beside them as related files, so they get their distribution.
 */
export async function readImageInventory(target: string, options: { cwd: string; platform?: string | undefined; maxFileBytes: number }): Promise<{ inventory: Inventory; image: ImageIdentity }> {
  const { openImage } = await import('../../sources/image/open-image.ts');
  const { createImageSource } = await import('../../sources/image/image-source.ts');
  const limits = defaultImageLimits;
  const image = await openImage(resolve(options.cwd, target), { limits, ...(options.platform ? { platform: options.platform } : {}) });
  try {
    const source = createImageSource({ ...image, reference: target }, { maxFileBytes: options.maxFileBytes, limits });
    const inventory = await collectInventory(finalFiles(source.files));
    inventory.errors.push(...source.report().errors);
    return { inventory, image: { reference: target, configDigest: image.configDigest } };
  } finally {
    image.cleanup();
  }
}

async function* finalFiles(files: AsyncIterable<SourceFile>): AsyncGenerator<SourceFile> {
  for await (const file of files) if (!file.origin?.isShadowed) yield file;
}
