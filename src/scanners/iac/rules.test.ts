import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RelatedFileReader, SourceFile } from '../../core/source-file.ts';
import { expectedHits, fixtureConfig, fixtureFiles, itFollowsRuleConventions, sortHits, type RuleHit } from '../rule-fixtures.ts';
import { createIacScanner } from './index.ts';
import { iacRuleSets, iacRules } from './rules/index.ts';

/** Fixture files beside each other, as the directory source's guarded reader would give them (scanners may not import sources). */
function fixtureFolderReader(folder: string): RelatedFileReader {
  const all = fixtureFiles(folder);
  return {
    read: (path) => (all.includes(path) && statSync(join(folder, path)).isFile() ? readFileSync(join(folder, path), 'utf8') : undefined),
    list: (directory, options) => {
      const prefix = directory === '' ? '' : `${directory.replace(/\/$/, '')}/`;
      return all.filter((path) => path.startsWith(prefix) && (options.recursive || !path.slice(prefix.length).includes('/'))).slice(0, options.maxEntries);
    },
  };
}

/**
 * IaC fixtures are scanned as a folder (a Terraform module is every `.tf` file beside each other,
 * and local modules sit in subfolders). A resource usually breaks several rules at once, so each
 * rule's fixtures pin down only that rule: in `fires/` its findings must be exactly the expected
 * ones, and in `clean/` it must not fire. Every file must read without errors.
 */
function scanFixtureFolder(folder: string, ruleId: string, ruleDirectory: string): { hitsByFile: Map<string, RuleHit[]>; errors: string[] } {
  const related = fixtureFolderReader(folder);
  const hitsByFile = new Map<string, RuleHit[]>();
  const errors: string[] = [];
  for (const name of fixtureFiles(folder)) {
    const path = join(folder, name);
    const scanner = createIacScanner(fixtureConfig(path, ruleDirectory).iac);
    const text = readFileSync(path, 'utf8');
    const file: SourceFile = { path: name, read: async () => ({ text, bytes: text.length }), related };
    if (!scanner.claims(file)) continue;
    const output = scanner.scanFile(file, { text, bytes: text.length });
    errors.push(...output.errors.map((error) => `${error.path}:${error.line ?? '?'}: ${error.message}`));
    for (const draft of output.drafts) {
      if (draft.ruleId !== ruleId || draft.suppressedBy !== undefined) continue;
      const at = draft.path ?? name;
      hitsByFile.set(at, [...(hitsByFile.get(at) ?? []), { ruleId, line: draft.startLine }]);
    }
  }
  return { hitsByFile, errors };
}

describe('iac rule sets', () => {
  it('give each rule id once across all sets, and each rule the format of its set', () => {
    const ids = iacRules.map((rule) => rule.id);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
    for (const set of iacRuleSets) for (const rule of set.rules) assert.equal(rule.format, set.format, rule.id);
  });
});

for (const { folder, rules } of iacRuleSets) {
  const rulesRoot = new URL(`./rules/${folder}/`, import.meta.url).pathname;
  const fixturesRoot = new URL(`./fixtures/${folder}/`, import.meta.url).pathname;
  // A set nobody has written rules for yet has no fixture folder to check.
  if (rules.length === 0 && !existsSync(fixturesRoot)) continue;

  describe(`iac ${folder} rules registry`, () => {
    itFollowsRuleConventions(rules, rulesRoot, fixturesRoot);
    it('gives every rule at least one resource type and one peer equivalent or a reason it has none', () => {
      for (const rule of rules) assert.ok(rule.resourceTypes.length > 0, `${rule.id}: resourceTypes`);
    });
  });

  for (const rule of rules) {
    describe(`iac rule ${rule.id}`, () => {
      const ruleDirectory = join(fixturesRoot, rule.id);
      const firesDir = join(ruleDirectory, 'fires');
      const cleanDir = join(ruleDirectory, 'clean');

      it('has fixtures that must fire and fixtures that must not', () => {
        assert.ok(fixtureFiles(firesDir).length > 0, `missing ${firesDir}`);
        assert.ok(fixtureFiles(cleanDir).length > 0, `missing ${cleanDir}`);
      });

      it('fires exactly where the fires/ fixtures expect', () => {
        const { hitsByFile, errors } = scanFixtureFolder(firesDir, rule.id, ruleDirectory);
        assert.deepEqual(errors, []);
        let expectedCount = 0;
        for (const name of fixtureFiles(firesDir)) {
          const expected = expectedHits(join(firesDir, name)).filter((hit) => hit.ruleId === rule.id);
          expectedCount += expected.length;
          assert.deepEqual(sortHits(hitsByFile.get(name) ?? []), sortHits(expected), `fires/${name}`);
        }
        assert.ok(expectedCount > 0, `fires/ expects no ${rule.id} finding`);
      });

      it('does not fire on the clean/ fixtures', () => {
        const { hitsByFile, errors } = scanFixtureFolder(cleanDir, rule.id, ruleDirectory);
        assert.deepEqual({ hits: [...hitsByFile.entries()], errors }, { hits: [], errors: [] });
      });
    });
  }
}
