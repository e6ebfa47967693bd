import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RampartError } from '../core/errors.ts';
import { createTestRepo, testGitEnv, type TestRepo } from './fixtures/git-repo.ts';
import { createStagedSource, type GitStagedOptions } from './git-staged.ts';

async function readStaged(repo: TestRepo, options: Partial<GitStagedOptions> = {}) {
  const source = await createStagedSource({ root: repo.root, maxFileBytes: 1024 * 1024, exclude: [], ...options });
  const files: { path: string; text: string; lines: number[]; hasOrigin: boolean }[] = [];
  for await (const file of source.files) {
    const text = await file.read();
    assert.ok(text);
    const lines = text.text.replace(/\n$/, '').split('\n').map((_, index) => text.lineMap!(index + 1));
    files.push({ path: file.path, text: text.text, lines, hasOrigin: file.origin !== undefined });
  }
  return { files, report: source.report() };
}

function withRepo(test: (repo: TestRepo) => Promise<void>): () => Promise<void> {
  return async () => {
    const repo = createTestRepo();
    try {
      await test(repo);
    } finally {
      repo.cleanup();
    }
  };
}

describe('createStagedSource', () => {
  it(
    'reads what is staged, not what is committed or only in the work tree',
    withRepo(async (repo) => {
      repo.commit('old', { 'old.env': 'committed\n' });
      repo.write({ 'staged.env': 'staged\n', 'unstaged.env': 'unstaged\n', 'old.env': 'committed\nedited but not staged\n' });
      repo.git('add', 'staged.env');
      assert.deepEqual((await readStaged(repo)).files, [{ path: 'staged.env', text: 'staged\n', lines: [1], hasOrigin: false }]);
    }),
  );

  it(
    'numbers lines as in the staged file when lines are added in the middle',
    withRepo(async (repo) => {
      const lines = Array.from({ length: 8 }, (_, index) => `setting_${index + 1}=on`);
      repo.commit('settings', { 'app.properties': `${lines.join('\n')}\n` });
      repo.write({ 'app.properties': `${[...lines.slice(0, 3), 'inserted=1', ...lines.slice(3, 7), 'also=2', lines[7]].join('\n')}\n` });
      repo.git('add', 'app.properties');
      assert.deepEqual(
        (await readStaged(repo)).files.map((file) => [file.text, file.lines]),
        [['inserted=1\nalso=2\n', [4, 9]]],
      );
    }),
  );

  it(
    'works in a repository with no commits yet',
    withRepo(async (repo) => {
      repo.write({ 'first.env': 'first\n' });
      repo.git('add', 'first.env');
      assert.deepEqual(
        (await readStaged(repo)).files.map((file) => file.path),
        ['first.env'],
      );
    }),
  );

  it(
    'reads the index a pre-commit hook is given in GIT_INDEX_FILE, even as a relative path',
    withRepo(async (repo) => {
      repo.commit('base', { 'a.txt': 'a\n' });
      const indexFile = join(repo.root, '.git', 'hook-index');
      repo.write({ 'partial.env': 'partial\n' });
      // What `git commit <path>` does: stage into a separate index and hand it to the hook.
      repo.git('read-tree', `--index-output=${indexFile}`, 'HEAD');
      execFileSync('git', ['add', 'partial.env'], { cwd: repo.root, env: { ...testGitEnv(), GIT_INDEX_FILE: indexFile } });
      assert.deepEqual((await readStaged(repo)).files, [], 'the normal index has nothing staged');
      const { files } = await readStaged(repo, { env: { ...process.env, GIT_INDEX_FILE: '.git/hook-index' } });
      assert.deepEqual(
        files.map((file) => file.path),
        ['partial.env'],
      );
    }),
  );

  it(
    'honours config exclude patterns and skips staged binaries',
    withRepo(async (repo) => {
      repo.write({ 'fixtures/fake.env': 'fake\n', 'real.env': 'PORT=1\n', 'blob.bin': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 0x0a]) });
      repo.git('add', '-A');
      const { files, report } = await readStaged(repo, { exclude: ['fixtures/'] });
      assert.deepEqual(
        files.map((file) => file.path),
        ['real.env'],
      );
      assert.equal(report.skipped, 1);
    }),
  );

  it('fails with RAMPART_E_GIT outside a repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'rampart-not-git-'));
    try {
      await assert.rejects(
        createStagedSource({ root: outside, maxFileBytes: 1024, exclude: [] }),
        (error: unknown) => error instanceof RampartError && error.code === 'RAMPART_E_GIT' && error.message.includes(outside) && /--staged/.test(error.hint ?? ''),
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
