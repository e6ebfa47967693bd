import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CdxgenPaths {
  /** The CLI script, run with this Node. */
  script: string;
  version: string;
}

/**
 * Installs `@cyclonedx/cdxgen` from bench/deps/tools-manifest, pinned by its lockfile, into
 * bench/.tools/deps (install scripts off: the optional native plugins are not needed to read a
 * package-lock.json). Separate from the other bench tools; once installed it runs offline.
 */
export function ensureCdxgen(benchDir: string, log: (line: string) => void): CdxgenPaths {
  const manifestDir = join(benchDir, 'deps', 'tools-manifest');
  const toolsDir = join(benchDir, '.tools', 'deps');
  const packageDir = join(toolsDir, 'node_modules', '@cyclonedx', 'cdxgen');
  const lockFile = join(manifestDir, 'package-lock.json');
  const installedLock = join(toolsDir, 'package-lock.json');
  mkdirSync(toolsDir, { recursive: true });
  const isCurrent = existsSync(join(packageDir, 'package.json')) && existsSync(installedLock) && readFileSync(installedLock, 'utf8') === readFileSync(lockFile, 'utf8');
  if (!isCurrent) {
    log('installing @cyclonedx/cdxgen into bench/.tools/deps (npm install from the pinned lockfile)…');
    copyFileSync(join(manifestDir, 'package.json'), join(toolsDir, 'package.json'));
    copyFileSync(lockFile, installedLock);
    // Not `npm ci`: cdxgen's per-platform optional packages are missing from any lockfile written on one platform, which `npm ci` refuses.
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: toolsDir, stdio: ['ignore', 'ignore', 'inherit'] });
    copyFileSync(lockFile, installedLock);
  }
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { script: join(packageDir, 'bin', 'cdxgen.js'), version };
}

/** True when `unshare -n` can give a command an empty network namespace (root, or user namespaces allowed). */
export function canIsolateNetwork(): boolean {
  return spawnSync('unshare', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}
