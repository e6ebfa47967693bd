import { it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseConfig, type RampartConfig } from '../core/config.ts';
import type { RuleMeta } from '../core/rule-meta.ts';

/** A fixture folder may hold this config; it applies to the fixtures in that folder and below. */
const fixtureConfigName = 'rampart.yaml';

/** A finding reduced to what fixtures pin down: which rule, on which line. */
export interface RuleHit {
  ruleId: string;
  line: number;
}

/**
 * Expected findings of a fixture: each `rampart-expect: id[, id]` comment marks the next line
 * (an id listed twice expects two findings); a sidecar `<file>.expect.json` holding
 * `[{ "ruleId", "line" }]` stands in for formats without comments.
 */
export function expectedHits(path: string): RuleHit[] {
  const sidecar = `${path}.expect.json`;
  if (existsSync(sidecar)) return JSON.parse(readFileSync(sidecar, 'utf8')) as RuleHit[];
  const hits: RuleHit[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, index) => {
    const marker = /rampart-expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/.exec(line);
    if (marker) for (const ruleId of marker[1]!.split(',')) hits.push({ ruleId: ruleId.trim(), line: index + 2 });
  });
  return hits;
}

/** Fixture files under a folder (recursively), without expectation sidecars or fixture configs, sorted. */
export function fixtureFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.endsWith('.expect.json') && !name.endsWith(fixtureConfigName) && statSync(join(directory, name)).isFile())
    .sort();
}

/**
 * The config a fixture is scanned with: the nearest `rampart.yaml` from the fixture's folder up to
 * `ruleDirectory` (so a policy rule keeps its policy beside its fixtures), validated like a user's;
 * an empty config when there is none.
 */
export function fixtureConfig(fixturePath: string, ruleDirectory: string): RampartConfig {
  for (let directory = dirname(fixturePath); !relative(ruleDirectory, directory).startsWith('..'); directory = dirname(directory)) {
    const candidate = join(directory, fixtureConfigName);
    if (existsSync(candidate)) return parseConfig(readFileSync(candidate, 'utf8'), candidate).config;
    if (directory === ruleDirectory) break;
  }
  return {};
}

export function sortHits(hits: readonly RuleHit[]): RuleHit[] {
  return [...hits].sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}

/**
 * The registry conventions every scanner's rules test checks (call inside a describe): unique
 * kebab-case ids, one rule file per id and no stray ones, one fixture folder per id and no
 * orphans, and the metadata docs and SARIF are generated from.
 */
export function itFollowsRuleConventions(rules: readonly RuleMeta[], rulesRoot: string, fixturesRoot: string): void {
  it('has unique kebab-case ids', () => {
    const ids = rules.map((rule) => rule.id);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has one rule file named after each rule id, and no unregistered rule files', () => {
    const files = readdirSync(rulesRoot).filter((name) => name.endsWith('.ts') && name !== 'index.ts').map((name) => name.replace(/\.ts$/, ''));
    assert.deepEqual(files.sort(), rules.map((rule) => rule.id).sort());
  });

  it('has a fixture folder for each rule and no orphan fixture folders', () => {
    assert.deepEqual(readdirSync(fixturesRoot).sort(), rules.map((rule) => rule.id).sort());
  });

  it('gives every rule a description, remediation, CWE tag and a why-it-matters doc comment', () => {
    for (const rule of rules) {
      assert.ok(rule.description.length > 10, `${rule.id}: description`);
      assert.ok(rule.remediation.length > 10, `${rule.id}: remediation`);
      assert.ok(rule.tags?.some((tag) => tag.startsWith('CWE-')), `${rule.id}: CWE tag`);
      assert.match(readFileSync(join(rulesRoot, `${rule.id}.ts`), 'utf8'), /\/\*\*[\s\S]*?\*\/\s*export const/, `${rule.id}: doc comment`);
    }
  });
}
