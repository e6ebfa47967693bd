import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { samplePackages as packages, sampleSbomInput as input } from './fixtures/sample-inventory.ts';
import { spdxDanglingReferences, spdxValidator } from './fixtures/sbom-schemas.ts';
import { renderSpdx } from './spdx.ts';

type SpdxDocument = {
  documentNamespace: string;
  creationInfo: { created: string; creators: string[] };
  packages: { SPDXID: string; name: string; versionInfo?: string; licenseDeclared: string; externalRefs?: { referenceCategory: string; referenceType: string; referenceLocator: string }[]; sourceInfo?: string }[];
  relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
};

const render = () => JSON.parse(renderSpdx(input)) as SpdxDocument;
const idOf = (document: SpdxDocument, name: string) => document.packages.find((item) => item.name === name)!.SPDXID;

describe('renderSpdx', () => {
  it('writes a document that meets the SPDX 2.3 structural requirements', () => {
    const validate = spdxValidator();
    const document = render();
    assert.equal(validate(document), true, JSON.stringify(validate.errors, null, 2));
    assert.deepEqual(spdxDanglingReferences(document), []);
  });

  it('rejects a broken document, so the structural check can fail', () => {
    const validate = spdxValidator();
    const document = render();
    document.packages[1]!.SPDXID = 'SPDXRef-has space';
    assert.equal(validate(document), false);
    document.relationships.push({ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-missing' });
    assert.deepEqual(spdxDanglingReferences(document).includes('unknown SPDXRef-missing'), true);
  });

  it('describes the project and links its direct dependencies, dev ones as DEV_DEPENDENCY_OF', () => {
    const document = render();
    const triples = document.relationships.map((relationship) => `${relationship.spdxElementId} ${relationship.relationshipType} ${relationship.relatedSpdxElement}`);
    assert.deepEqual(triples, [
      'SPDXRef-DOCUMENT DESCRIBES SPDXRef-RootPackage',
      `SPDXRef-RootPackage DEPENDS_ON ${idOf(document, 'monolog/monolog')}`,
      `${idOf(document, '@types/node')} DEV_DEPENDENCY_OF SPDXRef-RootPackage`,
      `SPDXRef-RootPackage DEPENDS_ON ${idOf(document, 'express')}`,
      `${idOf(document, 'express')} DEPENDS_ON ${idOf(document, 'accepts')}`,
    ]);
  });

  it('gives each package a purl reference, NOASSERTION for licences it cannot state, and its lockfiles', () => {
    const document = render();
    const accepts = document.packages.find((item) => item.name === 'accepts')!;
    assert.deepEqual(accepts.externalRefs, [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/accepts@1.3.8' }]);
    assert.equal(accepts.versionInfo, '1.3.8');
    assert.equal(accepts.licenseDeclared, '(MIT OR Apache-2.0)');
    assert.equal(accepts.sourceInfo, 'declared in package-lock.json, web/package-lock.json');
    assert.equal(document.packages.find((item) => item.name === '@types/node')!.licenseDeclared, 'NOASSERTION', 'free text is not an SPDX expression');
    assert.equal(document.packages.find((item) => item.name === 'monolog/monolog')!.licenseDeclared, '(GPL-2.0-only) OR (MIT)');
  });

  it('stamps the injected time without milliseconds and names the tool', () => {
    const document = render();
    assert.deepEqual(document.creationInfo, { created: '2026-06-01T12:00:00Z', creators: ['Tool: rampart-0.1.0'] });
  });

  it('gives the same bytes for the same packages in any order, and a new namespace when they change', () => {
    const first = renderSpdx(input);
    assert.equal(renderSpdx({ ...input, packages: packages.map((_, index) => packages[packages.length - 1 - index]!) }), first);
    const changed = JSON.parse(renderSpdx({ ...input, packages: packages.slice(1) })) as SpdxDocument;
    assert.notEqual(changed.documentNamespace, (JSON.parse(first) as SpdxDocument).documentNamespace);
  });
});
