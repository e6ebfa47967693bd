import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRemoteHost, type RemoteHost } from '../../src/sources/fixtures/git-remote-host.ts';
import { makeTree, runCli } from '../support/cli-harness.ts';

const workflowPath = '.github/workflows/ci.yml';
const workflow = `# CI for the demo
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4   # our note stays, so no version comment
      - name: Setup
        uses: 'actions/setup-node@v4.1'
        with: { node-version: 22 }
      - uses: actions/cache@main # pinned branch, comment kept
      - uses: actions/checkout@v99
      - uses: actions/checkout@${'a'.repeat(40)} # v4.0.0
`;

describe('rampart fix', () => {
  let host: RemoteHost;
  let shas: Record<string, string[]>;
  before(() => {
    host = createRemoteHost({
      'actions/checkout': { commits: [{ tags: ['v3'] }, { tags: ['annotated:v4', 'v4.2.2', 'v4.2'] }] },
      'actions/setup-node': { commits: [{ tags: ['annotated:v4.1', 'annotated:v4.1.0'] }] },
      'actions/cache': { commits: [{}, {}] },
    });
    shas = host.shas;
  });
  after(() => host.cleanup());

  const fixCli = (args: string[], cwd: string, env: Record<string, string | undefined> = {}) =>
    runCli(['fix', '.', ...args], { cwd, env: { PATH: process.env.PATH, RAMPART_GIT_BASE_URL: host.baseUrl, ...env } });

  it('lists the fixes in a dry run, exits 1 and changes nothing', async () => {
    const tree = makeTree({ [workflowPath]: workflow });
    try {
      const outcome = await fixCli([], tree.root);
      assert.equal(outcome.code, 1);
      assert.match(outcome.stdout, /\.github\/workflows\/ci\.yml:9 {2}unpinned-action-ref {2}would fix: Pin actions\/checkout@v4 to the commit it points at \(v4 is tag v4\.2\.2 at [0-9a-f]{40}\)/);
      assert.match(outcome.stdout, /ci\.yml:14 {2}unpinned-action-ref {2}skipped, unknown ref: .*actions\/checkout has no tag or branch "v99"/);
      assert.match(outcome.stdout, /rampart: 3 fixes would change 1 file, 1 could not be applied; run with --write to apply/);
      assert.equal(readFileSync(join(tree.root, workflowPath), 'utf8'), workflow);
    } finally {
      tree.cleanup();
    }
  });

  it('prints a unified diff with --diff that only touches the pinned refs and their comments', async () => {
    const tree = makeTree({ [workflowPath]: workflow });
    try {
      const outcome = await fixCli(['--diff'], tree.root);
      const changed = outcome.stdout.split('\n').filter((line) => /^[-+][^-+]/.test(line));
      assert.deepEqual(changed, [
        '-      - uses: actions/checkout@v4   # our note stays, so no version comment',
        `+      - uses: actions/checkout@${shas['actions/checkout']![1]}   # our note stays, so no version comment`,
        "-        uses: 'actions/setup-node@v4.1'",
        `+        uses: 'actions/setup-node@${shas['actions/setup-node']![0]}' # v4.1.0`,
        '-      - uses: actions/cache@main # pinned branch, comment kept',
        `+      - uses: actions/cache@${shas['actions/cache']![1]} # pinned branch, comment kept`,
      ]);
      assert.match(outcome.stdout, /^--- a\/\.github\/workflows\/ci\.yml\n\+\+\+ b\/\.github\/workflows\/ci\.yml\n@@ -6,/);
      assert.match(outcome.stderr, /would fix/, 'the list goes to stderr so stdout is a clean patch');
    } finally {
      tree.cleanup();
    }
  });

  it('writes the fixes atomically, keeps the file mode, and a second run changes nothing', async () => {
    const workflowWithCommentOnly = workflow.replace('   # our note stays, so no version comment', ' # v4').replace('      - uses: actions/checkout@v99\n', '');
    const tree = makeTree({ [workflowPath]: workflowWithCommentOnly });
    const file = join(tree.root, workflowPath);
    chmodSync(file, 0o640);
    try {
      const first = await fixCli(['--write'], tree.root);
      assert.equal(first.code, 0, first.stdout + first.stderr);
      assert.match(first.stdout, /rampart: applied 3 fixes to 1 file/);
      const fixed = readFileSync(file, 'utf8');
      assert.ok(fixed.includes(`- uses: actions/checkout@${shas['actions/checkout']![1]} # v4.2.2\n`));
      assert.ok(fixed.startsWith('# CI for the demo\n'), 'comments survive');
      assert.ok(fixed.includes("        with: { node-version: 22 }\n"), 'flow mappings and indentation survive');
      assert.equal(statSync(file).mode & 0o777, 0o640);
      assert.deepEqual(readdirSync(join(tree.root, '.github/workflows')), ['ci.yml'], 'no temp file left behind');

      const second = await fixCli(['--write'], tree.root);
      assert.equal(second.code, 0);
      assert.equal(second.stdout, 'rampart: nothing to fix\n');
      assert.equal(readFileSync(file, 'utf8'), fixed);
    } finally {
      tree.cleanup();
    }
  });

  it('applies insertions from other rules beside the pins in one pass, and a second pass finds nothing', async () => {
    const plain = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';
    const tree = makeTree({ [workflowPath]: plain });
    try {
      const first = await fixCli(['--write'], tree.root);
      assert.equal(first.code, 0, first.stdout);
      const fixed = readFileSync(join(tree.root, workflowPath), 'utf8');
      assert.match(fixed, /\n {4}permissions:\n/);
      assert.match(fixed, new RegExp(`actions/checkout@${shas['actions/checkout']![1]} # v4\\.2\\.2\n`));
      const second = await fixCli(['--write'], tree.root);
      assert.equal(second.stdout, 'rampart: nothing to fix\n');
      assert.equal(readFileSync(join(tree.root, workflowPath), 'utf8'), fixed);
    } finally {
      tree.cleanup();
    }
  });

  it('with --offline, lists the pins as needing the network and writes nothing', async () => {
    const tree = makeTree({ [workflowPath]: workflow });
    try {
      const outcome = await fixCli(['--offline', '--write'], tree.root, { RAMPART_GIT_BASE_URL: 'https://git.invalid/' });
      assert.equal(outcome.code, 1);
      assert.match(outcome.stdout, /ci\.yml:9 {2}unpinned-action-ref {2}skipped, needs network: .*\(needs network to resolve actions\/checkout@v4 \(--offline\)\)/);
      assert.equal(readFileSync(join(tree.root, workflowPath), 'utf8'), workflow);
    } finally {
      tree.cleanup();
    }
  });

  it('reports a repository the host lacks as a failed lookup and applies the rest', async () => {
    const tree = makeTree({ [workflowPath]: 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: nobody/nothing@v1\n      - uses: actions/checkout@v3\n' });
    try {
      const outcome = await fixCli(['--write'], tree.root);
      assert.equal(outcome.code, 1);
      assert.match(outcome.stdout, /ci\.yml:7 {2}unpinned-action-ref {2}skipped, lookup failed: .*nobody\/nothing/);
      assert.match(readFileSync(join(tree.root, workflowPath), 'utf8'), new RegExp(`actions/checkout@${shas['actions/checkout']![0]} # v3\n`));
    } finally {
      tree.cleanup();
    }
  });

  it('takes --git-base-url over the environment, and --only limits the rules', async () => {
    const tree = makeTree({ [workflowPath]: workflow });
    try {
      const flag = await fixCli(['--git-base-url', host.baseUrl], tree.root, { RAMPART_GIT_BASE_URL: 'https://git.invalid/' });
      assert.match(flag.stdout, /3 fixes would change 1 file/);
      const only = await fixCli(['--only', 'template-injection'], tree.root);
      assert.equal(only.code, 0);
      assert.equal(only.stdout, 'rampart: nothing to fix\n');
    } finally {
      tree.cleanup();
    }
  });

  it('exits 2 on a bad base URL, an unknown scanner or a missing directory', async () => {
    const tree = makeTree({ [workflowPath]: workflow });
    try {
      const url = await fixCli(['--git-base-url', 'ext::sh'], tree.root);
      assert.equal(url.code, 2);
      assert.match(url.stderr, /RAMPART_E_USAGE/);
      assert.equal((await fixCli(['--scanners', 'nope'], tree.root)).code, 2);
      assert.equal((await runCli(['fix', 'missing'], { cwd: tree.root })).code, 2);
    } finally {
      tree.cleanup();
    }
  });
});

describe('rampart fix (fixes the pipeline rules carry, offline)', () => {
  const sha = 'a'.repeat(40);
  const digest = `sha256:${'b'.repeat(64)}`;
  const fixOffline = (args: string[], cwd: string) => runCli(['fix', '.', '--offline', ...args], { cwd, env: { PATH: process.env.PATH } });

  async function fixTwice(text: string, args: string[]): Promise<{ fixed: string; first: string }> {
    const tree = makeTree({ [workflowPath]: text });
    try {
      const first = await fixOffline(['--write', ...args], tree.root);
      const fixed = readFileSync(join(tree.root, workflowPath), 'utf8');
      const second = await fixOffline(['--write', ...args], tree.root);
      assert.equal(second.code, 0, `second run on:\n${fixed}\n${second.stdout}`);
      assert.match(second.stdout, /^rampart: nothing to fix(?:; \d+ unsafe fix(?:es)? not selected \(--unsafe\))?\n$/);
      assert.equal(readFileSync(join(tree.root, workflowPath), 'utf8'), fixed);
      return { fixed, first: first.stdout };
    } finally {
      tree.cleanup();
    }
  }

  it('adds persist-credentials: false to uploaded checkouts, creating or extending with:, block or flow', async () => {
    const upload = `      - uses: actions/upload-artifact@${sha} # v4.6.0\n        with:\n          path: .\n          include-hidden-files: true\n`;
    const text = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${sha} # v4\n      - name: deep\n        uses: actions/checkout@${sha}\n        with:\n          fetch-depth: 0   # all history\n      - uses: actions/checkout@${sha}\n        with: { path: x }\n      - uses: actions/checkout@${sha}\n        with:\n          persist-credentials: true\n${upload}`;
    const { fixed } = await fixTwice(text, []);
    assert.equal(
      fixed,
      `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${sha} # v4\n        with:\n          persist-credentials: false\n      - name: deep\n        uses: actions/checkout@${sha}\n        with:\n          fetch-depth: 0   # all history\n          persist-credentials: false\n      - uses: actions/checkout@${sha}\n        with: { path: x, persist-credentials: false }\n      - uses: actions/checkout@${sha}\n        with:\n          persist-credentials: false\n${upload}`,
    );
  });

  it('moves attacker-controlled expressions of run: into step env:, quoting by context, unsafe ones only with --unsafe', async () => {
    const text = [
      'on: pull_request_target',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - env:',
      '          KEEP: 1',
      '        run: |',
      '          echo "Title: ${{ github.event.pull_request.title }}!"',
      '          echo \'${{ github.event.pull_request.title }}\'',
      '      - run: git switch ${{ github.head_ref }}',
      '',
    ].join('\n');
    const safeOnly = await fixTwice(text, []);
    assert.match(safeOnly.first, /template-injection {2}fixed: Pass 2 expressions to run: through env: variables/);
    assert.ok(safeOnly.fixed.includes('          KEEP: 1\n          PULL_REQUEST_TITLE: ${{ github.event.pull_request.title }}\n        run: |\n          echo "Title: $PULL_REQUEST_TITLE!"\n          echo \'\'"$PULL_REQUEST_TITLE"\'\'\n'));
    assert.ok(safeOnly.fixed.includes('      - run: git switch ${{ github.head_ref }}\n'), 'the unquoted use is unsafe and left alone');
    assert.match(safeOnly.first, /1 unsafe fix not selected \(--unsafe\)/);

    const all = await fixTwice(text, ['--unsafe']);
    assert.ok(all.fixed.endsWith('      - run: git switch "$HEAD_REF"\n        env:\n          HEAD_REF: ${{ github.head_ref }}\n'));
  });

  it('writes $env:NAME for PowerShell and escapes inside double-quoted YAML', async () => {
    const text = `on: issues\npermissions: {}\njobs:\n  w:\n    runs-on: windows-latest\n    steps:\n      - run: Write-Output "\${{ github.event.issue.title }}"\n  l:\n    runs-on: ubuntu-latest\n    steps:\n      - {run: "echo \\"\${{ github.event.issue.body }}\\""}\n`;
    const { fixed } = await fixTwice(text, []);
    assert.ok(fixed.includes('      - run: Write-Output "$env:ISSUE_TITLE"\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n'));
    assert.ok(fixed.includes(`      - {run: "echo \\"$ISSUE_BODY\\"", env: {ISSUE_BODY: '\${{ github.event.issue.body }}'}}\n`));
  });

  it('pins a container image by the digest the file already uses for the same tag, as an unsafe fix', async () => {
    const text = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    container: node:22@${digest}\n    steps: [{run: echo}]\n  b:\n    runs-on: ubuntu-latest\n    container: node:22\n    services:\n      db: { image: postgres:16 }\n    steps: [{run: echo}]\n`;
    const safeOnly = await fixTwice(text, []);
    assert.equal(safeOnly.fixed, text);
    const { fixed } = await fixTwice(text, ['--unsafe']);
    assert.equal(fixed, text.replace('    container: node:22\n', `    container: node:22@${digest}\n`));
  });
});
