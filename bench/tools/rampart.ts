import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandSpec } from '../measure.ts';

/** The parts of rampart's JSON report the bench reads. */
export interface RampartReport {
  findings: { ruleId: string; location: { path: string; startLine: number; commit?: string } }[];
  errors: unknown[];
  stats: { files: number; bytes: number; durationMs: number };
}

/**
 * Compiles src/ so bin/rampart.js runs the code being measured, not a stale dist/. tsc still
 * emits when it finds type errors, so a type error elsewhere in the tree is a warning here, not
 * the end of the bench; the message it returns says so.
 */
export function buildRampart(repoRoot: string): string | undefined {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status === 0) return undefined;
  if (!existsSync(join(repoRoot, 'dist', 'cli', 'main.js'))) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  return `npm run build reported errors (dist/ was still emitted):\n${`${build.stdout}${build.stderr}`.trim().split('\n').slice(0, 5).join('\n')}`;
}

/** The published CLI on a directory, as a CI job would run it; `extraArgs` such as `--jobs 1` go last. */
export function rampartScanSpec(repoRoot: string, root: string, outputPath = '/dev/null', scanners = 'secrets', extraArgs: readonly string[] = []): CommandSpec {
  return {
    command: process.execPath,
    args: [join(repoRoot, 'bin', 'rampart.js'), 'scan', root, '--format', 'json', '-o', outputPath, '--quiet', '--fail-on', 'never', '--no-gitignore', '--scanners', scanners, ...extraArgs],
    cwd: repoRoot,
  };
}

/** The CLI on every commit of a repository. */
export function rampartGitSpec(repoRoot: string, repo: string, outputPath = '/dev/null'): CommandSpec {
  return {
    command: process.execPath,
    args: [join(repoRoot, 'bin', 'rampart.js'), 'scan', '--git', repo, '--format', 'json', '-o', outputPath, '--quiet', '--fail-on', 'never', '--scanners', 'secrets'],
    cwd: repoRoot,
  };
}

export function readRampartReport(path: string): RampartReport {
  return JSON.parse(readFileSync(path, 'utf8')) as RampartReport;
}
