import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { renderRuleDocs } from './rule-docs.ts';

describe('generated rule docs', () => {
  it('are up to date with rule metadata (run `npm run docs` to refresh)', async () => {
    for (const [path, expected] of await renderRuleDocs()) {
      const file = new URL(`../${path}`, import.meta.url);
      assert.ok(existsSync(file), `${path} is missing: run npm run docs`);
      assert.equal(readFileSync(file, 'utf8'), expected, `${path} is stale: run npm run docs`);
    }
  });
});
