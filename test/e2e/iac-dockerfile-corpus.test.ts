import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { FindingDraft } from '../../src/core/finding.ts';
import { scanIacText } from '../../src/scanners/iac/index.ts';
import { dockerfileRules } from '../../src/scanners/iac/rules/dockerfile/index.ts';

/** The IaC corpus (TerraGoat, KustomizeGoat, kubernetes-goat), read in place, never copied. */
const corpusRoot = new URL('../../../shared/corpus/iac/', import.meta.url).pathname;

interface KicsRow {
  file: string;
  query: string;
  platform: string;
  exists_in_corpus: boolean;
}

interface CheckovRow {
  file: string;
  checkov_id: string;
}

/**
 * Our rules for each KICS Dockerfile query that kubernetes-goat's published report contains.
 * KICS has no ids shared with hadolint or Checkov, so this table is ours; a query may map to
 * several rules when rampart splits it (a bare `npm install` is "use npm ci", a named package
 * is "pin it").
 */
const rulesForKicsQuery: Record<string, readonly string[]> = {
  'Missing User Instruction': ['dockerfile-no-user'],
  'Healthcheck Instruction Missing': ['dockerfile-no-healthcheck'],
  'Unpinned Package Version in Apk Add': ['dockerfile-apk-unpinned'],
  'Apt Get Install Pin Version Not Defined': ['dockerfile-apt-get-unpinned'],
  "Image Version Using 'latest'": ['dockerfile-image-latest-tag'],
  'Run Using apt': ['dockerfile-apt-used'],
  'Pip install Keeping Cached Packages': ['dockerfile-pip-no-cache-dir'],
  "RUN Instruction Using 'cd' Instead of WORKDIR": ['dockerfile-cd-in-run'],
  'Unpinned Package Version in Pip Install': ['dockerfile-pip-unpinned'],
  'Multiple RUN, ADD, COPY, Instructions Listed': ['dockerfile-consecutive-run'],
  'NPM Install Command Without Pinned Version': ['dockerfile-npm-unpinned', 'dockerfile-npm-install-not-ci'],
  'Update Instruction Alone': ['dockerfile-update-alone'],
  'Add Instead of Copy': ['dockerfile-add-instead-of-copy'],
  'APT-GET Not Avoiding Additional Packages': ['dockerfile-apt-get-install-recommends'],
  'Apk Add Using Local Cache Path': ['dockerfile-apk-no-cache'],
  'Apt Get Install Lists Were Not Deleted': ['dockerfile-apt-lists-not-cleaned'],
};

/** Rule ids per file, scanned once each. */
const findingsByFile = new Map<string, FindingDraft[]>();
function findingsOf(file: string): FindingDraft[] {
  let drafts = findingsByFile.get(file);
  if (!drafts) {
    const text = readFileSync(`${corpusRoot}${file}`, 'utf8');
    const output = scanIacText({ path: file, read: async () => ({ text, bytes: text.length }) }, text);
    assert.deepEqual(output.errors, [], file);
    drafts = output.drafts;
    findingsByFile.set(file, drafts);
  }
  return drafts;
}

describe('iac Dockerfile corpus', () => {
  it('finds what KICS reported on kubernetes-goat\'s Dockerfiles (a row counts when a mapped rule fires in its file)', () => {
    const rows = (JSON.parse(readFileSync(`${corpusRoot}expected-kics-kubernetes-goat.json`, 'utf8')) as KicsRow[]).filter((row) => row.platform === 'Dockerfile' && row.exists_in_corpus);
    assert.equal(rows.length, 59);
    const missed: string[] = [];
    for (const row of rows) {
      const rules = rulesForKicsQuery[row.query];
      assert.ok(rules, `no mapping for KICS query "${row.query}"`);
      if (!findingsOf(row.file).some((draft) => rules.includes(draft.ruleId))) missed.push(`${row.file}: ${row.query}`);
    }
    const recall = (rows.length - missed.length) / rows.length;
    // 58/59: the miss is KICS reading `apk add --update` in goat-home as an update without install (docs/iac-recall.md).
    assert.deepEqual(missed, ['kubernetes-goat/infrastructure/goat-home/Dockerfile: Update Instruction Alone']);
    assert.ok(recall >= 0.98, `recall ${recall}`);
  });

  it('finds the CKV_DOCKER rows Checkov published for TerraGoat through the rules\' equivalents, at the file\'s first line', () => {
    const rows = (JSON.parse(readFileSync(`${corpusRoot}expected.json`, 'utf8')) as CheckovRow[]).filter((row) => row.checkov_id.startsWith('CKV_DOCKER_'));
    assert.equal(rows.length, 2);
    for (const row of rows) {
      const rules = dockerfileRules.filter((rule) => rule.equivalents?.includes(row.checkov_id)).map((rule) => rule.id);
      assert.ok(rules.length > 0, `no rule lists ${row.checkov_id}`);
      const hit = findingsOf(row.file).find((draft) => rules.includes(draft.ruleId));
      assert.ok(hit, `${row.checkov_id} in ${row.file}`);
      assert.equal(hit.startLine, 1);
    }
  });

  it('stays quiet where the corpus is safe: KustomizeGoat\'s image switches to a user and adds packages with --no-cache', () => {
    const ids = new Set(findingsOf('kustomizegoat/Dockerfile').map((draft) => draft.ruleId));
    for (const id of ['dockerfile-no-user', 'dockerfile-last-user-root', 'dockerfile-apk-no-cache', 'dockerfile-image-latest-tag', 'dockerfile-secret-in-arg-env']) assert.ok(!ids.has(id), id);
  });
});
