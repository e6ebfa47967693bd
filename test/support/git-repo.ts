import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TestRepo {
  root: string;
  /** Runs git in the repository; returns stdout. */
  git(...args: string[]): string;
  write(files: Record<string, string | Buffer>): void;
  /** Writes the files, stages everything and commits; returns the full sha. */
  commit(message: string, files?: Record<string, string | Buffer>): string;
  cleanup(): void;
}

/** Git for test setup: no system or global config, fixed identity, dates that advance per commit. */
export function testGitEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !name.startsWith('GIT_')) env[name] = value;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' };
}

/** A throwaway repository in the temp dir, on branch main, with a local identity. */
export function createTestRepo(): TestRepo {
  const root = mkdtempSync(join(tmpdir(), 'rampart-git-'));
  let commits = 0;
  const git = (...args: string[]): string => {
    const date = `${1704067200 + commits * 60} +0000`;
    return execFileSync('git', args, { cwd: root, env: { ...testGitEnv(), GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test Author');
  git('config', 'user.email', 'author@example.test');
  git('config', 'commit.gpgSign', 'false');
  const write = (files: Record<string, string | Buffer>) => {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
  };
  return {
    root,
    git,
    write,
    commit(message, files = {}) {
      write(files);
      git('add', '-A');
      // --no-verify: setup commits must not run hooks, even in the hostile-config tests.
      git('commit', '-q', '--no-verify', '--allow-empty', '-m', message);
      commits++;
      return git('rev-parse', 'HEAD').trim();
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
