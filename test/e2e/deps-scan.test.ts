import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Finding, ScanResult } from '../../src/core/finding.ts';
import { makeTree, runCli } from '../support/cli-harness.ts';

/** Real OSV records in the shared corpus beside the repository (see its SOURCE.md); read in place. */
const corpusRoot = fileURLToPath(new URL('../../../shared/corpus/osv/', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'rampart-deps-e2e-'));
const db = join(home, 'osv.sqlite');
after(() => rmSync(home, { recursive: true, force: true }));

// lodash 4.17.4 is inside four corpus advisories (two Node.js WG records, two GHSA); 4.17.21 fixes them all.
const vulnerableLock = `{
  "name": "shop",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "shop",
      "version": "1.0.0",
      "dependencies": {
        "lodash": "4.17.4"
      }
    },
    "node_modules/lodash": {
      "version": "4.17.4",
      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.4.tgz"
    }
  }
}
`;

// Jinja2 2.10: PYSEC-2019-217 (fixed 2.10.1) and PYSEC-2021-66 (fixed 2.11.3). PyYAML 5.1: three PYSEC records up to 5.4.
const vulnerableRequirements = `# web app
Jinja2==2.10
PyYAML==5.1
requests>=2
`;

const cleanLock = vulnerableLock.replaceAll('4.17.4', '4.17.21');
const cleanRequirements = 'jinja2==2.11.3\npyyaml==5.4\n';

interface Summary {
  path: string;
  line: number;
  id: string;
  aliases: string[] | undefined;
  fixed: string[] | undefined;
  severity: string;
  package: string;
}

function summarize(findings: readonly Finding[]): Summary[] {
  return findings
    .map((finding) => ({
      path: finding.location.path,
      line: finding.location.startLine,
      id: finding.vulnerability!.id,
      aliases: finding.vulnerability!.aliases,
      fixed: finding.vulnerability!.fixedVersions,
      severity: finding.severity,
      package: `${finding.package!.ecosystem}/${finding.package!.name}@${finding.package!.version}`,
    }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.id.localeCompare(b.id));
}

const scanArgs = ['scan', '.', '--scanners', 'deps', '--format', 'json', '--fail-on', 'never', '--db', db];

describe('rampart scan --scanners deps', () => {
  before(async () => {
    const imported = await runCli(['db', 'import', corpusRoot, '--db', db], { cwd: home });
    assert.equal(imported.code, 0, imported.stderr);
  });

  it('reports the corpus advisories of pinned vulnerable versions, with fixed versions and lines', async () => {
    const tree = makeTree({ 'package-lock.json': vulnerableLock, 'requirements.txt': vulnerableRequirements });
    try {
      const outcome = await runCli(scanArgs, { cwd: tree.root });
      assert.equal(outcome.code, 0, outcome.stderr);
      const result = JSON.parse(outcome.stdout) as ScanResult;
      assert.deepEqual(result.errors, []);
      assert.deepEqual(result.notices.filter((notice) => notice.code.includes('DATABASE')), []);
      const lodash = { path: 'package-lock.json', line: 14, fixed: ['4.17.21'], package: 'npm/lodash@4.17.4' };
      const jinja = { path: 'requirements.txt', line: 2, fixed: ['2.11.3'], package: 'PyPI/jinja2@2.10' };
      const pyyaml = { path: 'requirements.txt', line: 3, fixed: ['5.4'], package: 'PyPI/pyyaml@5.1' };
      assert.deepEqual(summarize(result.findings), [
        { ...lodash, id: 'GHSA-35jh-r3h4-6jhm', aliases: ['CVE-2021-23337'], severity: 'high' },
        { ...lodash, id: 'GHSA-p6mc-m468-83gw', aliases: ['CVE-2020-8203'], severity: 'high' },
        { ...lodash, id: 'x_NSWG-ECO-368', aliases: ['CVE-2018-3721'], severity: 'low' },
        // The record states cvss_score 7, but its vector computes to 5.7: the vector wins.
        { ...lodash, id: 'x_NSWG-ECO-493', aliases: ['CVE-2018-16487'], severity: 'medium' },
        { ...jinja, id: 'PYSEC-2019-217', aliases: ['CVE-2019-10906', 'GHSA-462w-v97r-4m45'], severity: 'medium' },
        { ...jinja, id: 'PYSEC-2021-66', aliases: ['CVE-2020-28493', 'GHSA-g3rq-g295-4j3m', 'SNYK-PYTHON-JINJA2-1012994'], severity: 'medium' },
        { ...pyyaml, id: 'PYSEC-2020-176', aliases: ['CVE-2019-20477', 'GHSA-3pqx-4fqf-j49f'], severity: 'medium' },
        { ...pyyaml, id: 'PYSEC-2020-96', aliases: ['CVE-2020-1747', 'GHSA-6757-jp84-gxfx'], severity: 'medium' },
        { ...pyyaml, id: 'PYSEC-2021-142', aliases: ['CVE-2020-14343', 'GHSA-8q59-q68h-6hv4'], severity: 'medium' },
      ]);
      assert.deepEqual(result.findings.find((finding) => finding.vulnerability?.id === 'GHSA-35jh-r3h4-6jhm')!.vulnerability!.cvss, { vector: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H', score: 7.2 });
      assert.equal(result.findings.find((finding) => finding.package?.name === 'jinja2')!.vulnerability!.cvss, undefined);
      const message = result.findings.find((finding) => finding.vulnerability?.id === 'PYSEC-2021-66')!.message;
      assert.match(message, /^jinja2 2\.10 \(PyPI\) is affected by PYSEC-2021-66, CVE-2020-28493/);
      assert.match(message, /Upgrade to 2\.11\.3, which also clears the 1 other known advisory/);
    } finally {
      tree.cleanup();
    }
  });

  it('reports nothing for the same lockfiles at the fixed versions', async () => {
    const tree = makeTree({ 'package-lock.json': cleanLock, 'requirements.txt': cleanRequirements });
    try {
      const outcome = await runCli(scanArgs, { cwd: tree.root });
      assert.equal(outcome.code, 0, outcome.stderr);
      const result = JSON.parse(outcome.stdout) as ScanResult;
      assert.deepEqual(result.findings, []);
      assert.equal(result.stats.byScanner.deps?.files, 2);
    } finally {
      tree.cleanup();
    }
  });

  it('fails the build on a high finding like any scanner', async () => {
    const tree = makeTree({ 'package-lock.json': vulnerableLock });
    try {
      const outcome = await runCli(['scan', '.', '--scanners', 'deps', '--db', db, '--quiet'], { cwd: tree.root });
      assert.equal(outcome.code, 1);
      assert.match(outcome.stdout, /vulnerable-dependency/);
    } finally {
      tree.cleanup();
    }
  });

  it('without a database, still parses the lockfiles and says once how to get one', async () => {
    const tree = makeTree({ 'package-lock.json': vulnerableLock, 'requirements.txt': vulnerableRequirements, 'broken/package-lock.json': '{ "lockfileVersion": 3,' });
    try {
      const outcome = await runCli(['scan', '.', '--scanners', 'deps', '--format', 'json'], { cwd: tree.root, env: { PATH: process.env.PATH, XDG_CACHE_HOME: join(tree.root, 'no-cache') } });
      assert.equal(outcome.code, 0, outcome.stderr);
      const result = JSON.parse(outcome.stdout) as ScanResult;
      assert.deepEqual(result.findings, []);
      assert.deepEqual(result.errors.map((error) => [error.path, error.code]), [['broken/package-lock.json', 'RAMPART_E_PARSE']]);
      const notices = result.notices.filter((notice) => notice.code === 'RAMPART_N_NO_DATABASE');
      assert.equal(notices.length, 1);
      assert.match(notices[0]!.message, new RegExp(`${join(tree.root, 'no-cache', 'rampart', 'osv.sqlite').replaceAll('/', '\\/')}`));
      assert.match(notices[0]!.message, /`rampart db update`.*`rampart db import DIR`/);
    } finally {
      tree.cleanup();
    }
  });

  it('reads the default database under XDG_CACHE_HOME, and warns once when it is over 7 days old', async () => {
    const tree = makeTree({ 'requirements.txt': vulnerableRequirements });
    const cache = join(tree.root, 'cache');
    const env = { PATH: process.env.PATH, XDG_CACHE_HOME: cache };
    try {
      const imported = await runCli(['db', 'import', join(corpusRoot, 'PyPI')], { cwd: tree.root, env, now: new Date('2026-06-01T00:00:00Z') });
      assert.equal(imported.code, 0, imported.stderr);
      const outcome = await runCli(['scan', 'requirements.txt', '--scanners', 'deps', '--format', 'json', '--fail-on', 'never'], { cwd: tree.root, env, now: new Date('2026-06-09T00:00:00Z') });
      const result = JSON.parse(outcome.stdout) as ScanResult;
      assert.equal(result.findings.length, 5);
      assert.deepEqual(result.notices.map((notice) => notice.code), ['RAMPART_N_DATABASE_STALE']);
      assert.match(result.notices[0]!.message, /built 8 days ago/);
      writeFileSync(join(tree.root, 'rampart.yaml'), 'deps:\n  maxDatabaseAgeDays: 10\n');
      const tolerant = await runCli(['scan', '.', '--scanners', 'deps', '--format', 'json', '--fail-on', 'never'], { cwd: tree.root, env, now: new Date('2026-06-09T00:00:00Z') });
      assert.equal(tolerant.code, 0, tolerant.stderr);
      assert.deepEqual((JSON.parse(tolerant.stdout) as ScanResult).notices, []);
    } finally {
      tree.cleanup();
    }
  });

  it('suppresses findings an OpenVEX document marks not_affected or fixed, with the justification', async () => {
    const vex = {
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://example.com/vex/shop-1',
      author: 'Shop security team',
      timestamp: '2026-05-01T00:00:00Z',
      version: 1,
      statements: [
        // Named by its CVE alias, for every lodash version.
        { vulnerability: { name: 'CVE-2021-23337' }, products: [{ '@id': 'pkg:npm/lodash' }], status: 'not_affected', justification: 'vulnerable_code_not_in_execute_path', impact_statement: 'template() is never called' },
        // Another version than the installed one: does not apply.
        { vulnerability: { name: 'GHSA-p6mc-m468-83gw' }, products: [{ '@id': 'pkg:npm/lodash@4.17.3' }], status: 'not_affected', justification: 'component_not_present' },
        { vulnerability: { name: 'PYSEC-2021-66' }, products: [{ '@id': 'pkg:pypi/jinja2@2.10' }], status: 'fixed' },
        // Still under investigation: the finding stays.
        { vulnerability: { name: 'PYSEC-2019-217' }, products: [{ '@id': 'pkg:pypi/jinja2@2.10' }], status: 'under_investigation' },
      ],
    };
    const tree = makeTree({ 'package-lock.json': vulnerableLock, 'requirements.txt': vulnerableRequirements, 'shop.vex.json': JSON.stringify(vex) });
    try {
      const outcome = await runCli([...scanArgs, '--vex', 'shop.vex.json'], { cwd: tree.root });
      assert.equal(outcome.code, 0, outcome.stderr);
      const result = JSON.parse(outcome.stdout) as ScanResult;
      assert.equal(result.findings.length, 7);
      assert.deepEqual(
        result.suppressed.map((finding) => [finding.vulnerability?.id, finding.suppressed]),
        [
          ['GHSA-35jh-r3h4-6jhm', { kind: 'vex', reason: 'VEX not_affected (vulnerable_code_not_in_execute_path: template() is never called), shop.vex.json statement 1' }],
          ['PYSEC-2021-66', { kind: 'vex', reason: 'VEX fixed, shop.vex.json statement 3' }],
        ],
      );
      assert.equal(result.stats.byScanner.deps?.findings, 7);
      const broken = await runCli([...scanArgs, '--vex', 'package-lock.json'], { cwd: tree.root });
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, /RAMPART_E_USAGE: --vex package-lock\.json: not a usable OpenVEX document: no "statements" array/);
    } finally {
      tree.cleanup();
    }
  });

  it('runs by default: matches lockfiles with a database, says once how to get one without, and is silent with no lockfile', async () => {
    const tree = makeTree({ 'package-lock.json': vulnerableLock, 'requirements.txt': vulnerableRequirements, 'src/app.js': 'export const answer = 42;\n' });
    const plain = makeTree({ 'src/app.js': 'export const answer = 42;\n' });
    const env = { PATH: process.env.PATH, XDG_CACHE_HOME: join(tree.root, 'no-cache') };
    try {
      const checked = JSON.parse((await runCli(['scan', '.', '--format', 'json', '--fail-on', 'never', '--db', db], { cwd: tree.root })).stdout) as ScanResult;
      assert.equal(checked.findings.filter((finding) => finding.scanner === 'deps').length, 9);
      assert.deepEqual(Object.keys(checked.stats.byScanner).sort(), ['deps', 'iac', 'pipeline', 'secrets']);
      const unchecked = JSON.parse((await runCli(['scan', '.', '--format', 'json'], { cwd: tree.root, env })).stdout) as ScanResult;
      assert.deepEqual(unchecked.findings, []);
      assert.deepEqual(unchecked.notices.map((notice) => notice.code), ['RAMPART_N_NO_DATABASE']);
      assert.match(unchecked.notices[0]!.message, /^the dependencies of 2 lockfile\(s\) were read but not checked/);
      const table = await runCli(['scan', '.'], { cwd: tree.root, env });
      assert.equal(table.code, 0);
      assert.match(table.stdout, /Notices \(1\):\n.*`rampart db update`.*`rampart db import DIR`/);
      const quiet = JSON.parse((await runCli(['scan', '.', '--format', 'json'], { cwd: plain.root, env })).stdout) as ScanResult;
      assert.deepEqual(quiet.notices, []);
      assert.equal(quiet.stats.byScanner.deps?.files, 0);
    } finally {
      tree.cleanup();
      plain.cleanup();
    }
  });

  it('finds the same with worker threads as in-process', async () => {
    const filler = Object.fromEntries(Array.from({ length: 240 }, (_, index) => [`docs/page-${index}.md`, `page ${index}\n`]));
    const tree = makeTree({ ...filler, 'package-lock.json': vulnerableLock, 'svc/requirements.txt': vulnerableRequirements });
    try {
      const inProcess = JSON.parse((await runCli([...scanArgs, '--jobs', '1'], { cwd: tree.root })).stdout) as ScanResult;
      const pooled = JSON.parse((await runCli([...scanArgs, '--jobs', '2'], { cwd: tree.root })).stdout) as ScanResult;
      assert.equal(inProcess.findings.length, 9);
      assert.deepEqual(pooled.findings, inProcess.findings);
      assert.deepEqual(pooled.notices, inProcess.notices);
    } finally {
      tree.cleanup();
    }
  });
});
