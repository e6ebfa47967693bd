import assert from 'node:assert/strict';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ScanResult } from '../../src/core/finding.ts';
import { makeTree, runCli } from '../support/cli-harness.ts';

/** Hostile inputs for dependency scanning: a 100 MB lockfile, a long dependency cycle, OSV records rampart cannot use, a damaged database. */
const corpusPyPI = fileURLToPath(new URL('../../../shared/corpus/osv/PyPI/', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'rampart-deps-hostile-'));
const db = join(home, 'osv.sqlite');
after(() => rmSync(home, { recursive: true, force: true }));

const hundredMegabytes = 100 * 1024 * 1024;

/** A package-lock.json of just over 100 MB, written in chunks so the test never holds it in memory. */
function writeHugeLockfile(path: string): void {
  const descriptor = openSync(path, 'w');
  try {
    writeSync(descriptor, '{\n  "name": "huge",\n  "lockfileVersion": 3,\n  "packages": {\n    "": { "name": "huge" }');
    let written = 0;
    for (let index = 0; written < hundredMegabytes; index++) {
      const chunk = Array.from({ length: 1000 }, (_, offset) => `,\n    "node_modules/pkg-${index * 1000 + offset}": { "version": "1.0.${offset}", "license": "MIT" }`).join('');
      writeSync(descriptor, chunk);
      written += chunk.length;
    }
    writeSync(descriptor, '\n  }\n}\n');
  } finally {
    closeSync(descriptor);
  }
}

// Valid OSV that rampart cannot use in two ways: an ecosystem with no version ordering, and a SEMVER range fixed at a word.
const unusableRecords = {
  'HSEC-2099-0001.json': { id: 'HSEC-2099-0001', modified: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'Hackage', name: 'aeson' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] }] }] },
  'GHSA-zzzz-zzzz-zzzz.json': { id: 'GHSA-zzzz-zzzz-zzzz', modified: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'npm', name: 'left-pad' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: 'next-release' }] }] }] },
};

function scanJson(args: string[], cwd: string): Promise<ScanResult> {
  return runCli(['scan', ...args, '--format', 'json', '--fail-on', 'never'], { cwd }).then((outcome) => {
    assert.equal(outcome.code, 0, outcome.stderr);
    return JSON.parse(outcome.stdout) as ScanResult;
  });
}

describe('dependency scanning on hostile input', () => {
  let importStderr = '';

  before(async () => {
    const extra = join(home, 'extra');
    mkdirSync(extra);
    for (const [name, record] of Object.entries(unusableRecords)) writeFileSync(join(extra, name), JSON.stringify(record));
    const imported = await runCli(['db', 'import', corpusPyPI, extra, '--db', db], { cwd: home });
    assert.equal(imported.code, 0, imported.stderr);
    importStderr = imported.stderr;
  });

  it('skips a 100 MB lockfile with a notice naming it, and scans, lists and writes an SBOM for the rest', async () => {
    const tree = makeTree({ 'svc/requirements.txt': 'Jinja2==2.10\n' });
    try {
      mkdirSync(join(tree.root, 'huge'));
      writeHugeLockfile(join(tree.root, 'huge', 'package-lock.json'));
      assert.ok(statSync(join(tree.root, 'huge', 'package-lock.json')).size > hundredMegabytes);
      const scanned = await scanJson(['.', '--scanners', 'deps', '--db', db], tree.root);
      assert.deepEqual(scanned.notices.map((notice) => [notice.path, notice.code]), [['huge/package-lock.json', 'RAMPART_N_FILE_TOO_LARGE']]);
      assert.match(scanned.notices[0]!.message, /100\.0 MiB is over the 10\.0 MiB limit/);
      assert.deepEqual([...new Set(scanned.findings.map((finding) => `${finding.location.path} ${finding.package?.name}`))], ['svc/requirements.txt jinja2']);

      const listed = await runCli(['inventory', '.', '--format', 'json'], { cwd: tree.root });
      assert.equal(listed.code, 0);
      assert.match(listed.stderr, /huge\/package-lock\.json {2}RAMPART_E_READ {2}not read: 100\.0 MiB is over the 64 MiB limit for a lockfile/);
      assert.deepEqual((JSON.parse(listed.stdout) as { packages: { name: string }[] }).packages.map((item) => item.name), ['jinja2']);

      const sbom = await runCli(['sbom', '.', '-o', 'bom.json'], { cwd: tree.root });
      assert.equal(sbom.code, 0);
      assert.match(sbom.stderr, /huge\/package-lock\.json/);
      assert.deepEqual((JSON.parse(readFileSync(join(tree.root, 'bom.json'), 'utf8')) as { components: { name: string }[] }).components.map((component) => component.name), ['jinja2']);

      const named = await runCli(['inventory', 'huge/package-lock.json'], { cwd: tree.root });
      assert.equal(named.code, 2);
      assert.match(named.stderr, /RAMPART_E_TARGET: package-lock\.json: not read: 100\.0 MiB is over the 64 MiB limit/);
    } finally {
      tree.cleanup();
    }
  });

  it('writes every edge of a 20,000-package dependency cycle into the SBOM', async () => {
    const length = 20_000;
    const packages: Record<string, unknown> = { '': { name: 'chain', dependencies: { 'pkg-0': '1.0.0' } } };
    for (let index = 0; index < length; index++) packages[`node_modules/pkg-${index}`] = { version: '1.0.0', dependencies: { [`pkg-${(index + 1) % length}`]: '1.0.0' } };
    const tree = makeTree({ 'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages }) });
    try {
      const outcome = await runCli(['sbom', '.', '-o', 'bom.json'], { cwd: tree.root });
      assert.equal(outcome.code, 0, outcome.stderr);
      const bom = JSON.parse(readFileSync(join(tree.root, 'bom.json'), 'utf8')) as { dependencies: { ref: string; dependsOn: string[] }[] };
      const edges = bom.dependencies.filter((entry) => entry.ref !== 'root');
      assert.equal(edges.length, length);
      assert.deepEqual(edges.find((entry) => entry.ref === 'pkg:npm/pkg-19999@1.0.0')!.dependsOn, ['pkg:npm/pkg-0@1.0.0']);
    } finally {
      tree.cleanup();
    }
  });

  it('counts records it can never match in import notices, and names unevaluable advisories a scan meets', async () => {
    assert.match(importStderr, /notice: 1 record\(s\) name only ecosystems rampart has no version ordering for \(Hackage 1\)/);
    // The corpus's PYSEC-2019-125 for steam gives its fix as a date, "2019-09-12", which PEP 440 cannot order.
    assert.match(importStderr, /notice: 2 record\(s\) have ranges rampart cannot evaluate.*first: /);
    const tree = makeTree({ 'requirements.txt': 'steam==1.0.0\nJinja2==2.10\n', 'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': { dependencies: { 'left-pad': '1.3.0' } }, 'node_modules/left-pad': { version: '1.3.0' } } }) });
    try {
      const result = await scanJson(['.', '--scanners', 'deps', '--db', db], tree.root);
      assert.deepEqual([...new Set(result.findings.map((finding) => finding.package?.name))], ['jinja2']);
      assert.deepEqual(result.notices.map((notice) => [notice.path, notice.code]), [
        ['package-lock.json', 'RAMPART_N_ADVISORY_UNEVALUATED'],
        ['requirements.txt', 'RAMPART_N_ADVISORY_UNEVALUATED'],
      ]);
      assert.match(result.notices[0]!.message, /^1 advisory naming packages of this file could not be evaluated and was not reported: GHSA-zzzz-zzzz-zzzz for left-pad 1\.3\.0 \(fixed "next-release" is not a valid semver version/);
      assert.equal(result.notices[1]!.message, '1 advisory naming packages of this file could not be evaluated and was not reported: PYSEC-2019-125 for steam 1.0.0 (fixed "2019-09-12" is not a valid pep440 version: not a PEP 440 version)');
    } finally {
      tree.cleanup();
    }
  });

  it('fails a scan on a database damaged at its header or deep inside, with a hint to rebuild it', async () => {
    const tree = makeTree({ 'requirements.txt': 'Jinja2==2.10\n', 'notes.md': 'nothing here\n' });
    try {
      const header = join(tree.root, 'header.sqlite');
      writeFileSync(header, 'not a database '.repeat(1000));
      // Pages past the first are overwritten: the file opens and its schema reads, then a query reaches the damage.
      const inside = join(tree.root, 'inside.sqlite');
      copyFileSync(db, inside);
      const bytes = readFileSync(inside);
      bytes.fill(0xa5, 8192);
      writeFileSync(inside, bytes);
      for (const broken of [header, inside]) {
        for (const jobs of ['1', '2']) {
          const outcome = await runCli(['scan', '.', '--db', broken, '--jobs', jobs], { cwd: tree.root });
          assert.equal(outcome.code, 2, `${broken} --jobs ${jobs}: ${outcome.stderr}`);
          assert.match(outcome.stderr, /RAMPART_E_DB: requirements\.txt: not checked for known vulnerabilities: the vulnerability database at .* is unreadable or corrupt/);
          assert.match(outcome.stderr, /hint: run `rampart db update` or `rampart db import DIR` to rebuild the database/);
        }
        const status = await runCli(['db', 'status', '--db', broken], { cwd: tree.root });
        assert.equal(status.code, 2);
        assert.match(status.stderr, /RAMPART_E_DB: .* is unreadable or corrupt[\s\S]*hint: run `rampart db update` or `rampart db import DIR`/);
      }
      // A tree without lockfiles never touches the database, so the other scanners still run.
      rmSync(join(tree.root, 'requirements.txt'));
      assert.equal((await runCli(['scan', '.', '--db', header], { cwd: tree.root })).code, 0);
    } finally {
      tree.cleanup();
    }
  });
});
