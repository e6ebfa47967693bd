import { copyFileSync, cpSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDebianRootfs, imageCacheDir } from '../../test/image-e2e/debian-rootfs.ts';
import { packImage, type PackedImage } from '../../test/image-e2e/pack-image.ts';

export interface BenchImage extends PackedImage {
  rootfs: string;
  /** `name@version` of every package npm recorded installing (node_modules/.package-lock.json). */
  npmInstalled: string[];
}

/** Apt's download cache and package lists, which images drop (as Debian's own images do). */
const aptCaches = ['var/cache/apt/archives/*.deb', 'var/lib/apt/lists/*'];

/**
 * The image both tools read: the end-to-end test's debootstrapped Debian bookworm (minbase, apt
 * caches left out), then rampart's own `package.json`, `package-lock.json` and `node_modules` as
 * `npm ci` installed them (a real tree of about 100 packages and 120 MB, present offline), then a
 * layer deleting an old lockfile that the image must no longer be said to contain.
 */
export function buildBenchImage(repoRoot: string, workDir: string, log: (line: string) => void): BenchImage {
  const rootfs = ensureDebianRootfs({ cacheDir: imageCacheDir(), log });
  rmSync(workDir, { recursive: true, force: true });
  const appLayer = join(workDir, 'layers', 'app');
  mkdirSync(join(appLayer, 'app'), { recursive: true });
  for (const name of ['package.json', 'package-lock.json']) copyFileSync(join(repoRoot, name), join(appLayer, 'app', name));
  // A worktree's node_modules may be a symlink to the main checkout's.
  const nodeModules = realpathSync(join(repoRoot, 'node_modules'));
  cpSync(nodeModules, join(appLayer, 'app', 'node_modules'), { recursive: true, verbatimSymlinks: true });
  mkdirSync(join(appLayer, 'opt', 'old-app'), { recursive: true });
  writeFileSync(join(appLayer, 'opt', 'old-app', 'package-lock.json'), JSON.stringify({ name: 'old-app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'old-app', version: '1.0.0' }, 'node_modules/lodash': { version: '4.17.20' } } }));
  const cleanupLayer = join(workDir, 'layers', 'cleanup');
  mkdirSync(join(cleanupLayer, 'opt'), { recursive: true });
  writeFileSync(join(cleanupLayer, 'opt', '.wh.old-app'), '');
  const packed = packImage(
    join(workDir, 'image'),
    [
      { dir: rootfs, createdBy: 'debootstrap --variant=minbase bookworm / http://deb.debian.org/debian', exclude: aptCaches },
      { dir: appLayer, createdBy: 'COPY . /app (npm ci) and /opt/old-app' },
      { dir: cleanupLayer, createdBy: '/bin/sh -c rm -rf /opt/old-app' },
    ],
    { workingDir: '/app', cmd: ['node', 'bin/rampart.js'] },
    log,
  );
  return { ...packed, rootfs, npmInstalled: readNpmInstalled(join(nodeModules, '.package-lock.json')) };
}

/** npm's own record of the tree it installed: every `node_modules/…` entry of the hidden lockfile. */
function readNpmInstalled(hiddenLockfile: string): string[] {
  const lock = JSON.parse(readFileSync(hiddenLockfile, 'utf8')) as { packages: Record<string, { version?: string; name?: string; link?: boolean }> };
  const installed = new Set<string>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.startsWith('node_modules/') || entry.link || !entry.version) continue;
    installed.add(`${entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`);
  }
  return [...installed].sort();
}
