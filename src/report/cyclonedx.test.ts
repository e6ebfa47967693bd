import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cycloneDxValidator } from './fixtures/sbom-schemas.ts';
import { renderCycloneDx } from './cyclonedx.ts';
import { samplePackages as packages, sampleSbomInput as input } from './fixtures/sample-inventory.ts';

type Bom = {
  serialNumber: string;
  metadata: { timestamp: string; component: { name: string; 'bom-ref': string } };
  components: { name: string; group?: string; 'bom-ref': string; purl?: string; scope?: string; licenses?: unknown[]; properties?: { name: string; value: string }[] }[];
  dependencies: { ref: string; dependsOn?: string[] }[];
};

describe('renderCycloneDx', () => {
  it('writes a BOM that the official CycloneDX 1.6 schema accepts', () => {
    const validate = cycloneDxValidator();
    const bom = JSON.parse(renderCycloneDx(input)) as unknown;
    assert.equal(validate(bom), true, JSON.stringify(validate.errors, null, 2));
  });

  it('rejects a broken BOM, so the schema check can fail', () => {
    const validate = cycloneDxValidator();
    const bom = JSON.parse(renderCycloneDx(input)) as Bom;
    (bom.components[0] as Record<string, unknown>).scope = 'sometimes';
    assert.equal(validate(bom), false);
  });

  it('gives each package one component with its purl as bom-ref, scope from dev, and its lockfiles as properties', () => {
    const bom = JSON.parse(renderCycloneDx(input)) as Bom;
    assert.deepEqual(bom.components.map((component) => component['bom-ref']), ['pkg:composer/monolog/monolog@3.5.0', 'pkg:npm/%40types/node@20.11.0', 'pkg:npm/accepts@1.3.8', 'pkg:npm/express@4.18.2']);
    const accepts = bom.components.find((component) => component.name === 'accepts')!;
    assert.equal(accepts.purl, 'pkg:npm/accepts@1.3.8');
    assert.equal(accepts.scope, 'required', 'production in one lockfile is enough');
    assert.deepEqual(accepts.properties?.filter((property) => property.name === 'rampart:lockfile').map((property) => property.value), ['package-lock.json', 'web/package-lock.json']);
    const types = bom.components.find((component) => component.name === 'node')!;
    assert.equal(types.group, '@types');
    assert.equal(types.scope, 'optional');
    const monolog = bom.components.find((component) => component.name === 'monolog')!;
    assert.equal(monolog.group, 'monolog');
    assert.equal(monolog.scope, undefined, 'unknown dev flag leaves scope out');
  });

  it('records licences: SPDX ids, expressions, and free text as names', () => {
    const bom = JSON.parse(renderCycloneDx(input)) as Bom;
    const licensesOf = (name: string) => bom.components.find((component) => component.name === name)!.licenses;
    assert.deepEqual(licensesOf('express'), [{ license: { id: 'MIT' } }]);
    assert.deepEqual(licensesOf('accepts'), [{ expression: '(MIT OR Apache-2.0)' }]);
    assert.deepEqual(licensesOf('node'), [{ license: { name: 'SEE LICENSE IN LICENSE.md' } }]);
    assert.deepEqual(licensesOf('monolog'), [{ license: { id: 'GPL-2.0-only' } }, { license: { id: 'MIT' } }]);
  });

  it('describes the project as metadata.component and lists the edges the dependency paths show', () => {
    const bom = JSON.parse(renderCycloneDx(input)) as Bom;
    assert.equal(bom.metadata.component.name, 'demo');
    assert.equal(bom.metadata.timestamp, '2026-06-01T12:00:00.000Z');
    assert.deepEqual(bom.dependencies, [
      { ref: 'pkg:npm/express@4.18.2', dependsOn: ['pkg:npm/accepts@1.3.8'] },
      { ref: 'root', dependsOn: ['pkg:composer/monolog/monolog@3.5.0', 'pkg:npm/%40types/node@20.11.0', 'pkg:npm/express@4.18.2'] },
    ]);
  });

  it('gives the same bytes for the same packages in any order, and a new serial number when they change', () => {
    const first = renderCycloneDx(input);
    assert.equal(renderCycloneDx({ ...input, packages: packages.map((_, index) => packages[packages.length - 1 - index]!) }), first);
    assert.match((JSON.parse(first) as Bom).serialNumber, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const changed = JSON.parse(renderCycloneDx({ ...input, packages: packages.slice(1) })) as Bom;
    assert.notEqual(changed.serialNumber, (JSON.parse(first) as Bom).serialNumber);
  });
});
