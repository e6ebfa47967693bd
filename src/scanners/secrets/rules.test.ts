import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createSecretsScanner } from './index.ts';
import { secretRules } from './rules/index.ts';
import type { SourceFile } from '../../core/source-file.ts';

const fixturesRoot = new URL('./fixtures/', import.meta.url).pathname;
const rulesRoot = new URL('./rules/', import.meta.url).pathname;
const scanner = createSecretsScanner();

interface Hit {
  ruleId: string;
  line: number;
}

function scanFixture(path: string, relativePath: string): Hit[] {
  const text = readFileSync(path, 'utf8');
  const file: SourceFile = { path: relativePath, read: async () => ({ text, bytes: text.length }) };
  return scanner.scanFile(file, { text, bytes: text.length }).drafts.map((draft) => ({ ruleId: draft.ruleId, line: draft.startLine }));
}

/** `rampart-expect: id[, id]` marks the next line; a sidecar <file>.expect.json lists [{ruleId, line}] for formats without comments. */
function expectedHits(path: string): Hit[] {
  const sidecar = `${path}.expect.json`;
  if (existsSync(sidecar)) return JSON.parse(readFileSync(sidecar, 'utf8')) as Hit[];
  const lines = readFileSync(path, 'utf8').split('\n');
  const hits: Hit[] = [];
  lines.forEach((line, index) => {
    const marker = /rampart-expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/.exec(line);
    if (marker) for (const ruleId of marker[1]!.split(',')) hits.push({ ruleId: ruleId.trim(), line: index + 2 });
  });
  return hits;
}

function fixtureFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.endsWith('.expect.json') && statSync(join(directory, name)).isFile())
    .sort();
}

const sortHits = (hits: Hit[]) => [...hits].sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));

describe('secret rules registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = secretRules.map((rule) => rule.id);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has one rule file named after each rule id, and no unregistered rule files', () => {
    const files = readdirSync(rulesRoot).filter((name) => name.endsWith('.ts') && name !== 'index.ts').map((name) => name.replace(/\.ts$/, ''));
    assert.deepEqual(files.sort(), secretRules.map((rule) => rule.id).sort());
  });

  it('supersedes only rules that exist', () => {
    const ids = new Set(secretRules.map((rule) => rule.id));
    for (const rule of secretRules) for (const id of (rule as { supersedes?: readonly string[] }).supersedes ?? []) assert.ok(ids.has(id), `${rule.id} supersedes unknown rule ${id}`);
  });

  it('has a fixture folder for each rule and no orphan fixture folders', () => {
    const folders = readdirSync(fixturesRoot).sort();
    assert.deepEqual(folders, secretRules.map((rule) => rule.id).sort());
  });

  it('gives every rule a description, remediation, CWE tag and at least one keyword', () => {
    for (const rule of secretRules) {
      assert.ok(rule.description.length > 10, `${rule.id}: description`);
      assert.ok(rule.remediation.length > 10, `${rule.id}: remediation`);
      assert.ok(rule.tags?.some((tag) => tag.startsWith('CWE-')), `${rule.id}: CWE tag`);
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
