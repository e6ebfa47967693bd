import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fakeGithubToken, makeTree, runCli } from '../support/cli-harness.ts';

const token = fakeGithubToken();

interface JsonReport {
  schemaVersion: number;
  findings: { ruleId: string; severity: string; confidence?: string; evidence?: string; fingerprint: string; location: { path: string; startLine: number; startColumn?: number } }[];
  suppressed: { ruleId: string; suppressed: { kind: string; reason: string } }[];
  errors: { path: string; code: string }[];
  notices: { code: string; message: string }[];
}

async function scanJson(root: string, extra: string[] = []): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const outcome = await runCli(['scan', '.', '--format', 'json', ...extra], { cwd: root });
  return { code: outcome.code, report: JSON.parse(outcome.stdout) as JsonReport, stderr: outcome.stderr };
}

describe('rampart scan (exit codes)', () => {
  it('exits 0 on a clean tree and 1 when a finding reaches --fail-on', async () => {
    const clean = makeTree({ 'a.txt': 'nothing to see\n' });
    const dirty = makeTree({ 'config/.env': `GITHUB_TOKEN=${token}\n` });
    try {
      assert.equal((await runCli(['scan', '.'], { cwd: clean.root })).code, 0);
      assert.equal((await runCli(['scan', '.'], { cwd: dirty.root })).code, 1);
      assert.equal((await runCli(['scan', '.', '--fail-on', 'never'], { cwd: dirty.root })).code, 0);
    } finally {
      clean.cleanup();
      dirty.cleanup();
    }
  });

  it('compares severities against --fail-on', async () => {
    // rampart-ignore: aws-access-key-id a fake key id the test scans for
    const tree = makeTree({ 'settings.yaml': 'aws:\n  access_key_id: AKIAZ7QXR4MNBV2LKJHG\n' });
    try {
      assert.equal((await runCli(['scan', '.'], { cwd: tree.root })).code, 0, 'a lone key id is medium, under the default high');
      assert.equal((await runCli(['scan', '.', '--fail-on', 'medium'], { cwd: tree.root })).code, 1);
    } finally {
      tree.cleanup();
    }
  });

  it('exits 2 with a hint for an unknown scanner, format or missing target', async () => {
    const tree = makeTree({ 'a.txt': 'x\n' });
    try {
      const scanner = await runCli(['scan', '.', '--scanners', 'secrets,nope'], { cwd: tree.root });
      assert.equal(scanner.code, 2);
      assert.match(scanner.stderr, /unknown scanner "nope"/);
      assert.match(scanner.stderr, /hint: available: secrets/);
      assert.equal((await runCli(['scan', '.', '--format', 'yaml'], { cwd: tree.root })).code, 2);
      const missing = await runCli(['scan', 'does-not-exist'], { cwd: tree.root });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /RAMPART_E_TARGET/);
      assert.equal((await runCli(['scan', '.', '--since', 'HEAD~1'], { cwd: tree.root })).code, 2);
    } finally {
      tree.cleanup();
    }
  });

  it('exits 2 with the config file and line for a config of the wrong types', async () => {
    const tree = makeTree({ 'rampart.yaml': 'failOn: high\nmaxFileBytes: lots\nexceptions:\n  - rule: github-token\n    reason: ok\n    expires: soon\n    colour: red\n' });
    try {
      const outcome = await runCli(['scan', '.'], { cwd: tree.root });
      assert.equal(outcome.code, 2);
      assert.match(outcome.stderr, /rampart\.yaml:2: maxFileBytes: must be integer/);
      assert.match(outcome.stderr, /rampart\.yaml:6: exceptions\.0\.expires/);
      assert.match(outcome.stderr, /rampart\.yaml:7: exceptions\.0: unknown key "colour"/);
    } finally {
      tree.cleanup();
    }
  });

  it('reports invalid YAML in the config with its line', async () => {
    const tree = makeTree({ '.rampart.yaml': 'failOn: high\nexclude: [a, b\n' });
    try {
      const outcome = await runCli(['scan', '.'], { cwd: tree.root });
      assert.equal(outcome.code, 2);
      assert.match(outcome.stderr, /\.rampart\.yaml:\d+: invalid YAML/);
    } finally {
      tree.cleanup();
    }
  });

  it('reports per-file errors without failing, and exits 2 for them only with --strict', async () => {
    const tree = makeTree({ '.env': `TOKEN=${token}\n` });
    try {
      const { symlinkSync } = await import('node:fs');
      symlinkSync('/', join(tree.root, 'root-link'));
      const normal = await scanJson(tree.root, ['--fail-on', 'never']);
      assert.equal(normal.code, 0);
      assert.ok(normal.report.errors.some((error) => error.code === 'RAMPART_E_SYMLINK' && error.path === 'root-link'));
      assert.equal(normal.report.findings.length, 1);
      assert.equal((await runCli(['scan', '.', '--fail-on', 'never', '--strict'], { cwd: tree.root })).code, 2);
    } finally {
      tree.cleanup();
    }
  });
});

describe('rampart scan (reports and redaction)', () => {
  it('reports rule, severity, path, line and column in JSON, and never the full secret', async () => {
    const tree = makeTree({ 'src/app.py': `import os\n\nclient = Github("${token}")\n` });
    try {
      const { report } = await scanJson(tree.root);
      assert.equal(report.schemaVersion, 1);
      const [finding] = report.findings;
      assert.equal(finding?.ruleId, 'github-token');
      assert.equal(finding?.severity, 'critical');
      assert.equal(finding?.location.path, 'src/app.py');
      assert.equal(finding?.location.startLine, 3);
      assert.equal(finding?.location.startColumn, 18);
      assert.ok(!JSON.stringify(report).includes(token));
      assert.equal(finding?.evidence, `ghp_…(${token.length})`);
    } finally {
      tree.cleanup();
    }
  });

  it('prints the full secret only with --show-secrets', async () => {
    const tree = makeTree({ '.env': `TOKEN=${token}\n` });
    try {
      const table = await runCli(['scan', '.'], { cwd: tree.root });
      assert.ok(!table.stdout.includes(token) && !table.stderr.includes(token));
      const shown = await runCli(['scan', '.', '--show-secrets'], { cwd: tree.root });
      assert.ok(shown.stdout.includes(token));
    } finally {
      tree.cleanup();
    }
  });

  it('colours the table only on a TTY without NO_COLOR or --no-color', async () => {
    const tree = makeTree({ '.env': `TOKEN=${token}\n` });
    try {
      const ansi = new RegExp(`${String.fromCharCode(27)}\\[`); // ANSI escape introducer
      assert.match((await runCli(['scan', '.'], { cwd: tree.root, isTTY: true })).stdout, ansi);
      assert.doesNotMatch((await runCli(['scan', '.'], { cwd: tree.root, isTTY: false })).stdout, ansi);
      assert.doesNotMatch((await runCli(['scan', '.'], { cwd: tree.root, isTTY: true, env: { NO_COLOR: '1' } })).stdout, ansi);
      assert.doesNotMatch((await runCli(['scan', '.', '--no-color'], { cwd: tree.root, isTTY: true })).stdout, ansi);
    } finally {
      tree.cleanup();
    }
  });

  it('writes the report to --output and a summary to stderr', async () => {
    const tree = makeTree({ '.env': `TOKEN=${token}\n` });
    try {
      const outcome = await runCli(['scan', '.', '--format', 'json', '--output', 'report.json'], { cwd: tree.root });
      assert.equal(outcome.code, 1);
      assert.equal(outcome.stdout, '');
      assert.match(outcome.stderr, /1 finding/);
      const report = JSON.parse(readFileSync(join(tree.root, 'report.json'), 'utf8')) as JsonReport;
      assert.equal(report.findings.length, 1);
    } finally {
      tree.cleanup();
    }
  });

  it('scans stdin when the path is -', async () => {
    const tree = makeTree({});
    try {
      const outcome = await runCli(['scan', '-', '--format', 'json'], { cwd: tree.root, stdin: `export GH=${token}\n` });
      const report = JSON.parse(outcome.stdout) as JsonReport;
      assert.equal(report.findings[0]?.location.path, '<stdin>');
      assert.equal(outcome.code, 1);
    } finally {
      tree.cleanup();
    }
  });
});

describe('rampart scan FILE', () => {
  it('scans one file, reporting its path from the working directory, with its directory\'s config', async () => {
    const tree = makeTree({ 'config/app.env': `TOKEN=${token}\n`, 'config/other.env': `TOKEN=${token}\n`, 'config/rampart.yaml': 'failOn: critical\n' });
    try {
      const outcome = await runCli(['scan', 'config/app.env', '--format', 'json'], { cwd: tree.root });
      const report = JSON.parse(outcome.stdout) as JsonReport & { target: { kind: string } };
      assert.equal(report.target.kind, 'file');
      assert.deepEqual(report.findings.map((finding) => finding.location.path), ['config/app.env']);
      assert.equal(outcome.code, 1);
      assert.equal((await runCli(['scan', 'config/app.env', '--git'], { cwd: tree.root })).code, 2);
    } finally {
      tree.cleanup();
    }
  });
});

describe('rampart scan --scanners', () => {
  it('runs the secrets and pipeline scanners by default, and only the named ones with --scanners', async () => {
    const tree = makeTree({ '.github/workflows/ci.yml': 'on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/build-action@v4\n' });
    try {
      const byDefault = JSON.parse((await runCli(['scan', '.', '--format', 'json'], { cwd: tree.root })).stdout) as JsonReport;
      assert.deepEqual(byDefault.findings.map((finding) => finding.ruleId), ['unpinned-action-ref']);
      const named = JSON.parse((await runCli(['scan', '.', '--format', 'json', '--scanners', 'secrets', '--fail-on', 'never'], { cwd: tree.root })).stdout) as JsonReport;
      assert.deepEqual(named.findings, []);
    } finally {
      tree.cleanup();
    }
  });
});

describe('rampart scan --min-confidence', () => {
  it('hides low-confidence findings by default with a notice, and shows them with --min-confidence low', async () => {
    const tree = makeTree({ '.github/workflows/ci.yml': 'on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n' });
    try {
      const byDefault = JSON.parse((await runCli(['scan', '.', '--format', 'json'], { cwd: tree.root })).stdout) as JsonReport;
      assert.deepEqual(byDefault.findings, []);
      assert.ok(byDefault.notices.some((notice) => notice.code === 'RAMPART_N_LOW_CONFIDENCE_HIDDEN'));
      const audit = JSON.parse((await runCli(['scan', '.', '--format', 'json', '--min-confidence', 'low', '--fail-on', 'never'], { cwd: tree.root })).stdout) as JsonReport;
      assert.deepEqual(audit.findings.map((finding) => [finding.ruleId, finding.severity, finding.confidence]), [['checkout-persists-credentials', 'low', 'low'], ['unpinned-action-ref', 'low', 'low']]);
    } finally {
      tree.cleanup();
    }
  });
});

describe('rampart scan (suppression)', () => {
  it('honours rampart-ignore on the line or the line above, and gitleaks:allow on the line', async () => {
    const tree = makeTree({
      'a.env': `TOKEN=${token} # rampart-ignore: github-token rotated 2026-01\n`,
      'b.env': `# rampart-ignore: github-token test fixture\nTOKEN=${token}\n`,
      'c.env': `TOKEN=${token} # gitleaks:allow\n`,
      'd.env': `# rampart-ignore: private-key wrong rule\nTOKEN=${token}\n`,
    });
    try {
      const { report } = await scanJson(tree.root);
      assert.deepEqual(report.findings.map((f) => f.location.path), ['d.env']);
      assert.equal(report.suppressed.length, 3);
      assert.ok(report.suppressed.every((f) => f.suppressed.kind === 'inline'));
      assert.match(report.suppressed[0]!.suppressed.reason, /rotated 2026-01/);
    } finally {
      tree.cleanup();
    }
  });

  it('applies config exceptions until they expire, then says so', async () => {
    const exception = (expires: string): string => `exceptions:\n  - rule: github-token\n    paths: ["fixtures/**"]\n    reason: test data\n    expires: ${expires}\n`;
    const files = { 'fixtures/a.env': `TOKEN=${token}\n`, 'src/b.env': `TOKEN=${token}\n` };
    const active = makeTree({ ...files, 'rampart.yaml': exception('2026-12-31') });
    const expired = makeTree({ ...files, 'rampart.yaml': exception('2026-01-31') });
    try {
      const activeScan = await scanJson(active.root);
      assert.deepEqual(activeScan.report.findings.map((f) => f.location.path), ['src/b.env']);
      assert.equal(activeScan.report.suppressed[0]?.suppressed.kind, 'exception');
      const expiredScan = await scanJson(expired.root);
      assert.equal(expiredScan.report.findings.length, 2);
      assert.ok(expiredScan.report.notices.some((n) => n.code === 'RAMPART_N_EXCEPTION_EXPIRED' && /2026-01-31/.test(n.message)));
    } finally {
      active.cleanup();
      expired.cleanup();
    }
  });

  it('keeps a baseline valid when unrelated lines move, and fails only on new findings', async () => {
    const tree = makeTree({ 'app.env': `A=1\nTOKEN=${token}\n` });
    try {
      const written = await runCli(['scan', '.', '--write-baseline', 'baseline.json'], { cwd: tree.root });
      assert.equal(written.code, 0, 'writing a baseline accepts the current findings');
      assert.ok(existsSync(join(tree.root, 'baseline.json')));
      writeFileSync(join(tree.root, 'app.env'), `# new header\n\nA=1\nB=2\nTOKEN=${token}\n`);
      const moved = await scanJson(tree.root, ['--baseline', 'baseline.json']);
      assert.equal(moved.code, 0);
      assert.equal(moved.report.findings.length, 0);
      assert.equal(moved.report.suppressed[0]?.suppressed.kind, 'baseline');
      const second = fakeGithubToken('Pz7Kq3Xm9Lr2Vw5Tn8Hb4Jd6Fs1Gc0');
      writeFileSync(join(tree.root, 'new.env'), `TOKEN=${second}\n`);
      const added = await scanJson(tree.root, ['--baseline', 'baseline.json']);
      assert.equal(added.code, 1);
      assert.deepEqual(added.report.findings.map((f) => f.location.path), ['new.env']);
    } finally {
      tree.cleanup();
    }
  });

  it('rejects a baseline that is not a rampart baseline', async () => {
    const tree = makeTree({ 'bad.json': '{"hello": 1}' });
    try {
      const outcome = await runCli(['scan', '.', '--baseline', 'bad.json'], { cwd: tree.root });
      assert.equal(outcome.code, 2);
      assert.match(outcome.stderr, /RAMPART_E_BASELINE/);
    } finally {
      tree.cleanup();
    }
  });
});

describe('rampart scan (files)', () => {
  it('honours .gitignore and .rampartignore, and --no-gitignore', async () => {
    const tree = makeTree({
      '.gitignore': 'build/\n',
      '.rampartignore': 'vendor/*.env\n',
      'build/out.env': `TOKEN=${token}\n`,
      'vendor/x.env': `TOKEN=${token}\n`,
      'keep.env': `TOKEN=${token}\n`,
    });
    try {
      assert.deepEqual((await scanJson(tree.root)).report.findings.map((f) => f.location.path), ['keep.env']);
      const all = await scanJson(tree.root, ['--no-gitignore']);
      assert.deepEqual(all.report.findings.map((f) => f.location.path), ['build/out.env', 'keep.env']);
    } finally {
      tree.cleanup();
    }
  });

  it('skips binaries and files over the size limit with a notice', async () => {
    const tree = makeTree({ 'image.png': `\x89PNG\r\n\x1a\n\0\0\0${token}`, 'big.env': `${'#'.repeat(2048)}\nTOKEN=${token}\n`, 'small.env': `TOKEN=${token}\n` });
    try {
      const { report } = await scanJson(tree.root, ['--max-file-bytes', '1024']);
      assert.deepEqual(report.findings.map((f) => f.location.path), ['small.env']);
      assert.ok(report.notices.some((n) => n.code === 'RAMPART_N_FILE_TOO_LARGE'));
    } finally {
      tree.cleanup();
    }
  });

  it('runs custom secret rules from the config on RE2', async () => {
    const tree = makeTree({
      'rampart.yaml': 'secrets:\n  rules:\n    - id: acme-token\n      pattern: "acme_(?P<secret>[a-z0-9]{24})"\n      keywords: [acme_]\n      severity: critical\n      allowlist: ["^test"]\n',
      'a.txt': 'key = acme_k3j9x7m2q8w4z6p1r5t0v9b2\nother = acme_test0000111122223333aaaa\n',
    });
    try {
      const { report, code } = await scanJson(tree.root);
      assert.equal(code, 1);
      assert.deepEqual(report.findings.map((f) => [f.ruleId, f.location.startLine]), [['acme-token', 1]]);
    } finally {
      tree.cleanup();
    }
  });

  it('rejects a custom rule whose pattern is not valid RE2, naming the line', async () => {
    const tree = makeTree({ 'rampart.yaml': 'secrets:\n  rules:\n    - id: bad\n      pattern: "(a)\\\\1"\n' });
    try {
      const outcome = await runCli(['scan', '.'], { cwd: tree.root });
      assert.equal(outcome.code, 2);
      assert.match(outcome.stderr, /rampart\.yaml:4: secrets\.rules\.0\.pattern: invalid RE2/);
    } finally {
      tree.cleanup();
    }
  });
});

describe('rampart (help and version)', () => {
  it('lists every scan flag with examples in scan --help', async () => {
    const outcome = await runCli(['scan', '--help'], { cwd: process.cwd() });
    assert.equal(outcome.code, 0);
    for (const flag of ['--scanners', '--format', '--output', '--fail-on', '--config', '--baseline', '--write-baseline', '--strict', '--quiet', '--no-color', '--show-secrets', '--git', '--since', '--branch', '--staged', '--max-file-bytes', '--no-gitignore']) {
      assert.ok(outcome.stdout.includes(flag), `scan --help mentions ${flag}`);
    }
    assert.match(outcome.stdout, /Examples:/);
  });

  it('prints the package version', async () => {
    const outcome = await runCli(['--version'], { cwd: process.cwd() });
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(outcome.stdout.trim(), version);
  });
});
