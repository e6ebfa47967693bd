import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSecretsScanner } from './index.ts';
import { secretRules } from './rules/index.ts';
import type { SourceFile } from '../../core/source-file.ts';
import { expectedHits, fixtureFiles, itFollowsRuleConventions, sortHits, type RuleHit } from '../rule-fixtures.ts';

const fixturesRoot = new URL('./fixtures/', import.meta.url).pathname;
const rulesRoot = new URL('./rules/', import.meta.url).pathname;
const scanner = createSecretsScanner();

type Hit = RuleHit;

function scanFixture(path: string, relativePath: string): Hit[] {
  const text = readFileSync(path, 'utf8');
  const file: SourceFile = { path: relativePath, read: async () => ({ text, bytes: text.length }) };
  return scanner.scanFile(file, { text, bytes: text.length }).drafts.map((draft) => ({ ruleId: draft.ruleId, line: draft.startLine }));
}

describe('secret rules registry', () => {
  itFollowsRuleConventions(secretRules, rulesRoot, fixturesRoot);

  it('supersedes only rules that exist', () => {
    const ids = new Set(secretRules.map((rule) => rule.id));
    for (const rule of secretRules) for (const id of (rule as { supersedes?: readonly string[] }).supersedes ?? []) assert.ok(ids.has(id), `${rule.id} supersedes unknown rule ${id}`);
  });

  it('gives every rule at least one lowercase keyword', () => {
    for (const rule of secretRules) {
      assert.ok(rule.keywords.length > 0, `${rule.id}: keywords`);
      for (const keyword of rule.keywords) assert.equal(keyword, keyword.toLowerCase(), `${rule.id}: keywords are lowercase`);
    }
  });
});

for (const rule of secretRules) {
  describe(`secret rule ${rule.id}`, () => {
    const firesDir = join(fixturesRoot, rule.id, 'fires');
    const cleanDir = join(fixturesRoot, rule.id, 'clean');

    it('has fixtures that must fire and fixtures that must not', () => {
      assert.ok(fixtureFiles(firesDir).length > 0, `missing ${firesDir}`);
      assert.ok(fixtureFiles(cleanDir).length > 0, `missing ${cleanDir}`);
    });

    for (const name of fixtureFiles(firesDir)) {
      it(`fires exactly where fires/${name} expects`, () => {
        const path = join(firesDir, name);
        const expected = expectedHits(path);
        assert.ok(expected.some((hit) => hit.ruleId === rule.id), `fires/${name} expects no ${rule.id} finding`);
        assert.deepEqual(sortHits(scanFixture(path, `fixtures/${name}`)), sortHits(expected));
      });
    }

    for (const name of fixtureFiles(firesDir)) {
      it(`fires at the same places in fires/${name} when it sits inside a large file`, () => {
        // Large texts are searched only in windows around keyword hits; padding makes this one large.
        const paddingLines = 12_000;
        const padding = 'x = 1;\n'.repeat(paddingLines);
        const text = padding + readFileSync(join(firesDir, name), 'utf8') + padding;
        const file: SourceFile = { path: `fixtures/${name}`, read: async () => ({ text, bytes: text.length }) };
        const hits = scanner.scanFile(file, { text, bytes: text.length }).drafts.map((draft) => ({ ruleId: draft.ruleId, line: draft.startLine - paddingLines }));
        assert.deepEqual(sortHits(hits), sortHits(expectedHits(join(firesDir, name))));
      });
    }

    for (const name of fixtureFiles(cleanDir)) {
      it(`stays silent on clean/${name}`, () => {
        assert.deepEqual(scanFixture(join(cleanDir, name), `fixtures/${name}`), []);
      });
    }
  });
}

describe('secret rule keyword scope', () => {
  it('puts a keyword inside every fixture match of rules scoped to the match, so windowed search finds them', () => {
    for (const rule of secretRules) {
      if ((rule as { keywordScope?: string }).keywordScope === 'file') continue;
      for (const name of fixtureFiles(join(fixturesRoot, rule.id, 'fires'))) {
        const text = readFileSync(join(fixturesRoot, rule.id, 'fires', name), 'utf8');
        const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'g');
        for (const match of text.matchAll(pattern)) {
          // The engine searches this far around each keyword occurrence in large files.
          const reach = (rule as { maxMatchChars?: number }).maxMatchChars ?? 1024;
          const window = text.slice(Math.max(0, match.index - reach), match.index + match[0].length + reach).toLowerCase();
          assert.ok(rule.keywords.some((keyword) => window.includes(keyword)), `${rule.id}: match in fires/${name} has none of its keywords nearby; set keywordScope: 'file'`);
        }
      }
    }
  });
});
