import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestRepo, type TestRepo } from '../../src/sources/fixtures/git-repo.ts';
import { fakeGithubToken, runCli } from '../support/cli-harness.ts';

const tokenA = fakeGithubToken('Hx3Kq8Rw2Zt6Vn9Bm4Lp7Jd1Fc5Gs0');
const tokenB = fakeGithubToken('Pq7Lm2Xv9Rt4Wz8Kn3Bd6Hf1Js5Gc0');
const tokenC = fakeGithubToken('Zr5Tn1Wq8Lx3Vb6Km9Hd2Pf4Js7Gc0');

interface JsonFinding {
  ruleId: string;
  evidence?: string;
  location: { path: string; startLine: number; startColumn?: number; commit?: string; author?: string; date?: string };
}

interface Scan {
  code: number;
  findings: JsonFinding[];
  stderr: string;
  target?: { kind: string };
}

async function scan(repo: TestRepo, args: string[]): Promise<Scan> {
  const outcome = await runCli(['scan', ...args, '.', '--format', 'json', '--quiet'], { cwd: repo.root });
  if (outcome.stdout === '') return { code: outcome.code, findings: [], stderr: outcome.stderr };
  const report = JSON.parse(outcome.stdout) as { findings: JsonFinding[]; target: { kind: string } };
  return { code: outcome.code, findings: report.findings, stderr: outcome.stderr, target: report.target };
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

describe('rampart scan --git', () => {
  it(
    'honours the root .rampartignore and the config exclude list in history',
    withRepo(async (repo) => {
      repo.commit('leaks', { 'fixtures/a.env': `TOKEN=${tokenA}\n`, 'vendor/b.env': `TOKEN=${tokenB}\n`, 'app.env': `TOKEN=${tokenC}\n` });
      repo.commit('ignore rules', { '.rampartignore': 'fixtures/\n', 'rampart.yaml': 'exclude: ["vendor/"]\n' });
      const { findings } = await scan(repo, ['--git']);
      assert.deepEqual(findings.map((finding) => finding.location.path), ['app.env']);
    }),
  );

  it(
    'finds a secret that a later commit deleted, with the commit, author and date that added it',
    withRepo(async (repo) => {
      repo.commit('base', { 'README.md': '# demo\n' });
      const leaked = repo.commit('add config', { 'config/.env': `PORT=8080\nGITHUB_TOKEN=${tokenA}\n` });
      repo.commit('remove the token', { 'config/.env': 'PORT=8080\n' });
      const { code, findings, target } = await scan(repo, ['--git']);
      assert.equal(code, 1);
      assert.equal(target?.kind, 'git');
      assert.deepEqual(
        findings.map((finding) => [finding.ruleId, finding.location]),
        [
          [
            'github-token',
            { path: 'config/.env', startLine: 2, startColumn: 14, endLine: 2, endColumn: 54, commit: leaked, author: 'Test Author <author@example.test>', date: '2024-01-01T00:01:00+00:00' },
          ],
        ],
      );
      assert.ok(!findings[0]!.evidence?.includes(tokenA.slice(8)), 'evidence is redacted');
    }),
  );

  it(
    'finds a secret on a non-default branch, unless --branch main limits the scan',
    withRepo(async (repo) => {
      repo.commit('base', { 'README.md': '# demo\n' });
      repo.git('checkout', '-q', '-b', 'feature/leak');
      const onBranch = repo.commit('leak on a branch', { 'deploy.sh': `export GH_TOKEN=${tokenB}\n` });
      repo.git('checkout', '-q', 'main');
      assert.deepEqual(
        (await scan(repo, ['--git'])).findings.map((finding) => finding.location.commit),
        [onBranch],
      );
      const mainOnly = await scan(repo, ['--git', '--branch', 'main']);
      assert.deepEqual([mainOnly.code, mainOnly.findings], [0, []]);
    }),
  );

  it(
    'reports only commits after --since',
    withRepo(async (repo) => {
      repo.commit('old leak', { 'old.env': `TOKEN=${tokenA}\n` });
      const base = repo.commit('base', { 'README.md': '# demo\n' });
      const recent = repo.commit('new leak', { 'new.env': `TOKEN=${tokenB}\n` });
      assert.deepEqual(
        (await scan(repo, ['--git', '--since', base])).findings.map((finding) => [finding.location.path, finding.location.commit]),
        [['new.env', recent]],
      );
    }),
  );

  it(
    'reports paths with spaces and unicode as they are',
    withRepo(async (repo) => {
      repo.commit('odd names', { 'dir with space/café ñ.env': `TOKEN=${tokenA}\n`, '日本/設定.yaml': `token: ${tokenC}\n` });
      assert.deepEqual(
        (await scan(repo, ['--git'])).findings.map((finding) => finding.location.path).sort(),
        ['dir with space/café ñ.env', '日本/設定.yaml'],
      );
    }),
  );

  it(
    'puts a secret added in the middle of an existing file on its line in that file',
    withRepo(async (repo) => {
      const lines = Array.from({ length: 12 }, (_, index) => `key_${index + 1}: value`);
      repo.commit('settings', { 'settings.yaml': `${lines.join('\n')}\n` });
      const leaked = repo.commit('add token', { 'settings.yaml': `${[...lines.slice(0, 6), `github_token: ${tokenC}`, ...lines.slice(6)].join('\n')}\n` });
      assert.deepEqual(
        (await scan(repo, ['--git'])).findings.map((finding) => [finding.location.startLine, finding.location.commit]),
        [[7, leaked]],
      );
    }),
  );

  it('exits 2 with RAMPART_E_GIT outside a repository or for an unknown revision', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'rampart-not-git-'));
    const repo = createTestRepo();
    try {
      const notRepo = await runCli(['scan', '--git', outside], { cwd: outside });
      assert.equal(notRepo.code, 2);
      assert.match(notRepo.stderr, /RAMPART_E_GIT: .* is not inside a git repository/);
      assert.match(notRepo.stderr, /hint: /);
      repo.commit('base', { 'a.txt': 'a\n' });
      const unknown = await scan(repo, ['--git', '--since', 'no-such-branch']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /RAMPART_E_GIT: --since no-such-branch: unknown revision/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
      repo.cleanup();
    }
  });
});

describe('rampart scan --staged', () => {
  it(
    'fails the pre-commit check on a staged secret only, at its line in the staged file',
    withRepo(async (repo) => {
      const lines = Array.from({ length: 8 }, (_, index) => `setting_${index + 1}=on`);
      repo.commit('old leak and settings', { 'old.env': `TOKEN=${tokenA}\n`, 'app.properties': `${lines.join('\n')}\n` });
      repo.write({ 'app.properties': `${[...lines.slice(0, 3), `github.token=${tokenB}`, ...lines.slice(3)].join('\n')}\n`, 'unstaged.env': `TOKEN=${tokenC}\n` });
      repo.git('add', 'app.properties');
      const { code, findings, target } = await scan(repo, ['--staged']);
      assert.equal(code, 1);
      assert.equal(target?.kind, 'staged');
      assert.deepEqual(
        findings.map((finding) => [finding.ruleId, finding.location.path, finding.location.startLine, finding.location.commit]),
        [['github-token', 'app.properties', 4, undefined]],
      );
    }),
  );

  it(
    'passes when nothing staged holds a secret, and works before the first commit',
    withRepo(async (repo) => {
      repo.write({ 'README.md': '# new project\n', 'later.env': `TOKEN=${tokenA}\n` });
      repo.git('add', 'README.md');
      assert.deepEqual(await scan(repo, ['--staged']).then((outcome) => [outcome.code, outcome.findings]), [0, []]);
      repo.git('add', 'later.env');
      assert.deepEqual(
        (await scan(repo, ['--staged'])).findings.map((finding) => finding.location.path),
        ['later.env'],
      );
    }),
  );
});

describe('rampart scan --git with structural scanners', () => {
  it(
    'does not parse the added lines of a workflow as a workflow',
    withRepo(async (repo) => {
      repo.commit('workflow', { '.github/workflows/ci.yml': 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n' });
      repo.commit('edit', { '.github/workflows/ci.yml': 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n      - uses: actions/checkout@v4\n' });
      const outcome = await runCli(['scan', '--git', '.', '--format', 'json', '--quiet'], { cwd: repo.root });
      const report = JSON.parse(outcome.stdout) as { findings: unknown[]; errors: unknown[] };
      assert.deepEqual(report.errors, []);
      assert.deepEqual(report.findings, []);
    }),
  );
});
