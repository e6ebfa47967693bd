import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, symlinkSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fakeGithubToken, makeTree, runCli } from '../support/cli-harness.ts';
import { createTestRepo, testGitEnv } from '../../src/sources/fixtures/git-repo.ts';

const token = fakeGithubToken('Hs8Kq3Rw7Zt2Vn5Bm9Lp4Jd6Fc1Gx0');
const otherToken = fakeGithubToken('Ot4Lm9Xv2Rt7Wz3Kn8Bd1Hf6Js0Gc5');
const repoRoot = new URL('../../', import.meta.url).pathname;

interface Report {
  findings: { ruleId: string; location: { path: string; startLine: number; startColumn?: number; commit?: string } }[];
  errors: { path: string; code: string; message: string }[];
  notices: { path?: string; code: string; message: string }[];
  stats: { files: number; skipped: number };
}

async function scan(root: string, extra: string[] = []): Promise<{ code: number; report: Report; stderr: string }> {
  const outcome = await runCli(['scan', '.', '--format', 'json', '--quiet', '--fail-on', 'never', ...extra], { cwd: root });
  assert.equal(outcome.code, 0, outcome.stderr);
  return { code: outcome.code, report: JSON.parse(outcome.stdout) as Report, stderr: outcome.stderr };
}

function paths(report: Report): string[] {
  return report.findings.map((finding) => finding.location.path).sort();
}

/** Deterministic base64-alphabet noise, like an inlined image in minified code. */
function base64Noise(length: number): Buffer {
  const alphabet = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
  const noise = Buffer.allocUnsafe(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    noise[i] = alphabet[(state >>> 0) & 63]!;
  }
  return noise;
}

describe('hostile input', () => {
  it('skips a 1 GB file with a notice and still reports the other files', async () => {
    const tree = makeTree({ 'config/.env': `GITHUB_TOKEN=${token}\n` });
    try {
      // Sparse: the size is real to stat() but costs no disk.
      writeFileSync(join(tree.root, 'huge.log'), '');
      truncateSync(join(tree.root, 'huge.log'), 1024 * 1024 * 1024);
      const { report } = await scan(tree.root);
      assert.deepEqual(paths(report), ['config/.env']);
      const notice = report.notices.find((candidate) => candidate.path === 'huge.log');
      assert.equal(notice?.code, 'RAMPART_N_FILE_TOO_LARGE');
      assert.match(notice!.message, /1\.0 GiB is over the 10\.0 MiB limit/);
    } finally {
      tree.cleanup();
    }
  });

  it('finishes a single 50 MB line when --max-file-bytes allows it, finding the token at its end', async () => {
    const tree = makeTree({ 'other.env': `GITHUB_TOKEN=${otherToken}\n` });
    try {
      const head = Buffer.from('var logo="data:image/png;base64,');
      const tail = Buffer.from(`";var auth="${token}";\n`);
      const noise = base64Noise(50 * 1024 * 1024 - head.length - tail.length);
      writeFileSync(join(tree.root, 'bundle.min.js'), Buffer.concat([head, noise, tail]));
      const { report } = await scan(tree.root, ['--max-file-bytes', String(64 * 1024 * 1024)]);
      assert.deepEqual(paths(report), ['bundle.min.js', 'other.env']);
      const inBundle = report.findings.find((finding) => finding.location.path === 'bundle.min.js')!;
      assert.equal(inBundle.ruleId, 'github-token');
      assert.equal(inBundle.location.startLine, 1);
      assert.equal(inBundle.location.startColumn, head.length + noise.length + '";var auth="'.length + 1);
      assert.deepEqual(report.errors, []);
    } finally {
      tree.cleanup();
    }
  });

  it('skips binaries whose header is followed by a token, and scans a text file whose first NUL comes after 8 KiB', async () => {
    const secretLine = Buffer.from(`\nGITHUB_TOKEN=${token}\n`);
    const tree = makeTree({});
    try {
      const headers: Record<string, Buffer> = {
        'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
        'tool.elf': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00]),
        'bundle.zip': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]),
      };
      for (const [name, header] of Object.entries(headers)) writeFileSync(join(tree.root, name), Buffer.concat([header, secretLine]));
      // Git and grep judge a file by its first 8 KiB; a NUL later (a log with a stray byte) keeps it text.
      const text = Buffer.concat([Buffer.from('#'.repeat(9000)), Buffer.from([0]), secretLine]);
      writeFileSync(join(tree.root, 'late-nul.log'), text);
      const { report } = await scan(tree.root);
      assert.deepEqual(paths(report), ['late-nul.log']);
      // The ELF magic hands tool.elf to the deps scanner's executable parsers (which find its header
      // malformed), never to a text scanner; the PNG and the zip are skipped.
      assert.equal(report.stats.skipped, 2);
      assert.deepEqual(report.errors.map((error) => [error.path, error.code]), [['tool.elf', 'RAMPART_E_PARSE']]);
    } finally {
      tree.cleanup();
    }
  });

  it('decodes UTF-16 text with a byte order mark instead of skipping it as binary', async () => {
    const tree = makeTree({});
    try {
      const content = `$env:GITHUB_TOKEN = "${token}"\r\n`;
      writeFileSync(join(tree.root, 'setup.ps1'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(content, 'utf16le')]));
      const { report } = await scan(tree.root);
      assert.deepEqual(paths(report), ['setup.ps1']);
    } finally {
      tree.cleanup();
    }
  });

  it('reports symlink loops and a symlink to / as RAMPART_E_SYMLINK and follows neither', async () => {
    const tree = makeTree({ 'src/app.env': `GITHUB_TOKEN=${token}\n`, 'src/..cache/inside.txt': 'plain\n' });
    try {
      symlinkSync('loop-b', join(tree.root, 'loop-a'));
      symlinkSync('loop-a', join(tree.root, 'loop-b'));
      symlinkSync('.', join(tree.root, 'src', 'self'));
      symlinkSync('/', join(tree.root, 'root'));
      // Inside the root even though its name starts with "..".
      symlinkSync('..cache/inside.txt', join(tree.root, 'src', 'cache-link'));
      const { report } = await scan(tree.root);
      assert.deepEqual(paths(report), ['src/app.env']);
      const symlinkErrors = report.errors.filter((error) => error.code === 'RAMPART_E_SYMLINK').map((error) => error.path);
      assert.deepEqual(symlinkErrors.sort(), ['loop-a', 'loop-b', 'root', 'src/self']);
      assert.match(report.errors.find((error) => error.path === 'root')!.message, /outside the scanned root \(to \/\)/);
      assert.equal(report.stats.files, 3, 'app.env, inside.txt and cache-link');
    } finally {
      tree.cleanup();
    }
  });

  it('names a FIFO as a special file and never opens it, so the scan cannot hang', async () => {
    const tree = makeTree({ 'a.env': `GITHUB_TOKEN=${token}\n` });
    try {
      execFileSync('mkfifo', [join(tree.root, 'pipe')]);
      const { report } = await scan(tree.root);
      assert.deepEqual(paths(report), ['a.env']);
      assert.deepEqual(
        report.notices.filter((notice) => notice.code === 'RAMPART_N_SPECIAL_FILE').map((notice) => notice.path),
        ['pipe'],
      );
    } finally {
      tree.cleanup();
    }
  });

  it('reports a file the user cannot read as RAMPART_E_READ and keeps the other findings', async () => {
    const tree = makeTree({ 'readable.env': `GITHUB_TOKEN=${token}\n`, 'locked.env': `GITHUB_TOKEN=${otherToken}\n` });
    try {
      chmodSync(join(tree.root, 'locked.env'), 0o000);
      let report: Report;
      if (process.getuid?.() === 0) {
        // Root reads through chmod 000, so the scan runs in a child process as the nobody user.
        chmodSync(tree.root, 0o755);
        const child = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), 'scan', tree.root, '--format', 'json', '--quiet', '--fail-on', 'never'], {
          cwd: repoRoot,
          uid: 65534,
          gid: 65534,
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tree.root },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        assert.equal(child.status, 0, `child scan as uid 65534 failed: ${child.stderr}`);
        report = JSON.parse(child.stdout) as Report;
      } else {
        report = (await scan(tree.root)).report;
      }
      assert.deepEqual(paths(report), ['readable.env']);
      assert.deepEqual(
        report.errors.map((error) => [error.path, error.code]),
        [['locked.env', 'RAMPART_E_READ']],
      );
      assert.match(report.errors[0]!.message, /EACCES/);
    } finally {
      chmodSync(join(tree.root, 'locked.env'), 0o644);
      tree.cleanup();
    }
  });

  it('runs a custom rule with a catastrophic-backtracking pattern in linear time', async () => {
    const config = ['secrets:', '  rules:', '    - id: nested-quantifier', '      pattern: "(a+)+$"', '    - id: overlapping-alternation', '      pattern: "(?P<secret>(x|xx)+y)"', ''].join('\n');
    const tree = makeTree({ 'rampart.yaml': config, 'a.env': `GITHUB_TOKEN=${token}\n` });
    try {
      writeFileSync(join(tree.root, 'aaaa.txt'), `${'a'.repeat(2 * 1024 * 1024)}b\n${'x'.repeat(1024 * 1024)}z\n`);
      const { report } = await scan(tree.root);
      assert.deepEqual(paths(report), ['a.env']);
      assert.deepEqual(report.errors, []);
    } finally {
      tree.cleanup();
    }
  });

  it('exits 2 naming the file and line for a config with the wrong types', async () => {
    const config = ['failOn: high', 'exclude: vendor', 'secrets:', '  rules:', '    - id: my-rule', '      pattern: 42', ''].join('\n');
    const tree = makeTree({ '.rampart.yaml': config, 'a.env': `GITHUB_TOKEN=${token}\n` });
    try {
      const outcome = await runCli(['scan', '.'], { cwd: tree.root });
      assert.equal(outcome.code, 2);
      assert.match(outcome.stderr, /RAMPART_E_CONFIG/);
      assert.match(outcome.stderr, /\.rampart\.yaml:2: exclude: must be array/);
      assert.match(outcome.stderr, /\.rampart\.yaml:6: secrets\.rules\.0\.pattern: must be string/);
      assert.equal(outcome.stdout, '', 'no report from a config that was not understood');
    } finally {
      tree.cleanup();
    }
  });

  it('survives a YAML alias bomb in a Kubernetes Secret and in the config', async () => {
    // Each level refers to the one before it ten times: expanding it would need 10^9 nodes.
    const levels = ['a0: &a0 ["lol"]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)];
    const bomb = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: bomb', ...levels, 'data:', `  token: ${Buffer.from('Zr8kLq2Wx5mP9vTt6Yq3').toString('base64')}`, ''].join('\n');
    const tree = makeTree({ 'k8s/bomb.yaml': bomb, 'app.env': `TOKEN=${token}\n` });
    try {
      const { report } = await scan(tree.root);
      assert.ok(paths(report).includes('app.env'));
      assert.ok(paths(report).includes('k8s/bomb.yaml'), 'the decoded Secret value is still found');
      writeFileSync(join(tree.root, 'rampart.yaml'), `${levels.join('\n')}\nfailOn: high\n`);
      const outcome = await runCli(['scan', '.'], { cwd: tree.root });
      assert.equal(outcome.code, 2);
      assert.match(outcome.stderr, /rampart\.yaml/);
    } finally {
      tree.cleanup();
    }
  });

  it('walks 300 nested directories', async () => {
    const deep = Array.from({ length: 300 }, () => 'd').join('/');
    const tree = makeTree({ [`${deep}/leak.env`]: `GITHUB_TOKEN=${token}\n` });
    try {
      const { report } = await scan(tree.root);
      assert.deepEqual(paths(report), [`${deep}/leak.env`]);
    } finally {
      tree.cleanup();
    }
  });

  it('never runs a program named by the repository config or .gitattributes during --git and --staged scans', async () => {
    const repo = createTestRepo();
    const traps = join(repo.root, '.git', 'traps');
    const marker = join(repo.root, '.git', 'trap-marker');
    try {
      const committed = repo.commit('leak', { 'config/.env': `GITHUB_TOKEN=${token}\n`, 'notes.txt': 'notes\n', 'other.txt': 'other\n' });
      repo.write({ 'staged.env': `GITHUB_TOKEN=${otherToken}\n` });
      repo.git('add', 'staged.env');
      const signed = forgeSignedCommit(repo.git);
      armTraps(repo.git, traps, marker);
      // other.txt has no attributes, so plain `git diff` shows it through diff.external.
      const attributes = '*.txt diff=evil filter=evil\n*.env diff=evil filter=evil\nother.txt !diff !filter\n';
      repo.write({ '.gitattributes': attributes });
      // info/attributes is read even where the work tree's files are not.
      writeFileSync(join(repo.root, '.git', 'info', 'attributes'), attributes);

      const history = await runCli(['scan', '--git', '.', '--format', 'json', '--quiet', '--fail-on', 'never'], { cwd: repo.root });
      assert.equal(history.code, 0, history.stderr);
      assert.deepEqual(
        (JSON.parse(history.stdout) as Report).findings.map((finding) => [finding.location.path, finding.location.commit]),
        [
          ['config/.env', committed],
          ['config/.env', signed],
        ].sort((a, b) => a[1]!.localeCompare(b[1]!)),
      );
      const staged = await runCli(['scan', '--staged', '.', '--format', 'json', '--quiet', '--fail-on', 'never'], { cwd: repo.root });
      assert.equal(staged.code, 0, staged.stderr);
      assert.deepEqual(paths(JSON.parse(staged.stdout) as Report), ['staged.env']);
      assert.equal(existsSync(marker), false, `rampart ran a repository program: ${existsSync(marker) ? readFileSync(marker, 'utf8') : ''}`);

      // The traps are live: plain git, which trusts the repository, runs every one of them.
      repo.write({ 'notes.txt': 'edited\n', 'other.txt': 'edited\n' });
      for (const args of [['log', '-p', '-1', 'main'], ['log', '-1', 'signed'], ['status'], ['diff'], ['commit', '-q', '--allow-empty', '-m', 'hooked']]) {
        spawnSync('git', args, { cwd: repo.root, env: testGitEnv(), stdio: 'ignore', timeout: 60_000 });
      }
      const fired = new Set(readFileSync(marker, 'utf8').split('\n').filter(Boolean));
      for (const name of ['textconv', 'driver', 'external', 'clean', 'gpg', 'fsmonitor', 'hook']) assert.ok(fired.has(name), `control: plain git should have run the ${name} trap (ran: ${[...fired].join(', ')})`);
    } finally {
      repo.cleanup();
    }
  });
});

/** A copy of HEAD carrying a (fake) signature, so log.showSignature would call gpg.program on it. */
function forgeSignedCommit(git: (...args: string[]) => string): string {
  const body = git('cat-file', 'commit', 'HEAD').replace(/^(committer .*)$/m, '$1\ngpgsig -----BEGIN PGP SIGNATURE-----\n iQEzBAABCAAdFiEEZmFrZQ==\n -----END PGP SIGNATURE-----');
  const path = join(git('rev-parse', '--absolute-git-dir').trim(), 'forged-commit');
  writeFileSync(path, body);
  const sha = git('hash-object', '-t', 'commit', '-w', path).trim();
  git('update-ref', 'refs/heads/signed', sha);
  return sha;
}

/** Every way a repository can name a program for git to run, each pointing at a script that leaves a mark. */
function armTraps(git: (...args: string[]) => string, traps: string, marker: string): void {
  mkdirSync(traps, { recursive: true });
  const trap = (name: string, label = name): string => {
    const path = join(traps, name);
    const fd = openSync(path, 'w', 0o755);
    writeSync(fd, `#!/bin/sh\necho ${label} >> '${marker}'\ncat "$1" 2>/dev/null\nexit 0\n`);
    closeSync(fd);
    return path;
  };
  for (const hook of ['pre-commit', 'commit-msg', 'post-commit', 'post-checkout', 'reference-transaction', 'post-index-change']) trap(hook, 'hook');
  const settings: [string, string][] = [
    ['core.fsmonitor', trap('fsmonitor')],
    ['core.hooksPath', traps],
    ['core.pager', trap('pager')],
    ['pager.log', trap('pager')],
    ['diff.external', trap('external')],
    ['diff.evil.textconv', trap('textconv')],
    ['diff.evil.command', trap('driver')],
    ['filter.evil.clean', trap('clean')],
    ['filter.evil.smudge', trap('smudge')],
    ['log.showSignature', 'true'],
    ['gpg.program', trap('gpg')],
    ['core.sshCommand', trap('ssh')],
    ['core.editor', trap('editor')],
  ];
  for (const [key, value] of settings) git('config', key, value);
}
