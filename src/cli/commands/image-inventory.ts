import type { SourceFile } from '../../core/source-file.ts';
import { collectInventory, inventoryBinaryClaims, isDeclaredPackageFile, skippedLockfilesMessage, type Inventory } from '../../scanners/deps/collect-inventory.ts';
import { defaultImageLimits } from '../../sources/image/image-limits.ts';
import type { CliIo } from '../io.ts';
import { createPullProgress } from '../pull-progress.ts';

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
export async function readImageInventory(target: string, options: { io: CliIo; platform?: string | undefined; insecureRegistries?: string[] | undefined; maxFileBytes: number }): Promise<{ inventory: Inventory; image: ImageIdentity }> {
  const { openImageTarget } = await import('../../sources/image/registry/open-image-target.ts');
  const { createImageSource } = await import('../../sources/image/image-source.ts');
  const limits = defaultImageLimits;
  const { io } = options;
  const pullProgress = createPullProgress(io.stderr, io.env, false);
  const image = await openImageTarget(target, {
    cwd: io.cwd,
    env: io.env,
    limits,
    platform: options.platform,
    insecureRegistries: options.insecureRegistries,
    onNote: (note) => io.stderr.write(`rampart: note: ${note}\n`),
    onProgress: pullProgress.update,
  }).finally(() => pullProgress.done());
  try {
    const source = createImageSource({ ...image, reference: target }, { maxFileBytes: options.maxFileBytes, limits, binaryClaims: inventoryBinaryClaims });
    const skipped: string[] = [];
    const inventory = await collectInventory(installedPackageFiles(source.files, skipped));
    if (skipped.length > 0) {
      const message = skippedLockfilesMessage(skipped);
      inventory.notices.push({ path: skipped[0]!, message });
      io.stderr.write(`rampart: note: ${message}\n`);
    }
    const report = source.report();
    inventory.errors.push(...report.errors);
    // A package database or archive too large to read is a hole in the inventory: say so.
    for (const notice of report.notices) if (notice.code === 'RAMPART_N_FILE_TOO_LARGE' && notice.path && inventoryBinaryClaims.path(notice.path)) inventory.errors.push({ path: notice.path, code: 'RAMPART_E_READ', message: notice.message });
    return { inventory, image: { reference: target, configDigest: image.configDigest } };
  } finally {
    image.cleanup();
  }
}

/** Files of the final filesystem that record installed packages; lockfiles and manifests are collected in `skipped`. */
async function* installedPackageFiles(files: AsyncIterable<SourceFile>, skipped: string[]): AsyncGenerator<SourceFile> {
  for await (const file of files) {
    if (file.origin?.isShadowed) continue;
    if (isDeclaredPackageFile(file.path)) skipped.push(file.path);
    else yield file;
  }
}
