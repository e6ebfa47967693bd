import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RampartError } from '../core/errors.ts';
import type { SourceFile } from '../core/source-file.ts';
import { createTestRepo, type TestRepo } from './fixtures/git-repo.ts';
import { createGitHistorySource, type GitHistoryOptions } from './git-history.ts';

interface ReadFile {
  path: string;
  commit: string | undefined;
  text: string;
  /** Real line of each line of the text. */
  lines: number[];
}

async function readHistory(repo: TestRepo, options: Partial<GitHistoryOptions> = {}) {
  const source = await createGitHistorySource({ root: repo.root, maxFileBytes: 1024 * 1024, exclude: [], ...options });
  const files: ReadFile[] = [];
  const origins: SourceFile['origin'][] = [];
  for await (const file of source.files) {
    files.push(await readOne(file));
    origins.push(file.origin);
  }
  return { files, origins, report: source.report() };
}

async function readOne(file: SourceFile): Promise<ReadFile> {
  const text = await file.read();
  assert.ok(text, `${file.path} should be text`);
  const lines = text.text.replace(/\n$/, '').split('\n').map((_, index) => text.lineMap!(index + 1));
  return { path: file.path, commit: file.origin?.commit, text: text.text, lines };
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

function rejectsWithGitError(promise: Promise<unknown>, message: RegExp): Promise<void> {
  return assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof RampartError);
    assert.equal(error.code, 'RAMPART_E_GIT');
    assert.match(error.message, message);
    assert.ok(error.hint);
    return true;
  });
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
      assert.deepEqual(byCommit.get(second), { path: 'app.conf', commit: second, text: 'inserted\nchanged 9\n', lines: [5, 10] });
      assert.deepEqual(byCommit.get(first)?.lines, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }),
  );

  it(
    'gives each file its commit, author and date',
    withRepo(async (repo) => {
      repo.commit('first', { 'a.txt': 'a\n' });
      const second = repo.commit('second', { 'b.txt': 'b\n' });
      const { origins } = await readHistory(repo);
      assert.deepEqual(origins[0], { commit: second, author: 'Test Author <author@example.test>', date: '2024-01-01T00:01:00+00:00' });
    }),
  );

  it(
    'still sees lines that a later commit deleted, in the commit that added them',
    withRepo(async (repo) => {
      const added = repo.commit('add', { '.env': 'PORT=1\nPASSWORD=hunter2-but-longer\n' });
      repo.commit('remove', { '.env': 'PORT=1\n' });
      const { files } = await readHistory(repo);
      assert.deepEqual(
        files.map((file) => [file.commit, file.text]),
        [[added, 'PORT=1\nPASSWORD=hunter2-but-longer\n']],
      );
    }),
  );

  it(
    'walks every ref by default, and one branch with the branch option',
    withRepo(async (repo) => {
      repo.commit('base', { 'README.md': '# demo\n' });
      repo.git('checkout', '-q', '-b', 'feature/x');
      const onBranch = repo.commit('on a branch', { 'deploy.sh': 'echo branch\n' });
      repo.git('checkout', '-q', 'main');
      assert.ok((await readHistory(repo)).files.some((file) => file.commit === onBranch));
      assert.ok(!(await readHistory(repo, { branch: 'main' })).files.some((file) => file.commit === onBranch));
      assert.ok((await readHistory(repo, { branch: 'feature/x' })).files.some((file) => file.commit === onBranch));
    }),
  );

  it(
    'reads only commits after since, on every ref or on one branch',
    withRepo(async (repo) => {
      repo.commit('old', { 'old.txt': 'old\n' });
      const base = repo.commit('base', { 'README.md': '# demo\n' });
      const recent = repo.commit('new', { 'new.txt': 'new\n' });
      assert.deepEqual(
        (await readHistory(repo, { since: base })).files.map((file) => file.commit),
        [recent],
      );
      assert.deepEqual(
        (await readHistory(repo, { since: 'HEAD~1', branch: 'main' })).files.map((file) => file.path),
        ['new.txt'],
      );
    }),
  );

  it(
    'reports paths with spaces, unicode, tabs and quotes as they are',
    withRepo(async (repo) => {
      repo.commit('odd names', { 'dir with space/café ñ.env': 'a\n', 'tab\there "quoted".txt': 'b\n', '日本/設定.yaml': 'c\n' });
      const { files } = await readHistory(repo);
      assert.deepEqual(files.map((file) => file.path).sort(), ['dir with space/café ñ.env', 'tab\there "quoted".txt', '日本/設定.yaml']);
    }),
  );

  it(
    'does not re-read a renamed file',
    withRepo(async (repo) => {
      const lines = Array.from({ length: 20 }, (_, index) => `value ${index}`).join('\n');
      const added = repo.commit('add', { 'old/name.txt': `${lines}\n` });
      mkdirSync(join(repo.root, 'new'));
      repo.git('mv', 'old/name.txt', 'new/name.txt');
      repo.commit('move');
      assert.deepEqual(
        (await readHistory(repo)).files.map((file) => [file.path, file.commit]),
        [['old/name.txt', added]],
      );
    }),
  );

  it(
    'reads a line added while resolving a merge once, on the merge commit',
    withRepo(async (repo) => {
      repo.commit('base', { 'f.txt': 'a\nb\n' });
      repo.git('checkout', '-q', '-b', 'side');
      const side = repo.commit('side', { 'f.txt': 'a\nb\nside\n' });
      repo.git('checkout', '-q', 'main');
      repo.commit('main', { 'f.txt': 'main\na\nb\n' });
      repo.git('merge', '-q', '--no-commit', 'side');
      const merge = repo.commit('evil merge', { 'f.txt': 'main\na\nb\nside\nadded in the merge\n' });
      const { files } = await readHistory(repo);
      assert.deepEqual(
        files.filter((file) => file.commit === merge).map((file) => [file.text, file.lines]),
        [['added in the merge\n', [5]]],
      );
      assert.deepEqual(
        files.filter((file) => file.text.includes('side')).map((file) => file.commit),
        [side],
      );
    }),
  );

  it(
    'skips binary files (counted) and paths matching the config exclude patterns',
    withRepo(async (repo) => {
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x0a]);
      repo.commit('assets', { 'logo.png': png, 'vendor/lib.js': 'var x;\n', 'src/ok.txt': 'fine\n' });
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
      repo.commit('text', { 'notes.txt': 'hidden?\n' });
      repo.write({ '.gitattributes': '*.txt -diff\n' });
      assert.deepEqual(
        (await readHistory(repo)).files.map((file) => file.text),
        ['hidden?\n'],
      );
      // A work tree named in the config is not read either.
      repo.git('config', 'core.worktree', repo.root);
      assert.deepEqual(
        (await readHistory(repo)).files.map((file) => file.text),
        ['hidden?\n'],
      );
    }),
  );

  it(
    'reads the first maxFileBytes of a file-in-commit and names the rest in a notice',
    withRepo(async (repo) => {
      const filler = Array.from({ length: 50 }, (_, index) => `filler line ${index}`).join('\n');
      const commit = repo.commit('big', { 'big.txt': `first\n${filler}\nlast\n` });
      const { files, report } = await readHistory(repo, { maxFileBytes: 200 });
      assert.equal(files.length, 1);
      assert.ok(files[0]!.text.startsWith('first\n'));
      assert.ok(!files[0]!.text.includes('last'));
      assert.deepEqual(
        report.notices.map((notice) => [notice.path, notice.code]),
        [['big.txt', 'RAMPART_N_FILE_TOO_LARGE']],
      );
      assert.match(report.notices[0]!.message, new RegExp(`commit ${commit.slice(0, 12)}`));
    }),
  );

  it(
    'reads nothing, without error, in a repository with no commits',
    withRepo(async (repo) => {
      const { files, report } = await readHistory(repo);
      assert.deepEqual(files, []);
      assert.deepEqual(report.errors, []);
    }),
  );

  it('fails with RAMPART_E_GIT naming the path outside a repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'rampart-not-git-'));
    try {
      await rejectsWithGitError(createGitHistorySource({ root: outside, maxFileBytes: 1024, exclude: [] }), new RegExp(`${outside} is not inside a git repository`));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it(
    'fails with RAMPART_E_GIT naming an unknown revision, and never reads a revision as an option',
    withRepo(async (repo) => {
      repo.commit('base', { 'a.txt': 'a\n' });
      await rejectsWithGitError(createGitHistorySource({ root: repo.root, maxFileBytes: 1024, exclude: [], since: 'no-such-branch' }), /--since no-such-branch: unknown revision/);
      const marker = join(repo.root, 'written-by-git');
      await rejectsWithGitError(createGitHistorySource({ root: repo.root, maxFileBytes: 1024, exclude: [], branch: `--output=${marker}` }), /unknown revision/);
      assert.equal(existsSync(marker), false);
    }),
  );

  it(
    'stops git when the scan stops reading early',
    withRepo(async (repo) => {
      for (let index = 0; index < 30; index++) repo.commit(`commit ${index}`, { [`file-${index}.txt`]: `${'line\n'.repeat(2000)}` });
      const source = await createGitHistorySource({ root: repo.root, maxFileBytes: 1024 * 1024, exclude: [] });
      let seen = 0;
      for await (const file of source.files) {
        assert.ok(file.path.startsWith('file-'));
        if (++seen === 2) break;
      }
      assert.equal(seen, 2);
    }),
  );

  it(
    'fails with RAMPART_E_GIT when git cannot read an object the history needs',
    withRepo(async (repo) => {
      repo.commit('base', { 'a.txt': 'a\n' });
      const blob = repo.git('rev-parse', 'HEAD:a.txt').trim();
      rmSync(join(repo.root, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
      const source = await createGitHistorySource({ root: repo.root, maxFileBytes: 1024, exclude: [] });
      await rejectsWithGitError(
        (async () => {
          for await (const file of source.files) await file.read();
        })(),
        /git log failed: .*unable to read/,
      );
    }),
  );

  it('fails with RAMPART_E_GIT when git cannot be found', async () => {
    await rejectsWithGitError(createGitHistorySource({ root: tmpdir(), maxFileBytes: 1024, exclude: [], env: { PATH: '/nonexistent' } }), /git is not installed or not on PATH/);
  });

  it(
    'reads a repository owned by another user, as CI checkouts often are',
    withRepo(async (repo) => {
      repo.commit('base', { 'a.txt': 'a\n' });
      // Only root can hand the files to someone else; other users scan their own repository.
      if (process.getuid?.() === 0) execFileSync('chown', ['-R', '65534:65534', repo.root]);
      assert.deepEqual(
        (await readHistory(repo)).files.map((file) => file.path),
        ['a.txt'],
      );
    }),
  );

  it(
    'ignores GIT_DIR and config injected through the environment',
    withRepo(async (repo) => {
      repo.commit('base', { 'a.txt': 'a\n' });
      const env = { ...process.env, GIT_DIR: '/nonexistent', GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.quotePath', GIT_CONFIG_VALUE_0: 'true' };
      assert.deepEqual(
        (await readHistory(repo, { env })).files.map((file) => file.path),
        ['a.txt'],
      );
    }),
  );
});
