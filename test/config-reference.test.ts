import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseConfig } from '../src/core/config.ts';
import { scannerNames } from '../src/scanners/index.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../schemas/config.schema.json', import.meta.url), 'utf8')) as {
  properties: { scanners: { items: { enum: string[] } } };
};

describe('config reference', () => {
  it('the README example config is valid', () => {
    const section = readme.split('## Config file')[1]!;
    const example = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const { config } = parseConfig(example.replace('fingerprint: 3f2a…', 'fingerprint: 3f2a'), 'README.md');
    assert.equal(config.failOn, 'high');
    assert.equal(config.secrets?.rules?.[0]?.id, 'acme-api-key');
  });

  it('the schema lists exactly the registered scanners', () => {
    assert.deepEqual([...schema.properties.scanners.items.enum].sort(), [...scannerNames].sort());
  });

  it('rampart.yaml of this repository is valid', () => {
    const { config } = parseConfig(readFileSync(new URL('../rampart.yaml', import.meta.url), 'utf8'), 'rampart.yaml');
    assert.ok(config.exclude?.includes('src/scanners/*/fixtures/'));
  });
});
