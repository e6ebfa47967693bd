import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RampartError } from '../core/errors.ts';
import type { SourceFile } from '../core/source-file.ts';
import { fakeGithubToken, runCli } from '../../test/support/cli-harness.ts';
import { createTestRepo, type TestRepo } from '../../test/support/git-repo.ts';
import { createGitHistorySource, type GitHistoryOptions } from './git-history.ts';

const tokenA = fakeGithubToken('Hx3Kq8Rw2Zt6Vn9Bm4Lp7Jd1Fc5Gs0');
const tokenB = fakeGithubToken('Pq7Lm2Xv9Rt4Wz8Kn3Bd6Hf1Js5Gc0');
const tokenC = fakeGithubToken('Zr5Tn1Wq8Lx3Vb6Km9Hd2Pf4Js7Gc0');

interface ReadFile {
  path: string;
  commit: string | undefined;
  author: string | undefined;
  text: string;
  /** Real line of each line of the text. */
  lines: number[];
}

async function readHistory(repo: TestRepo, options: Partial<GitHistoryOptions> = {}) {
  const source = await createGitHistorySource({ root: repo.root, maxFileBytes: 1024 * 1024, exclude: [], ...options });
  const files: ReadFile[] = [];
  for await (const file of source.files) files.push(await readOne(file));
  return { files, report: source.report() };
}

async function readOne(file: SourceFile): Promise<ReadFile> {
  const text = await file.read();
  assert.ok(text, `${file.path} should be text`);
  const lines = text.text.replace(/\n$/, '').split('\n').map((_, index) => text.lineMap!(index + 1));
  return { path: file.path, commit: file.origin?.commit, author: file.origin?.author, text: text.text, lines };
}

interface JsonFinding {
  ruleId: string;
  evidence?: string;
  location: { path: string; startLine: number; commit?: string; author?: string; date?: string };
}

async function scanGit(repo: TestRepo, extra: string[] = []): Promise<{ code: number; findings: JsonFinding[]; stderr: string; notices: { code: string; path?: string }[] }> {
  const outcome = await runCli(['scan', '--git', '.', '--format', 'json', '--quiet', '--fail-on', 'never', ...extra], { cwd: repo.root });
  if (outcome.stdout === '') return { code: outcome.code, findings: [], stderr: outcome.stderr, notices: [] };
  const report = JSON.parse(outcome.stdout) as { findings: JsonFinding[]; notices: { code: string; path?: string }[] };
  return { code: outcome.code, findings: report.findings, stderr: outcome.stderr, notices: report.notices };
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

describe('createGitHistorySource', () => {
  it(
    'feeds only the lines each commit added, with their line numbers in the new file',
    withRepo(async (repo) => {
      const ten = Array.from({ length: 10 }, (_, index) => `line ${index + 1}`);
      const first = repo.commit('ten lines', { 'app.conf': `${ten.join('\n')}\n` });
      const second = repo.commit('insert in the middle', { 'app.conf': `${[...ten.slice(0, 4), 'inserted', ...ten.slice(4, 8), 'changed 9', ten[9]].join('\n')}\n` });
      const { files } = await readHistory(repo);
      const byCommit = new Map(files.map((file) => [file.commit, file]));
      assert.deepEqual(byCommit.get(second), { path: 'app.conf', commit: second, author: 'Test Author <author@example.test>', text: 'inserted\nchanged 9\n', lines: [5, 10] });
      assert.deepEqual(byCommit.get(first)?.lines, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }),
  );

  it(
    'finds a secret that a later commit deleted, in the commit that added it',
    withRepo(async (repo) => {
      repo.commit('base', { 'README.md': '# demo\n' });
      const leaked = repo.commit('add config', { 'config/.env': `PORT=8080\nGITHUB_TOKEN=${tokenA}\n` });
      repo.commit('remove the token', { 'config/.env': 'PORT=8080\n' });
      const { findings } = await scanGit(repo);
      assert.equal(findings.length, 1);
      assert.equal(findings[0]!.ruleId, 'github-token');
      assert.deepEqual(
        { ...findings[0]!.location, date: undefined },
        { ...findings[0]!.location, path: 'config/.env', startLine: 2, commit: leaked, author: 'Test Author <author@example.test>', date: undefined },
      );
      assert.match(findings[0]!.location.date ?? '', /^2024-01-01T00:01:00[+Z]/);
      assert.ok(!findings[0]!.evidence?.includes(tokenA.slice(8)), 'evidence is redacted');
    }),
  );

  it(
    'scans every ref by default and only the named branch with --branch',
    withRepo(async (repo) => {
      repo.commit('base', { 'README.md': '# demo\n' });
      repo.git('checkout', '-q', '-b', 'feature/leak');
      const onBranch = repo.commit('leak on a branch', { 'deploy.sh': `export GH_TOKEN=${tokenB}\n` });
      repo.git('checkout', '-q', 'main');
      const everything = await scanGit(repo);
      assert.deepEqual(
        everything.findings.map((finding) => finding.location.commit),
        [onBranch],
      );
      assert.deepEqual((await scanGit(repo, ['--branch', 'main'])).findings, []);
      assert.equal((await scanGit(repo, ['--branch', 'feature/leak'])).findings.length, 1);
    }),
  );

  it(
    'scans only commits after --since',
    withRepo(async (repo) => {
      repo.commit('old leak', { 'old.env': `TOKEN=${tokenA}\n` });
      const base = repo.commit('base', { 'README.md': '# demo\n' });
      const recent = repo.commit('new leak', { 'new.env': `TOKEN=${tokenB}\n` });
      const { findings } = await scanGit(repo, ['--since', base]);
      assert.deepEqual(
        findings.map((finding) => [finding.location.path, finding.location.commit]),
        [['new.env', recent]],
      );
      const { files } = await readHistory(repo, { since: 'HEAD~1', branch: 'main' });
      assert.deepEqual(
        files.map((file) => file.commit),
        [recent],
      );
    }),
  );

  it(
    'reports paths with spaces, unicode, tabs and quotes as they are',
    withRepo(async (repo) => {
      repo.commit('odd names', {
        'dir with space/café ñ.env': `TOKEN=${tokenA}\n`,
        'tab\there "quoted".txt': `TOKEN=${tokenB}\n`,
        '日本/設定.yaml': `token: ${tokenC}\n`,
      });
      const { findings } = await scanGit(repo);
      assert.deepEqual(findings.map((finding) => finding.location.path).sort(), ['dir with space/café ñ.env', 'tab\there "quoted".txt', '日本/設定.yaml']);
    }),
  );

  it(
    'reports a line an author added while resolving a merge, once, on the merge commit',
    withRepo(async (repo) => {
      repo.commit('base', { 'f.txt': 'a\nb\n' });
      repo.git('checkout', '-q', '-b', 'side');
      const side = repo.commit('side', { 'f.txt': 'a\nb\nside\n' });
      repo.git('checkout', '-q', 'main');
      repo.commit('main', { 'f.txt': 'main\na\nb\n' });
      repo.git('merge', '-q', '--no-commit', 'side');
      const merge = repo.commit('evil merge', { 'f.txt': `main\na\nb\nside\nTOKEN=${tokenC}\n` });
      const { files } = await readHistory(repo);
      const merged = files.filter((file) => file.commit === merge);
      assert.deepEqual(merged.map((file) => [file.text, file.lines]), [[`TOKEN=${tokenC}\n`, [5]]]);
      assert.equal(files.filter((file) => file.text.includes('side')).length, 1, 'the side line is seen once, in its own commit');
      assert.equal(files.find((file) => file.text.includes('side'))?.commit, side);
    }),
  );

  it(
    'skips binary files and files matching the config exclude patterns',
    withRepo(async (repo) => {
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from(`IHDR TOKEN=${tokenA}\n`)]);
      repo.commit('assets', { 'logo.png': png, 'vendor/lib.js': `var t = "${tokenB}";\n`, 'src/ok.txt': 'fine\n' });
      const { files, report } = await readHistory(repo, { exclude: ['vendor/'] });
      assert.deepEqual(
        files.map((file) => file.path),
        ['src/ok.txt'],
      );
      assert.equal(report.skipped, 1);
    }),
  );

  it(
    'is not fooled by a .gitattributes in the work tree that marks text as binary',
    withRepo(async (repo) => {
      repo.commit('leak', { 'notes.txt': `TOKEN=${tokenA}\n` });
      repo.write({ '.gitattributes': '*.txt -diff\n' });
      const { files } = await readHistory(repo);
      assert.deepEqual(
        files.map((file) => file.path),
        ['notes.txt'],
      );
    }),
  );

  it(
    'scans the first maxFileBytes of a file-in-commit and names the rest in a notice',
    withRepo(async (repo) => {
      const filler = Array.from({ length: 50 }, (_, index) => `filler line ${index}`).join('\n');
      const commit = repo.commit('big', { 'big.txt': `TOKEN=${tokenA}\n${filler}\nTOKEN=${tokenB}\n` });
      const { files, report } = await readHistory(repo, { maxFileBytes: 200 });
      assert.equal(files.length, 1);
      assert.ok(files[0]!.text.includes(tokenA));
      assert.ok(!files[0]!.text.includes(tokenB));
      assert.equal(report.notices.length, 1);
      assert.equal(report.notices[0]!.code, 'RAMPART_N_FILE_TOO_LARGE');
      assert.match(report.notices[0]!.message, new RegExp(`commit ${commit.slice(0, 12)}`));
    }),
  );

  it(
    'scans nothing, without error, in a repository with no commits',
    withRepo(async (repo) => {
      const { files, report } = await readHistory(repo);
      assert.deepEqual(files, []);
      assert.deepEqual(report.errors, []);
    }),
  );

  it('fails with RAMPART_E_GIT outside a repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'rampart-not-git-'));
    try {
      await assert.rejects(createGitHistorySource({ root: outside, maxFileBytes: 1024, exclude: [] }), (error: unknown) => {
        assert.ok(error instanceof RampartError);
        assert.equal(error.code, 'RAMPART_E_GIT');
        assert.match(error.message, /not inside a git repository/);
        assert.ok(error.message.includes(outside));
        return true;
      });
      const cli = await runCli(['scan', '--git', outside], { cwd: outside });
      assert.equal(cli.code, 2);
      assert.match(cli.stderr, /RAMPART_E_GIT/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it(
    'fails with RAMPART_E_GIT naming an unknown revision, and never reads one as an option',
    withRepo(async (repo) => {
      repo.commit('base', { 'a.txt': 'a\n' });
      const unknown = await scanGit(repo, ['--since', 'no-such-branch']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /RAMPART_E_GIT: --since no-such-branch: unknown revision/);
      const marker = join(repo.root, 'written-by-git');
      const injected = await scanGit(repo, [`--branch=--output=${marker}`]);
      assert.equal(injected.code, 2);
      assert.match(injected.stderr, /unknown revision/);
      assert.equal(existsSync(marker), false);
    }),
  );
});
