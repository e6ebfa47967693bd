import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeTree, runCli } from '../support/cli-harness.ts';

const packageLock = JSON.stringify(
  {
    name: 'demo',
    lockfileVersion: 3,
    packages: {
      '': { name: 'demo', dependencies: { express: '^4.17.0' }, devDependencies: { mocha: '^10.0.0' } },
      'node_modules/express': { version: '4.17.1', dependencies: { qs: '6.7.0' } },
      'node_modules/mocha': { version: '10.2.0', dev: true },
      'node_modules/qs': { version: '6.7.0' },
    },
  },
  null,
  2,
);

describe('rampart inventory', () => {
  it('lists every package of a directory as JSON with purl, relation and line', async () => {
    const tree = makeTree({ 'web/package-lock.json': packageLock, 'node_modules/x/package-lock.json': '{' });
    try {
      const outcome = await runCli(['inventory', tree.root, '--format', 'json'], { cwd: tree.root });
      assert.equal(outcome.code, 0, outcome.stderr);
      const report = JSON.parse(outcome.stdout) as { files: string[]; packages: { purl: string; direct: boolean; dev: boolean; location: { path: string; startLine: number }; dependencyPath?: string[] }[] };
      assert.deepEqual(report.files, ['web/package-lock.json']);
      assert.deepEqual(report.packages.map((item) => item.purl), ['pkg:npm/express@4.17.1', 'pkg:npm/mocha@10.2.0', 'pkg:npm/qs@6.7.0']);
      const qs = report.packages[2]!;
      assert.deepEqual([qs.direct, qs.dev, qs.dependencyPath], [false, false, ['express', 'qs']]);
      assert.deepEqual(qs.location, { path: 'web/package-lock.json', startLine: 24, startColumn: 5 });
    } finally {
      tree.cleanup();
    }
  });

  it('prints a table for one lockfile and reports a broken one on stderr without failing', async () => {
    const tree = makeTree({ 'package-lock.json': packageLock, 'broken/package-lock.json': '{\n  "packages": {\n    "node_modules/a": \n}' });
    try {
      const single = await runCli(['inventory', 'package-lock.json'], { cwd: tree.root });
      assert.equal(single.code, 0);
      assert.match(single.stdout, /^npm\s+qs\s+6\.7\.0\s+transitive\s+prod\s+package-lock\.json:24$/m);
      assert.match(single.stdout, /3 packages in 1 lockfiles/);
      const whole = await runCli(['inventory', '.'], { cwd: tree.root });
      assert.equal(whole.code, 0);
      assert.match(whole.stderr, /broken\/package-lock\.json:4 {2}RAMPART_E_PARSE/);
    } finally {
      tree.cleanup();
    }
  });

  it('rejects an unknown format and a file it does not read', async () => {
    const tree = makeTree({ 'notes.txt': 'hello' });
    try {
      assert.equal((await runCli(['inventory', '--format', 'xml'], { cwd: tree.root })).code, 2);
      const outcome = await runCli(['inventory', 'notes.txt'], { cwd: tree.root });
      assert.equal(outcome.code, 2);
      assert.match(outcome.stderr, /RAMPART_E_TARGET/);
    } finally {
      tree.cleanup();
    }
  });
});

describe('rampart inventory across ecosystems', () => {
  it('lists Python, Go and Ruby packages together, and a file included by another only once', async () => {
    const tree = makeTree({
      'requirements.txt': '-r requirements/base.txt\nDjango==3.2.12\nrequests>=2\n',
      'requirements/base.txt': 'certifi==2021.10.8\n',
      'svc/go.mod': 'module example.com/svc\n\ngo 1.21\n\nrequire golang.org/x/net v0.17.0 // indirect\n',
      'Gemfile.lock': 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (2.2.3)\n\nDEPENDENCIES\n  rack\n',
    });
    try {
      const outcome = await runCli(['inventory', '--format', 'json'], { cwd: tree.root });
      assert.equal(outcome.code, 0, outcome.stderr);
      const report = JSON.parse(outcome.stdout) as { packages: { purl: string; direct: boolean; location: { path: string; startLine: number }; unresolved?: { reason: string } }[] };
      const listed = report.packages.map((item) => `${item.purl} ${item.location.path}:${item.location.startLine}${item.unresolved ? ` ${item.unresolved.reason}` : ''}`);
      assert.deepEqual(listed.sort(), [
        'pkg:gem/rack@2.2.3 Gemfile.lock:4',
        'pkg:golang/golang.org/x/net@v0.17.0 svc/go.mod:5',
        'pkg:pypi/certifi@2021.10.8 requirements/base.txt:1',
        'pkg:pypi/django@3.2.12 requirements.txt:2',
        'pkg:pypi/requests requirements.txt:3 unpinned',
      ]);
    } finally {
      tree.cleanup();
    }
  });
});
