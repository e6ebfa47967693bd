import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedHits, fixtureFiles, itFollowsRuleConventions, sortHits } from '../rule-fixtures.ts';
import { scanImageConfigText } from './index.ts';
import { imageRules } from './rules/index.ts';

const fixturesRoot = new URL('./fixtures/', import.meta.url).pathname;
const rulesRoot = new URL('./rules/', import.meta.url).pathname;

describe('image rules registry', () => {
  itFollowsRuleConventions(imageRules, rulesRoot, fixturesRoot);
});

for (const rule of imageRules) {
  describe(`image rule ${rule.id}`, () => {
    const firesDir = join(fixturesRoot, rule.id, 'fires');
    const cleanDir = join(fixturesRoot, rule.id, 'clean');

    it('has fixtures that must fire and fixtures that must not', () => {
      assert.ok(fixtureFiles(firesDir).length > 0);
      assert.ok(fixtureFiles(cleanDir).length > 0);
    });

    for (const name of fixtureFiles(firesDir)) {
      it(`fires exactly where fires/${name} expects`, () => {
        const path = join(firesDir, name);
        const output = scanImageConfigText('<image config>', readFileSync(path, 'utf8'));
        assert.deepEqual(output.errors, []);
        const hits = output.drafts.filter((draft) => draft.ruleId === rule.id).map((draft) => ({ ruleId: draft.ruleId, line: draft.startLine }));
        assert.deepEqual(sortHits(hits), sortHits(expectedHits(path)));
      });
    }

    for (const name of fixtureFiles(cleanDir)) {
      it(`does not fire on clean/${name}`, () => {
        const output = scanImageConfigText('<image config>', readFileSync(join(cleanDir, name), 'utf8'));
        assert.deepEqual({ hits: output.drafts.filter((draft) => draft.ruleId === rule.id), errors: output.errors }, { hits: [], errors: [] });
      });
    }
  });
}

describe('image config scanner', () => {
  it('reports a config that is not JSON as a parse error', () => {
    assert.equal(scanImageConfigText('<image config>', '{"config": ').errors[0]?.code, 'RAMPART_E_PARSE');
  });

  it('never prints the value of a credential it finds', () => {
    const output = scanImageConfigText('<image config>', JSON.stringify({ config: { User: 'app', Env: ['DB_PASSWORD=hunter2-very-secret'] } }));
    assert.equal(output.drafts.length > 0, true);
    for (const draft of output.drafts) assert.ok(!draft.message.includes('hunter2'), draft.message);
  });
});
