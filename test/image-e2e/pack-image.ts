import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { requireTool } from './debian-rootfs.ts';

export interface LayerSpec {
  /** A directory whose contents become the layer, as they are (whiteout files included). */
  dir: string;
  /** The history instruction shown for the layer. */
  createdBy: string;
  /** GNU tar `--exclude` patterns, relative to `dir`. */
  exclude?: readonly string[];
}

export interface ImageConfigSpec {
  workingDir?: string;
  cmd?: readonly string[];
  env?: readonly string[];
}

export interface PackedImage {
  /** `oci:` reference for skopeo: layout directory and tag. */
  ociLayout: string;
  tag: string;
  dockerArchive: string;
  /** Bytes of all layers as uncompressed tar. */
  uncompressedBytes: number;
}

/**
 * Packs directories as the layers of one image: GNU tar makes each layer (owners as numbers,
 * names sorted, no `./` prefix, as `docker save` writes them), umoci assembles the OCI layout
 * (gzip blobs, digests, diff ids, history), and skopeo converts the layout to a docker-archive
 * tarball (plain tar layers, `manifest.json`), so both formats come from real image tools.
 */
export function packImage(workDir: string, layers: readonly LayerSpec[], config: ImageConfigSpec, log?: (line: string) => void): PackedImage {
  for (const [command, debianPackage] of [['tar', 'tar'], ['umoci', 'umoci'], ['skopeo', 'skopeo']] as const) requireTool(command, debianPackage);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const layout = join(workDir, 'oci');
  const tag = 'e2e';
  const image = `${layout}:${tag}`;
  run('umoci', ['init', '--layout', layout]);
  run('umoci', ['new', '--image', image]);
  let uncompressedBytes = 0;
  for (const [index, layer] of layers.entries()) {
    const tarPath = join(workDir, `layer-${index + 1}.tar`);
    log?.(`layer ${index + 1}: tar of ${layer.dir}…`);
    const entries = readdirSync(layer.dir).sort();
    run('tar', ['-C', layer.dir, '--numeric-owner', '--sort=name', ...(layer.exclude ?? []).map((pattern) => `--exclude=${pattern}`), '-cf', tarPath, '--', ...entries]);
    uncompressedBytes += statSync(tarPath).size;
    run('umoci', ['raw', 'add-layer', '--image', image, '--history.created_by', layer.createdBy, tarPath]);
    rmSync(tarPath);
  }
  run('umoci', [
    'config', '--image', image, '--no-history', '--config.user', '0:0',
    ...(config.workingDir ? ['--config.workingdir', config.workingDir] : []),
    ...(config.cmd ?? []).flatMap((part) => ['--config.cmd', part]),
    ...(config.env ?? []).flatMap((variable) => ['--config.env', variable]),
  ]);
  const dockerArchive = join(workDir, 'image-docker-archive.tar');
  log?.('skopeo copy oci: → docker-archive:…');
  run('skopeo', ['--insecure-policy', 'copy', '--quiet', `oci:${image}`, `docker-archive:${dockerArchive}:rampart-e2e/app:1`]);
  return { ociLayout: layout, tag, dockerArchive, uncompressedBytes };
}

export function run(command: string, args: readonly string[], options: { cwd?: string } = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.slice(0, 6).join(' ')}… exited with ${result.status}:\n${result.stderr.slice(-2000)}`);
  return result.stdout;
}
