import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cycloneDxValidator, spdxDanglingReferences, spdxValidator } from '../../src/report/fixtures/sbom-schemas.ts';
import { makeTree, runCli } from '../support/cli-harness.ts';

const packageLock = JSON.stringify(
  {
    name: 'shop',
    lockfileVersion: 3,
    packages: {
      '': { name: 'shop', dependencies: { express: '^4.17.0' }, devDependencies: { mocha: '^10.0.0' } },
      'node_modules/express': { version: '4.17.1', license: 'MIT', dependencies: { qs: '6.7.0' } },
      'node_modules/mocha': { version: '10.2.0', dev: true, license: 'MIT' },
      'node_modules/qs': { version: '6.7.0', license: 'BSD-3-Clause' },
    },
  },
  null,
  2,
);

const packageJson = JSON.stringify({ name: 'shop', dependencies: { express: '^4.17.0' }, devDependencies: { mocha: '^10.0.0' } });

const poetryLock = `[[package]]
name = "Flask"
version = "2.2.2"
optional = false
python-versions = ">=3.7"
files = []

[package.dependencies]
click = ">=8.0"

[[package]]
name = "click"
version = "8.1.7"
optional = false
python-versions = ">=3.7"
files = []

[[package]]
name = "pytest"
version = "7.4.0"
optional = false
python-versions = ">=3.7"
files = []
`;

const pyproject = `[tool.poetry]
name = "shop-api"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.10"
Flask = "^2.2"

[tool.poetry.group.dev.dependencies]
pytest = "^7.4"
`;

const goMod = `module example.com/shop

go 1.21

require (
\tgolang.org/x/net v0.17.0
\tgolang.org/x/text v0.13.0 // indirect
)
`;

const files = { 'package-lock.json': packageLock, 'package.json': packageJson, 'api/poetry.lock': poetryLock, 'api/pyproject.toml': pyproject, 'tools/go.mod': goMod };

type Bom = { components: { purl: string; scope?: string; properties: { name: string; value: string }[] }[]; dependencies: { ref: string; dependsOn: string[] }[]; metadata: { timestamp: string } };
type SpdxDocument = { packages: { SPDXID: string; name: string; externalRefs?: { referenceLocator: string }[] }[]; relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[] };

const expectedPurls = ['pkg:golang/golang.org/x/net@v0.17.0', 'pkg:golang/golang.org/x/text@v0.13.0', 'pkg:npm/express@4.17.1', 'pkg:npm/mocha@10.2.0', 'pkg:npm/qs@6.7.0', 'pkg:pypi/click@8.1.7', 'pkg:pypi/flask@2.2.2', 'pkg:pypi/pytest@7.4.0'];

describe('rampart sbom', () => {
  it('writes a CycloneDX 1.6 BOM that validates, with purls, scopes, lockfiles and relationships', async () => {
    const tree = makeTree(files);
    try {
      const outcome = await runCli(['sbom', '.'], { cwd: tree.root });
      assert.equal(outcome.code, 0, outcome.stderr);
      const bom = JSON.parse(outcome.stdout) as Bom;
      const validate = cycloneDxValidator();
      assert.equal(validate(bom), true, JSON.stringify(validate.errors, null, 2));
      assert.deepEqual(bom.components.map((component) => component.purl), expectedPurls);
      assert.equal(bom.metadata.timestamp, '2026-06-01T12:00:00.000Z', 'the injected clock');
      const mocha = bom.components.find((component) => component.purl === 'pkg:npm/mocha@10.2.0')!;
      assert.equal(mocha.scope, 'optional');
      assert.deepEqual(bom.components.find((component) => component.purl === 'pkg:pypi/click@8.1.7')!.properties.find((property) => property.name === 'rampart:lockfile'), { name: 'rampart:lockfile', value: 'api/poetry.lock' });
      const edges = Object.fromEntries(bom.dependencies.map((entry) => [entry.ref, entry.dependsOn]));
      assert.deepEqual(edges['pkg:npm/express@4.17.1'], ['pkg:npm/qs@6.7.0']);
      assert.deepEqual(edges['pkg:pypi/flask@2.2.2'], ['pkg:pypi/click@8.1.7']);
      assert.ok(edges.root!.includes('pkg:golang/golang.org/x/net@v0.17.0'));
      assert.ok(!edges.root!.includes('pkg:golang/golang.org/x/text@v0.13.0'), 'an indirect module is not a direct dependency');
    } finally {
      tree.cleanup();
    }
  });

  it('writes an SPDX 2.3 document with purl references and DEPENDS_ON relationships to a file', async () => {
    const tree = makeTree(files);
    try {
      const outcome = await runCli(['sbom', '--format', 'spdx', '-o', 'sbom.spdx.json'], { cwd: tree.root });
      assert.equal(outcome.code, 0, outcome.stderr);
      assert.equal(outcome.stdout, '');
      const document = JSON.parse(readFileSync(join(tree.root, 'sbom.spdx.json'), 'utf8')) as SpdxDocument;
      const validate = spdxValidator();
      assert.equal(validate(document), true, JSON.stringify(validate.errors, null, 2));
      assert.deepEqual(spdxDanglingReferences(document), []);
      assert.deepEqual(document.packages.flatMap((item) => item.externalRefs?.map((ref) => ref.referenceLocator) ?? []), expectedPurls);
      const idOf = (name: string) => document.packages.find((item) => item.name === name)!.SPDXID;
      const triples = document.relationships.map((relationship) => `${relationship.spdxElementId} ${relationship.relationshipType} ${relationship.relatedSpdxElement}`);
      assert.ok(triples.includes(`${idOf('flask')} DEPENDS_ON ${idOf('click')}`), triples.join('\n'));
      assert.ok(triples.includes(`${idOf('pytest')} DEV_DEPENDENCY_OF SPDXRef-RootPackage`), triples.join('\n'));
      assert.ok(triples.includes('SPDXRef-DOCUMENT DESCRIBES SPDXRef-RootPackage'));
    } finally {
      tree.cleanup();
    }
  });

  it('lists every edge the lockfile records, not only the shortest chains: two parents, two versions of one name, a cycle', async () => {
    // debug is required by express and by body-parser; send nests its own ms 2.1.3 beside the hoisted ms 2.0.0; es-abstract and es-to-primitive require each other.
    const lock = {
      name: 'graph',
      lockfileVersion: 3,
      packages: {
        '': { name: 'graph', dependencies: { express: '4.18.2', 'es-abstract': '1.22.1' } },
        'node_modules/express': { version: '4.18.2', dependencies: { 'body-parser': '1.20.1', debug: '2.6.9', send: '0.18.0' } },
        'node_modules/body-parser': { version: '1.20.1', dependencies: { debug: '2.6.9' } },
        'node_modules/debug': { version: '2.6.9', dependencies: { ms: '2.0.0' } },
        'node_modules/ms': { version: '2.0.0' },
        'node_modules/send': { version: '0.18.0', dependencies: { debug: '2.6.9', ms: '2.1.3' } },
        'node_modules/send/node_modules/ms': { version: '2.1.3' },
        'node_modules/es-abstract': { version: '1.22.1', dependencies: { 'es-to-primitive': '1.2.1' } },
        'node_modules/es-to-primitive': { version: '1.2.1', dependencies: { 'es-abstract': '1.22.1' } },
      },
    };
    const expectedEdges = [
      'pkg:npm/body-parser@1.20.1 -> pkg:npm/debug@2.6.9',
      'pkg:npm/debug@2.6.9 -> pkg:npm/ms@2.0.0',
      'pkg:npm/es-abstract@1.22.1 -> pkg:npm/es-to-primitive@1.2.1',
      'pkg:npm/es-to-primitive@1.2.1 -> pkg:npm/es-abstract@1.22.1',
      'pkg:npm/express@4.18.2 -> pkg:npm/body-parser@1.20.1',
      'pkg:npm/express@4.18.2 -> pkg:npm/debug@2.6.9',
      'pkg:npm/express@4.18.2 -> pkg:npm/send@0.18.0',
      'pkg:npm/send@0.18.0 -> pkg:npm/debug@2.6.9',
      'pkg:npm/send@0.18.0 -> pkg:npm/ms@2.1.3',
      'root -> pkg:npm/es-abstract@1.22.1',
      'root -> pkg:npm/express@4.18.2',
    ];
    const tree = makeTree({ 'package-lock.json': JSON.stringify(lock, null, 2) });
    try {
      assert.equal((await runCli(['sbom', '-o', 'bom.cdx.json'], { cwd: tree.root })).code, 0);
      const bom = JSON.parse(readFileSync(join(tree.root, 'bom.cdx.json'), 'utf8')) as Bom;
      const validateBom = cycloneDxValidator();
      assert.equal(validateBom(bom), true, JSON.stringify(validateBom.errors, null, 2));
      assert.deepEqual(bom.dependencies.flatMap((entry) => entry.dependsOn.map((target) => `${entry.ref} -> ${target}`)).sort(), expectedEdges);

      assert.equal((await runCli(['sbom', '--format', 'spdx', '-o', 'bom.spdx.json'], { cwd: tree.root })).code, 0);
      const document = JSON.parse(readFileSync(join(tree.root, 'bom.spdx.json'), 'utf8')) as SpdxDocument;
      const validateSpdx = spdxValidator();
      assert.equal(validateSpdx(document), true, JSON.stringify(validateSpdx.errors, null, 2));
      assert.deepEqual(spdxDanglingReferences(document), []);
      const purlOf = new Map(document.packages.map((item) => [item.SPDXID, item.externalRefs?.[0]?.referenceLocator ?? 'root']));
      const dependsOn = document.relationships.filter((relationship) => relationship.relationshipType === 'DEPENDS_ON').map((relationship) => `${purlOf.get(relationship.spdxElementId)} -> ${purlOf.get(relationship.relatedSpdxElement)}`);
      assert.deepEqual(dependsOn.sort(), expectedEdges);

      const inventory = JSON.parse((await runCli(['inventory', '--format', 'json'], { cwd: tree.root })).stdout) as { packages: { name: string; version: string; dependsOn?: { name: string; version: string }[] }[] };
      assert.deepEqual(inventory.packages.find((item) => item.name === 'send')!.dependsOn, [{ name: 'debug', version: '2.6.9' }, { name: 'ms', version: '2.1.3' }]);
    } finally {
      tree.cleanup();
    }
  });

  it('gives byte-identical output for the same input, in both formats', async () => {
    // Two temporary trees, each holding the project in a folder of the same name (the SBOM's project name).
    const inFolder = Object.fromEntries(Object.entries(files).map(([path, text]) => [`shop/${path}`, text]));
    const first = makeTree(inFolder);
    const second = makeTree(inFolder);
    try {
      for (const format of ['cyclonedx', 'spdx']) {
        // Different clocks, same SOURCE_DATE_EPOCH: the convention for reproducible output wins.
        const env = { PATH: process.env.PATH, SOURCE_DATE_EPOCH: '1700000000' };
        const one = await runCli(['sbom', 'shop', '--format', format], { cwd: first.root, env, now: new Date('2026-01-01T00:00:00Z') });
        const two = await runCli(['sbom', 'shop', '--format', format], { cwd: second.root, env, now: new Date('2026-02-02T00:00:00Z') });
        assert.equal(one.code, 0, one.stderr);
        assert.equal(one.stdout, two.stdout);
        assert.match(one.stdout, /2023-11-14T22:13:20/);
        assert.match(one.stdout, /pkg:pypi\/flask@2\.2\.2/);
      }
    } finally {
      first.cleanup();
      second.cleanup();
    }
  });

  it('reads its own SBOMs back with rampart inventory: same packages, scopes and direct flags', async () => {
    const tree = makeTree(files);
    try {
      const lockfiles = JSON.parse((await runCli(['inventory', '.', '--format', 'json'], { cwd: tree.root })).stdout) as { packages: { purl: string; direct?: boolean; dev?: boolean }[] };
      const expected = lockfiles.packages.map((item) => `${item.purl} direct=${item.direct} dev=${item.dev}`).sort();
      for (const [format, file] of [['cyclonedx', 'bom.cdx.json'], ['spdx', 'bom.spdx.json']] as const) {
        assert.equal((await runCli(['sbom', '--format', format, '-o', file], { cwd: tree.root })).code, 0);
        const outcome = await runCli(['inventory', file, '--format', 'json'], { cwd: tree.root });
        assert.equal(outcome.code, 0, outcome.stderr);
        const readBack = JSON.parse(outcome.stdout) as { packages: { purl: string; direct?: boolean; dev?: boolean }[] };
        assert.deepEqual(readBack.packages.map((item) => item.purl).sort(), expectedPurls);
        if (format === 'cyclonedx') assert.deepEqual(readBack.packages.map((item) => `${item.purl} direct=${item.direct} dev=${item.dev}`).sort(), expected);
      }
    } finally {
      tree.cleanup();
    }
  });

  it('refuses an unknown format and a bad SOURCE_DATE_EPOCH with exit code 2', async () => {
    const tree = makeTree(files);
    try {
      const format = await runCli(['sbom', '--format', 'swid'], { cwd: tree.root });
      assert.equal(format.code, 2);
      assert.match(format.stderr, /RAMPART_E_USAGE: unknown SBOM format "swid"/);
      const epoch = await runCli(['sbom'], { cwd: tree.root, env: { SOURCE_DATE_EPOCH: 'yesterday' } });
      assert.equal(epoch.code, 2);
      const missing = await runCli(['sbom', 'nowhere'], { cwd: tree.root });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /RAMPART_E_TARGET/);
    } finally {
      tree.cleanup();
    }
  });
});
