import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RampartError } from '../core/errors.ts';
import { fakeGithubToken, runCli } from '../../test/support/cli-harness.ts';
import { createTestRepo, testGitEnv, type TestRepo } from '../../test/support/git-repo.ts';
import { createStagedSource, type GitStagedOptions } from './git-staged.ts';

const committedToken = fakeGithubToken('Cm4Tq8Wx2Rz6Vb9Nk3Lh7Jp1Fd5Gs0');
const stagedToken = fakeGithubToken('St7Gd2Xq9Lw4Rz8Mn3Bk6Hv1Jp5Fc0');
const unstagedToken = fakeGithubToken('Un5Ws1Tq8Kx3Vz6Lm9Hb2Pd4Jr7Gf0');

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

async function scanStaged(repo: TestRepo): Promise<{ code: number; findings: { ruleId: string; location: { path: string; startLine: number; commit?: string } }[] }> {
  const outcome = await runCli(['scan', '--staged', '.', '--format', 'json', '--quiet'], { cwd: repo.root });
  return { code: outcome.code, findings: (JSON.parse(outcome.stdout) as { findings: [] }).findings };
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
    'reports what is staged, not what is committed or only in the work tree',
    withRepo(async (repo) => {
      repo.commit('old leak', { 'old.env': `TOKEN=${committedToken}\n` });
      repo.write({ 'staged.env': `TOKEN=${stagedToken}\n`, 'unstaged.env': `TOKEN=${unstagedToken}\n` });
      repo.git('add', 'staged.env');
      const { code, findings } = await scanStaged(repo);
      assert.equal(code, 1, 'a critical staged secret fails the pre-commit hook');
      assert.deepEqual(
        findings.map((finding) => [finding.ruleId, finding.location.path, finding.location.startLine, finding.location.commit]),
        [['github-token', 'staged.env', 1, undefined]],
      );
    }),
  );

  it(
    'numbers lines as in the staged file when a secret is added in the middle',
    withRepo(async (repo) => {
      const lines = Array.from({ length: 8 }, (_, index) => `setting_${index + 1}=on`);
      repo.commit('settings', { 'app.properties': `${lines.join('\n')}\n` });
      repo.write({ 'app.properties': `${[...lines.slice(0, 3), `github.token=${stagedToken}`, ...lines.slice(3)].join('\n')}\n` });
      repo.git('add', 'app.properties');
      const { files } = await readStaged(repo);
      assert.deepEqual(files, [{ path: 'app.properties', text: `github.token=${stagedToken}\n`, lines: [4], hasOrigin: false }]);
      const { findings } = await scanStaged(repo);
      assert.deepEqual(
        findings.map((finding) => finding.location.startLine),
        [4],
      );
    }),
  );

  it(
    'works in a repository with no commits yet',
    withRepo(async (repo) => {
      repo.write({ 'first.env': `TOKEN=${stagedToken}\n` });
      repo.git('add', 'first.env');
      const { findings } = await scanStaged(repo);
      assert.deepEqual(
        findings.map((finding) => finding.location.path),
        ['first.env'],
      );
    }),
  );

  it(
    'reads the index a pre-commit hook is given in GIT_INDEX_FILE',
    withRepo(async (repo) => {
      repo.commit('base', { 'a.txt': 'a\n' });
      const indexFile = join(repo.root, '.git', 'hook-index');
      repo.write({ 'partial.env': `TOKEN=${stagedToken}\n` });
      // What `git commit <path>` does: stage into a separate index and hand it to the hook.
      repo.git('read-tree', `--index-output=${indexFile}`, 'HEAD');
      const env = { ...testGitEnv(), GIT_INDEX_FILE: indexFile };
      execFileSync('git', ['add', 'partial.env'], { cwd: repo.root, env });
      assert.deepEqual((await readStaged(repo)).files, [], 'the normal index has nothing staged');
      const { files } = await readStaged(repo, { env: { ...process.env, GIT_INDEX_FILE: '.git/hook-index' } });
      assert.deepEqual(
        files.map((file) => file.path),
        ['partial.env'],
      );
    }),
  );

  it(
    'honours config exclude patterns',
    withRepo(async (repo) => {
      repo.write({ 'fixtures/fake.env': `TOKEN=${stagedToken}\n`, 'real.env': 'PORT=1\n' });
      repo.git('add', '-A');
      const { files } = await readStaged(repo, { exclude: ['fixtures/'] });
      assert.deepEqual(
        files.map((file) => file.path),
        ['real.env'],
      );
    }),
  );

  it('fails with RAMPART_E_GIT outside a repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'rampart-not-git-'));
    try {
      await assert.rejects(createStagedSource({ root: outside, maxFileBytes: 1024, exclude: [] }), (error: unknown) => error instanceof RampartError && error.code === 'RAMPART_E_GIT' && /--staged/.test(error.hint ?? ''));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
