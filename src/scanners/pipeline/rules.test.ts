import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createPipelineScanner } from './index.ts';
import { dependabotRules, gitlabRules, pipelineRules } from './rules/index.ts';
import type { FindingDraft } from '../../core/finding.ts';
import type { SourceFile } from '../../core/source-file.ts';
import { expectedHits, fixtureConfig, fixtureFiles, itFollowsRuleConventions, sortHits, type RuleHit } from '../rule-fixtures.ts';

const fixturesRoot = new URL('./fixtures/', import.meta.url).pathname;
const rulesRoot = new URL('./rules/', import.meta.url).pathname;

type Hit = RuleHit;

/** Fixtures named action.yml are action metadata, dependabot.yml Dependabot's configuration; GitLab rules' fixtures are `.gitlab-ci.yml` files; every other fixture is scanned as a workflow. */
function scanPath(name: string, isGitlab: boolean): string {
  if (isGitlab) return '.gitlab-ci.yml';
  if (/^dependabot\.ya?ml$/.test(basename(name))) return '.github/dependabot.yml';
  return /^action\.ya?ml$/.test(basename(name)) ? `fixtures/${name}` : `.github/workflows/${basename(name)}`;
}

const allRules = [...pipelineRules, ...gitlabRules, ...dependabotRules];
const ruleConfidence: ReadonlyMap<string, string> = new Map(allRules.map((rule) => [rule.id, rule.confidence]));

/**
 * Each fixture is scanned with the nearest rampart.yaml of its rule folder (policy rules keep their policy there).
 * Other rules' low-confidence findings are set apart: the default --min-confidence hides them, so a fixture
 * lists them only when it means to (see `withoutForeignLowConfidence`).
 */
function scanFixture(path: string, name: string, ruleDirectory: string, ownRuleId: string, isGitlab = false): { hits: Hit[]; foreignLowConfidence: Hit[]; errors: string[] } {
  const scanner = createPipelineScanner(fixtureConfig(path, ruleDirectory).pipeline);
  const text = readFileSync(path, 'utf8');
  const file: SourceFile = { path: scanPath(name, isGitlab), read: async () => ({ text, bytes: text.length }) };
  assert.ok(scanner.claims(file), `${name} is claimed as ${file.path}`);
  const output = scanner.scanFile(file, { text, bytes: text.length });
  const isForeignLow = (draft: FindingDraft) => draft.ruleId !== ownRuleId && (draft.confidence ?? ruleConfidence.get(draft.ruleId)) === 'low';
  const toHit = (draft: FindingDraft): Hit => ({ ruleId: draft.ruleId, line: draft.startLine });
  return {
    hits: output.drafts.filter((draft) => !isForeignLow(draft)).map(toHit),
    foreignLowConfidence: output.drafts.filter(isForeignLow).map(toHit),
    errors: output.errors.map((error) => `${error.line}: ${error.message}`),
  };
}

/** Expected hits minus the other rules' low-confidence findings that did occur (a listed one that did not occur still fails). */
function withoutForeignLowConfidence(expected: Hit[], foreignLowConfidence: Hit[]): Hit[] {
  const occurred = new Set(foreignLowConfidence.map((hit) => `${hit.ruleId}:${hit.line}`));
  return expected.filter((hit) => !occurred.has(`${hit.ruleId}:${hit.line}`));
}

describe('pipeline rules registry', () => {
  itFollowsRuleConventions(allRules, rulesRoot, fixturesRoot);
});

const gitlabIds: ReadonlySet<string> = new Set(gitlabRules.map((rule) => rule.id));

for (const rule of allRules) {
  const isGitlab = gitlabIds.has(rule.id);
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
        const { hits, foreignLowConfidence, errors } = scanFixture(path, name, join(fixturesRoot, rule.id), rule.id, isGitlab);
        assert.deepEqual(errors, []);
        assert.deepEqual(sortHits(hits), sortHits(withoutForeignLowConfidence(expected, foreignLowConfidence)));
      });
    }

    for (const name of fixtureFiles(cleanDir)) {
      it(`no pipeline rule fires on clean/${name} (other rules' low-confidence findings aside)`, () => {
        const { hits, errors } = scanFixture(join(cleanDir, name), name, join(fixturesRoot, rule.id), rule.id, isGitlab);
        assert.deepEqual({ hits, errors }, { hits: [], errors: [] });
      });
    }
  });
}
