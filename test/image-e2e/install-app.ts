import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './pack-image.ts';

/** The committed app: a package.json and an old package-lock.json whose pinned versions have advisories in the OSV corpus. */
export const appSourceDir = fileURLToPath(new URL('./app/', import.meta.url));

/**
 * The app with its node_modules as `npm ci` installs them from the npm registry (install scripts
 * off), cached by the lockfile's hash so reruns need no network. A real install, not a
 * synthesised tree: the point is to check rampart against what npm actually lays out on disk.
 */
export function ensureInstalledApp(cacheDir: string, log?: (line: string) => void): string {
  const lockfile = readFileSync(join(appSourceDir, 'package-lock.json'));
  const key = createHash('sha256').update(readFileSync(join(appSourceDir, 'package.json'))).update(lockfile).digest('hex').slice(0, 12);
  const finished = join(cacheDir, `npm-app-${key}`);
  if (existsSync(join(finished, 'complete'))) return join(finished, 'app');
  const partial = `${finished}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(join(partial, 'app'), { recursive: true });
  for (const name of ['package.json', 'package-lock.json']) copyFileSync(join(appSourceDir, name), join(partial, 'app', name));
  log?.('npm ci (the e2e app, from the npm registry)…');
  run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: join(partial, 'app') });
  writeFileSync(join(partial, 'complete'), '');
  rmSync(finished, { recursive: true, force: true });
  renameSync(partial, finished);
  return join(finished, 'app');
}

/** `name@version` of every package the lockfile installs (the root project left out). */
export function lockfileInstalledSet(): string[] {
  const lock = JSON.parse(readFileSync(join(appSourceDir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; name?: string }> };
  return Object.entries(lock.packages)
    .filter(([path]) => path !== '')
    .map(([path, entry]) => `${entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`)
    .sort();
}
