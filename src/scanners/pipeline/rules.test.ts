import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createPipelineScanner } from './index.ts';
import { pipelineRules } from './rules/index.ts';
import type { SourceFile } from '../../core/source-file.ts';

const fixturesRoot = new URL('./fixtures/', import.meta.url).pathname;
const rulesRoot = new URL('./rules/', import.meta.url).pathname;
const scanner = createPipelineScanner();

interface Hit {
  ruleId: string;
  line: number;
}

/** Fixtures named action.yml are action metadata; every other fixture is scanned as a workflow. */
function scanPath(name: string): string {
  return /^action\.ya?ml$/.test(basename(name)) ? `fixtures/${name}` : `.github/workflows/${basename(name)}`;
}

function scanFixture(path: string, name: string): { hits: Hit[]; errors: string[] } {
  const text = readFileSync(path, 'utf8');
  const file: SourceFile = { path: scanPath(name), read: async () => ({ text, bytes: text.length }) };
  assert.ok(scanner.claims(file), `${name} is claimed as ${file.path}`);
  const output = scanner.scanFile(file, { text, bytes: text.length });
  return { hits: output.drafts.map((draft) => ({ ruleId: draft.ruleId, line: draft.startLine })), errors: output.errors.map((error) => `${error.line}: ${error.message}`) };
}

/** `rampart-expect: id[, id]` marks the next line, once per id listed (an id twice: two findings). */
function expectedHits(path: string): Hit[] {
  const hits: Hit[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, index) => {
    const marker = /rampart-expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/.exec(line);
    if (marker) for (const ruleId of marker[1]!.split(',')) hits.push({ ruleId: ruleId.trim(), line: index + 2 });
  });
  return hits;
}

function fixtureFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(directory, name)).isFile())
    .sort();
}

const sortHits = (hits: Hit[]) => [...hits].sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));

describe('pipeline rules registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = pipelineRules.map((rule) => rule.id);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has one rule file named after each rule id, and no unregistered rule files', () => {
    const files = readdirSync(rulesRoot).filter((name) => name.endsWith('.ts') && name !== 'index.ts').map((name) => name.replace(/\.ts$/, ''));
    assert.deepEqual(files.sort(), pipelineRules.map((rule) => rule.id).sort());
  });

  it('has a fixture folder for each rule and no orphan fixture folders', () => {
    assert.deepEqual(readdirSync(fixturesRoot).sort(), pipelineRules.map((rule) => rule.id).sort());
  });

  it('gives every rule a description, remediation, CWE tag and a why-it-matters comment', () => {
    for (const rule of pipelineRules) {
      assert.ok(rule.description.length > 10, `${rule.id}: description`);
      assert.ok(rule.remediation.length > 10, `${rule.id}: remediation`);
      assert.ok(rule.tags?.some((tag) => tag.startsWith('CWE-')), `${rule.id}: CWE tag`);
      assert.match(readFileSync(join(rulesRoot, `${rule.id}.ts`), 'utf8'), /\/\*\*[\s\S]*?\*\/\s*export const/, `${rule.id}: doc comment`);
    }
  });
});

for (const rule of pipelineRules) {
  describe(`pipeline rule ${rule.id}`, () => {
    const firesDir = join(fixturesRoot, rule.id, 'fires');
    const cleanDir = join(fixturesRoot, rule.id, 'clean');

    it('has fixtures that must fire and fixtures that must not', () => {
      assert.ok(fixtureFiles(firesDir).length > 0, `missing ${firesDir}`);
      assert.ok(fixtureFiles(cleanDir).length > 0, `missing ${cleanDir}`);
    });

    for (const name of fixtureFiles(firesDir)) {
      it(`fires exactly where fires/${name} expects, and nothing else does`, () => {
        const path = join(firesDir, name);
        const expected = expectedHits(path);
        assert.ok(expected.some((hit) => hit.ruleId === rule.id), `fires/${name} expects no ${rule.id} finding`);
        const { hits, errors } = scanFixture(path, name);
        assert.deepEqual(errors, []);
        assert.deepEqual(sortHits(hits), sortHits(expected));
      });
    }

    for (const name of fixtureFiles(cleanDir)) {
      it(`no pipeline rule fires on clean/${name}`, () => {
        assert.deepEqual(scanFixture(join(cleanDir, name), name), { hits: [], errors: [] });
      });
    }
  });
}
