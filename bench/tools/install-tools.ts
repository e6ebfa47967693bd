import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ToolPaths {
  toolsDir: string;
  nodeModules: string;
  lockFile: string;
  secretlintBin: string;
  secretlintConfig: string;
}

/**
 * Installs the peer tools and corpus packages from bench/tools-manifest (pinned by its lockfile)
 * into bench/.tools, and the system tools the bench shells out to. Nothing here becomes a
 * dependency of rampart itself.
 */
export function ensureTools(benchDir: string, log: (line: string) => void): ToolPaths {
  const manifestDir = join(benchDir, 'tools-manifest');
  const toolsDir = join(benchDir, '.tools');
  const paths: ToolPaths = {
    toolsDir,
    nodeModules: join(toolsDir, 'node_modules'),
    lockFile: join(manifestDir, 'package-lock.json'),
    secretlintBin: join(toolsDir, 'node_modules', 'secretlint', 'bin', 'secretlint.js'),
    secretlintConfig: join(toolsDir, '.secretlintrc.json'),
  };
  ensureSystemTools(log);
  mkdirSync(toolsDir, { recursive: true });
  const installedLock = join(toolsDir, 'package-lock.json');
  const isCurrent = existsSync(installedLock) && existsSync(paths.secretlintBin) && readFileSync(installedLock, 'utf8') === readFileSync(paths.lockFile, 'utf8');
  if (!isCurrent) {
    log('installing peer tools and corpus packages into bench/.tools (npm ci)…');
    copyFileSync(join(manifestDir, 'package.json'), join(toolsDir, 'package.json'));
    copyFileSync(paths.lockFile, installedLock);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: toolsDir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  writeFileSync(paths.secretlintConfig, `${JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2)}\n`);
  return paths;
}

const systemTools = [
  { binary: '/usr/bin/time', aptPackage: 'time' },
  { binary: 'rg', aptPackage: 'ripgrep' },
  { binary: 'git', aptPackage: 'git' },
] as const;

/** /usr/bin/time, rg and git, installed with apt-get when missing; every part of the bench needs time. */
export function ensureSystemTools(log: (line: string) => void): void {
  const missing = systemTools.filter((tool) => !isOnPath(tool.binary)).map((tool) => tool.aptPackage);
  if (missing.length === 0) return;
  log(`installing ${missing.join(', ')} with apt-get…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function isOnPath(binary: string): boolean {
  if (binary.startsWith('/')) return existsSync(binary);
  try {
    execFileSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
