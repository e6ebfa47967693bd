import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { fakeSecret, sampleContext } from './fixtures/sample-scan.ts';
import { jsonReporter } from './json.ts';

const schemaPath = fileURLToPath(new URL('../../schemas/report.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;

function compileSchema() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  // ajv-formats is CommonJS; under NodeNext its default export is the `default` member.
  ajvFormats.default(ajv);
  return ajv.compile(schema);
}

type SchemaNode = { [key: string]: unknown; properties?: Record<string, SchemaNode>; $ref?: string; description?: string };

/** Every property either has a description or points at a definition that has one. */
function undocumentedProperties(node: SchemaNode, path: string, definitions: Record<string, SchemaNode>): string[] {
  const missing: string[] = [];
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const target = child.$ref ? definitions[child.$ref.replace('#/definitions/', '')] : child;
    if (!child.description && !target?.description) missing.push(`${path}.${name}`);
    if (!child.$ref) missing.push(...undocumentedProperties(child, `${path}.${name}`, definitions));
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    const child = node[key];
    if (child && typeof child === 'object' && !(child as SchemaNode).$ref) missing.push(...undocumentedProperties(child as SchemaNode, `${path}.${key}`, definitions));
  }
  return missing;
}

describe('json reporter', () => {
  it('validates against schemas/report.schema.json', () => {
    const validate = compileSchema();
    const report = JSON.parse(jsonReporter.render(sampleContext())) as unknown;
    assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
  });

  it('validates a clean scan with no findings', () => {
    const validate = compileSchema();
    const clean = { ...sampleContext().result, findings: [], suppressed: [], errors: [], notices: [] };
    assert.ok(validate(JSON.parse(jsonReporter.render(sampleContext({ result: clean })))), JSON.stringify(validate.errors));
  });

  it('is rejected by the schema when a field is not documented there', () => {
    const validate = compileSchema();
    const report = JSON.parse(jsonReporter.render(sampleContext())) as { findings: Record<string, unknown>[] };
    report.findings[0]!.surprise = true;
    assert.equal(validate(report), false);
  });

  it('keeps suppressed findings apart, each saying why', () => {
    const report = JSON.parse(jsonReporter.render(sampleContext())) as { schemaVersion: number; suppressed: { suppressed: { kind: string } }[] };
    assert.equal(report.schemaVersion, 1);
    assert.deepEqual(
      report.suppressed.map((finding) => finding.suppressed.kind),
      ['baseline', 'inline'],
    );
  });

  it('documents every field of the schema', () => {
    const definitions = (schema.definitions ?? {}) as Record<string, SchemaNode>;
    const missing = [
      ...undocumentedProperties(schema as SchemaNode, '$', definitions),
      ...Object.entries(definitions).flatMap(([name, definition]) => [
        ...(definition.description ? [] : [`#/definitions/${name}`]),
        ...undocumentedProperties(definition, `#/definitions/${name}`, definitions),
      ]),
    ];
    assert.deepEqual(missing, []);
  });

  it('never contains the raw secret', () => {
    const text = jsonReporter.render(sampleContext());
    assert.ok(!text.includes(fakeSecret));
  });
});
