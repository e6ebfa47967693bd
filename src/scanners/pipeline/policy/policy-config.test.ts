import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../../core/config.ts';
import { RampartError } from '../../../core/errors.ts';
import { scannerFactories } from '../../index.ts';

const workflow = 'on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: evil/action@0000000000000000000000000000000000000001\n';

describe('pipeline policy config', () => {
  it('rejects an unknown permission scope with its line', () => {
    const text = 'pipeline:\n  policy:\n    maxPermissions:\n      contents: read\n      contnets: write\n';
    assert.throws(() => parseConfig(text, 'rampart.yaml'), (error: unknown) => error instanceof RampartError && /rampart\.yaml:5: .*unknown key "contnets"/.test(error.message));
  });

  it('rejects a requiredBefore entry naming two things at once', () => {
    const text = 'pipeline:\n  policy:\n    deploy:\n      requiredBefore:\n        - { job: test, run: make }\n';
    assert.throws(() => parseConfig(text, 'rampart.yaml'), RampartError);
  });

  it('reaches the rules through the scanner factory', async () => {
    const { config } = parseConfig("pipeline:\n  policy:\n    uses:\n      allow: ['actions/*']\n", 'rampart.yaml');
    const factory = scannerFactories.find((candidate) => candidate.name === 'pipeline')!;
    const scanner = await factory.create(config.pipeline);
    const output = scanner.scanFile({ path: '.github/workflows/ci.yml', read: async () => ({ text: workflow, bytes: workflow.length }) }, { text: workflow, bytes: workflow.length });
    assert.deepEqual(output.drafts.map((draft) => [draft.ruleId, draft.startLine]), [['policy-disallowed-action', 7]]);
  });

  it('reports nothing about policy when the config has none', async () => {
    const scanner = await scannerFactories.find((candidate) => candidate.name === 'pipeline')!.create({});
    const output = scanner.scanFile({ path: '.github/workflows/ci.yml', read: async () => ({ text: workflow, bytes: workflow.length }) }, { text: workflow, bytes: workflow.length });
    assert.deepEqual(output.drafts, []);
  });
});
