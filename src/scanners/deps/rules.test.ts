import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseOsvRecord } from '../../vulndb/osv-record.ts';
import { startDatabaseBuild } from '../../vulndb/store.ts';
import { createDepsScanner } from './index.ts';
import { depsRules } from './rules/index.ts';
import type { SourceFile } from '../../core/source-file.ts';
import { expectedHits, fixtureFiles, itFollowsRuleConventions, sortHits } from '../rule-fixtures.ts';

const fixturesRoot = new URL('./fixtures/', import.meta.url).pathname;
const rulesRoot = new URL('./rules/', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'rampart-deps-rules-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** Each rule folder's `advisories/` are its database: tiny OSV records imported into a temp store. */
function databaseFor(ruleId: string): string {
  const path = join(temp, `${ruleId}.sqlite`);
  const build = startDatabaseBuild(path);
  const directory = join(fixturesRoot, ruleId, 'advisories');
  for (const name of readdirSync(directory)) {
    const json = readFileSync(join(directory, name), 'utf8');
    const parsed = parseOsvRecord(JSON.parse(json));
    assert.ok(parsed.ok, `${name} is a valid OSV record`);
    build.add(parsed.record, json);
  }
  build.commit([], new Date('2024-03-01T00:00:00Z'));
  return path;
}

describe('deps rules registry', () => {
  itFollowsRuleConventions(depsRules, rulesRoot, fixturesRoot);
});

for (const rule of depsRules) {
  describe(`deps rule ${rule.id}`, () => {
    const scanner = createDepsScanner({ database: databaseFor(rule.id), now: '2024-03-02T00:00:00Z' });
    for (const kind of ['fires', 'clean'] as const) {
      const directory = join(fixturesRoot, rule.id, kind);
      const files = fixtureFiles(directory);
      it(`has ${kind} fixtures`, () => assert.ok(files.length > 0));
      for (const name of files) {
        it(`${kind}/${name}`, () => {
          const path = join(directory, name);
          const text = readFileSync(path, 'utf8');
          const file: SourceFile = { path: basename(name), read: async () => ({ text, bytes: text.length }) };
          assert.ok(scanner.claims(file), `${name} is claimed`);
          const output = scanner.scanFile(file, { text, bytes: text.length });
          assert.deepEqual(output.errors, []);
          const hits = sortHits(output.drafts.map((draft) => ({ ruleId: draft.ruleId, line: draft.startLine })));
          assert.deepEqual(hits, kind === 'fires' ? sortHits(expectedHits(path)) : []);
          if (kind === 'fires') assert.ok(hits.length > 0, 'a fires fixture fires');
        });
      }
    }
    it('reports no database problem for a fresh database', () => assert.deepEqual(scanner.scanNotices?.({ files: 1 }), []));
  });
}
