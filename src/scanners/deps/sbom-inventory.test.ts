import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readSbomInventory } from './sbom-inventory.ts';

const cycloneDx = JSON.stringify(
  {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    metadata: { component: { type: 'application', name: 'app', 'bom-ref': 'app' } },
    components: [
      { type: 'library', name: 'node', group: '@types', version: '20.1.0', purl: 'pkg:npm/%40types/node@20.1.0', 'bom-ref': 'a', scope: 'optional', licenses: [{ license: { id: 'MIT' } }] },
      { type: 'library', name: 'Flask_Login', version: '0.6.3', purl: 'pkg:pypi/Flask_Login@0.6.3', 'bom-ref': 'b', scope: 'required', components: [{ type: 'library', name: 'x', purl: 'pkg:maven/org.example/core@1.2?type=jar', 'bom-ref': 'c' }] },
      { type: 'library', name: 'no-purl', version: '1.0.0', 'bom-ref': 'd' },
      { type: 'library', name: 'debian', purl: 'pkg:rpm/fedora/openssl@3.0.11', 'bom-ref': 'e' },
    ],
    dependencies: [{ ref: 'app', dependsOn: ['a', 'b'] }, { ref: 'b', dependsOn: ['c'] }],
  },
  null,
  2,
);

const spdx = JSON.stringify({
  spdxVersion: 'SPDX-2.3',
  SPDXID: 'SPDXRef-DOCUMENT',
  packages: [
    { SPDXID: 'SPDXRef-root', name: 'app' },
    { SPDXID: 'SPDXRef-a', name: 'net', licenseDeclared: 'BSD-3-Clause', externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:golang/golang.org/x/net@v0.17.0' }] },
    { SPDXID: 'SPDXRef-b', name: 'rspec', licenseDeclared: 'NOASSERTION', externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:gem/rspec@3.12.0' }] },
    { SPDXID: 'SPDXRef-c', name: 'serde', externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:cargo/serde@1.0.190' }] },
  ],
  relationships: [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-root' },
    { spdxElementId: 'SPDXRef-root', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-a' },
    { spdxElementId: 'SPDXRef-b', relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: 'SPDXRef-root' },
    { spdxElementId: 'SPDXRef-a', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-c' },
  ],
});

describe('readSbomInventory', () => {
  it('reads CycloneDX components, nested ones too, by purl with scope, direct edges, licences and line', () => {
    const result = readSbomInventory('bom.json', cycloneDx);
    assert.deepEqual(result.errors, []);
    assert.equal(result.skipped, 2, 'no purl, and an rpm purl rampart does not match');
    const summary = result.packages.map((item) => [item.ecosystem, item.name, item.version, item.purl, item.direct, item.dev, item.licenses]).sort();
    assert.deepEqual(summary, [
      ['Maven', 'org.example:core', '1.2', 'pkg:maven/org.example/core@1.2', false, undefined, undefined],
      ['PyPI', 'flask-login', '0.6.3', 'pkg:pypi/flask-login@0.6.3', true, false, undefined],
      ['npm', '@types/node', '20.1.0', 'pkg:npm/%40types/node@20.1.0', true, true, ['MIT']],
    ]);
    const types = result.packages.find((item) => item.name === '@types/node')!;
    assert.deepEqual(types.location, { path: 'bom.json', startLine: 17 }, 'the line of its purl');
  });

  it('reads SPDX packages by their purl reference, with direct and dev from the relationships', () => {
    const result = readSbomInventory('sbom.spdx.json', spdx);
    assert.deepEqual(result.errors, []);
    const summary = result.packages.map((item) => [item.ecosystem, item.name, item.version, item.direct, item.dev, item.licenses]);
    assert.deepEqual(summary, [
      ['Go', 'golang.org/x/net', 'v0.17.0', true, false, ['BSD-3-Clause']],
      ['RubyGems', 'rspec', '3.12.0', true, true, undefined],
      ['crates.io', 'serde', '1.0.190', false, undefined, undefined],
    ]);
  });

  it('reports a file that is not JSON or not an SBOM as a parse error with its line', () => {
    assert.deepEqual(readSbomInventory('bom.json', '{\n  "bomFormat": \n}').errors.map((error) => [error.code, error.line]), [['RAMPART_E_PARSE', 3]]);
    assert.match(readSbomInventory('bom.json', '{"name": "x"}').errors[0]!.message, /not a CycloneDX or SPDX/);
  });

  it('reads rpm purls back: the vendor picks the ecosystem, epoch goes in front of the version, distro gives the OSV release', () => {
    const purls = [
      'pkg:rpm/almalinux/openssl-libs@3.0.7-27.el9?arch=x86_64&distro=almalinux-9&epoch=1&upstream=openssl',
      'pkg:rpm/redhat/bash@5.1.8-9.el9?arch=x86_64&distro=redhat-9.4',
      'pkg:rpm/suse/libopenssl3@3.0.8-150500.5.8.1?arch=x86_64&distro=sles-15.5',
      'pkg:rpm/opensuse/curl@8.0.1-150400.5.41.1?distro=opensuse-leap-15.5',
      'pkg:rpm/amzn/bash@4.2.46-34.amzn2?distro=amzn-2',
    ];
    const bom = JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components: purls.map((purl, index) => ({ type: 'library', name: String(index), purl })) });
    const read = readSbomInventory('bom.json', bom);
    assert.deepEqual(
      read.packages.map((item) => [item.ecosystem, item.name, item.version, item.distribution?.id, item.distribution?.release, item.source]),
      [
        ['AlmaLinux', 'openssl-libs', '1:3.0.7-27.el9', 'almalinux', '9', { name: 'openssl', version: '1:3.0.7-27.el9' }],
        ['Red Hat', 'bash', '5.1.8-9.el9', 'rhel', '9', { name: 'bash', version: '5.1.8-9.el9' }],
        ['SUSE', 'libopenssl3', '3.0.8-150500.5.8.1', 'sles', 'Linux Enterprise Server 15 SP5', { name: 'libopenssl3', version: '3.0.8-150500.5.8.1' }],
        ['openSUSE', 'curl', '8.0.1-150400.5.41.1', 'opensuse-leap', 'Leap 15.5', { name: 'curl', version: '8.0.1-150400.5.41.1' }],
      ],
    );
    assert.equal(read.skipped, 1, 'Amazon Linux has no OSV advisories: skipped and counted');
  });
});
