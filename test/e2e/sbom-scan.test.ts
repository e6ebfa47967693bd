import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Finding, ScanResult } from '../../src/core/finding.ts';
import { makeTree, runCli } from '../support/cli-harness.ts';

const corpusRoot = fileURLToPath(new URL('../../../shared/corpus/osv/', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'rampart-sbom-scan-e2e-'));
const db = join(home, 'osv.sqlite');
after(() => rmSync(home, { recursive: true, force: true }));

// lodash 4.17.4: four corpus advisories; minimist 1.2.5 (transitive, dev): GHSA-xvch-5gv4-984h, fixed 1.2.6.
const packageLock = `{
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
      },
      "devDependencies": {
        "mkdirp": "0.5.5"
      }
    },
    "node_modules/lodash": {
      "version": "4.17.4",
      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.4.tgz",
      "license": "MIT"
    },
    "node_modules/minimist": {
      "version": "1.2.5",
      "resolved": "https://registry.npmjs.org/minimist/-/minimist-1.2.5.tgz",
      "dev": true,
      "license": "MIT"
    },
    "node_modules/mkdirp": {
      "version": "0.5.5",
      "resolved": "https://registry.npmjs.org/mkdirp/-/mkdirp-0.5.5.tgz",
      "dev": true,
      "license": "MIT",
      "dependencies": {
        "minimist": "^1.2.5"
      }
    }
  }
}
`;

// Jinja2 2.10 and PyYAML 5.1 are affected; the unpinned requests cannot be checked, in either input.
const requirements = 'Jinja2==2.10\nPyYAML==5.1\nrequests>=2\n';

const project = { 'package-lock.json': packageLock, 'requirements.txt': requirements };

/** Everything a finding says about the vulnerability, without where it was found. */
function identity(finding: Finding): string {
  const { ruleId, severity, package: item, vulnerability } = finding;
  return JSON.stringify({ ruleId, severity, package: item, vulnerability });
}

describe('rampart scan --sbom', () => {
  before(async () => {
    const imported = await runCli(['db', 'import', corpusRoot, '--db', db], { cwd: home });
    assert.equal(imported.code, 0, imported.stderr);
  });

  it('finds in a CycloneDX or SPDX SBOM of a project exactly what scanning the project finds, located at the component', async () => {
    const tree = makeTree(project);
    try {
      const direct = JSON.parse((await runCli(['scan', '.', '--scanners', 'deps', '--format', 'json', '--fail-on', 'never', '--db', db], { cwd: tree.root })).stdout) as ScanResult;
      const expected = direct.findings.map(identity).sort();
      assert.equal(expected.length, 10);
      assert.ok(direct.findings.some((finding) => finding.vulnerability?.id === 'GHSA-xvch-5gv4-984h' && finding.vulnerability.fixedVersions?.[0] === '1.2.6'));
      for (const [format, file] of [['cyclonedx', 'bom.cdx.json'], ['spdx', 'bom.spdx.json']] as const) {
        assert.equal((await runCli(['sbom', '--format', format, '-o', file], { cwd: tree.root })).code, 0);
        const outcome = await runCli(['scan', '--sbom', file, '--format', 'json', '--fail-on', 'never', '--db', db], { cwd: tree.root });
        assert.equal(outcome.code, 0, outcome.stderr);
        const result = JSON.parse(outcome.stdout) as ScanResult;
        assert.deepEqual(result.target, { kind: 'sbom', ref: file });
        assert.deepEqual(result.errors, []);
        assert.deepEqual(result.findings.map(identity).sort(), expected, format);
        const lines = readFileSync(join(tree.root, file), 'utf8').split('\n');
        for (const finding of result.findings) {
          assert.equal(finding.location.path, file);
          assert.ok(lines[finding.location.startLine - 1]!.includes(finding.package!.purl!), `${format}: line ${finding.location.startLine} names ${finding.package!.purl}`);
        }
        // The component without a version (requests>=2) is read but, as in the project, not matched.
        assert.deepEqual(result.notices, []);
      }
    } finally {
      tree.cleanup();
    }
  });

  it('fails on findings like a directory scan, and counts components it cannot match in one notice', async () => {
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [
        { type: 'library', name: 'lodash', version: '4.17.4', purl: 'pkg:npm/lodash@4.17.4' },
        { type: 'library', name: 'zlib', version: '1.2.13', purl: 'pkg:rpm/fedora/zlib@1.2.13' },
        { type: 'library', name: 'internal-thing', version: '1.0.0' },
      ],
    };
    const tree = makeTree({ 'vendor.cdx.json': JSON.stringify(bom, null, 2) });
    try {
      const outcome = await runCli(['scan', '--sbom', 'vendor.cdx.json', '--db', db, '--format', 'json'], { cwd: tree.root });
      assert.equal(outcome.code, 1);
      const result = JSON.parse(outcome.stdout) as ScanResult;
      assert.equal(result.findings.length, 4);
      assert.deepEqual(result.notices.map((notice) => [notice.path, notice.code, notice.message]), [['vendor.cdx.json', 'RAMPART_N_INVENTORY', '2 component(s) without a package URL of a supported ecosystem were not checked']]);
    } finally {
      tree.cleanup();
    }
  });

  it('reports a document that is not an SBOM as a parse error, and refuses conflicting flags', async () => {
    const tree = makeTree({ ...project, 'notes.json': '{ "hello": "world" }' });
    try {
      const notSbom = await runCli(['scan', '--sbom', 'notes.json', '--db', db, '--format', 'json'], { cwd: tree.root });
      assert.equal(notSbom.code, 0);
      assert.deepEqual((JSON.parse(notSbom.stdout) as ScanResult).errors.map((error) => [error.path, error.code]), [['notes.json', 'RAMPART_E_PARSE']]);
      const strict = await runCli(['scan', '--sbom', 'notes.json', '--db', db, '--strict', '--quiet'], { cwd: tree.root });
      assert.equal(strict.code, 2);
      for (const argv of [['scan', 'sub', '--sbom', 'notes.json'], ['scan', '--sbom', 'notes.json', '--git'], ['scan', '--sbom', 'notes.json', '--scanners', 'secrets']]) {
        const refused = await runCli(argv, { cwd: tree.root });
        assert.equal(refused.code, 2, argv.join(' '));
        assert.match(refused.stderr, /RAMPART_E_USAGE/);
      }
      const missing = await runCli(['scan', '--sbom', 'missing.json'], { cwd: tree.root });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /RAMPART_E_TARGET/);
    } finally {
      tree.cleanup();
    }
  });
});
