import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runCli } from '../support/cli-harness.ts';

/**
 * Checkov's published findings on TerraGoat and CfnGoat (../shared/corpus/iac/expected.json, read
 * in place) against rampart's iac scanner: a row counts as found when a finding in the same file
 * names the same resource and its rule lists the row's Checkov id among its `equivalents`.
 * Figures and the misses are in docs/iac-recall.md.
 */
const corpusRoot = new URL('../../../shared/corpus/iac/', import.meta.url).pathname;

interface ExpectedRow {
  file: string;
  line: number;
  resource: string;
  checkov_id: string;
  corpus: 'terragoat' | 'cfngoat';
}

interface JsonFinding {
  ruleId: string;
  message: string;
  equivalents?: string[];
  location: { path: string; startLine: number };
}

/** Lowest recall we accept per corpus; raise as rules land, never lower without saying why in docs/iac-recall.md. */
const recallFloors: Record<ExpectedRow['corpus'], number> = { terragoat: 0.95, cfngoat: 0.95 };

/** The resource a finding is about: the address the iac engine puts before the message. */
function resourceOf(finding: JsonFinding): string {
  return finding.message.slice(0, finding.message.indexOf(': '));
}

/**
 * Checkov names Terraform resources `type.name` and CloudFormation ones `AWS::Type.LogicalId`;
 * rampart adds instance keys (`[0]`) and module prefixes, writes data sources `data.type.name`
 * where Checkov drops the `data.`, and names CloudFormation resources by logical id.
 */
function isSameResource(expected: string, address: string, file: string): boolean {
  if (expected.endsWith('Dockerfile') || !expected.includes('.')) return true;
  const bare = address.replace(/\[[^\]]*\]$/, '').replace(/^(module\.[^.]+\.)+/, '').replace(/^data\./, '');
  if (bare === expected) return true;
  const logicalId = expected.slice(expected.lastIndexOf('.') + 1);
  return expected.includes('::') && (bare === logicalId || bare === `Resources.${logicalId}` || bare.endsWith(`/${logicalId}`) || bare === `${file}#${logicalId}`);
}

describe('iac recall against Checkov on TerraGoat and CfnGoat', () => {
  it('finds at least the recorded share of the published findings', async (t) => {
    const expected = JSON.parse(readFileSync(`${corpusRoot}expected.json`, 'utf8')) as ExpectedRow[];
    const outcome = await runCli(['scan', '--scanners', 'iac', '--min-confidence', 'low', '--fail-on', 'never', '--jobs', '1', '-q', '-f', 'json', '.'], { cwd: corpusRoot });
    assert.equal(outcome.code, 0, outcome.stderr);
    const findings = (JSON.parse(outcome.stdout) as { findings: JsonFinding[] }).findings;
    const found = new Map<string, number>();
    const totals = new Map<string, number>();
    const missed: string[] = [];
    for (const row of expected) {
      totals.set(row.corpus, (totals.get(row.corpus) ?? 0) + 1);
      const hit = findings.some((finding) => finding.location.path === row.file && finding.equivalents?.includes(row.checkov_id) && isSameResource(row.resource, resourceOf(finding), row.file));
      if (hit) found.set(row.corpus, (found.get(row.corpus) ?? 0) + 1);
      else missed.push(`${row.checkov_id} ${row.file} ${row.resource}`);
    }
    for (const corpus of ['terragoat', 'cfngoat'] as const) {
      const recall = (found.get(corpus) ?? 0) / (totals.get(corpus) ?? 1);
      t.diagnostic(`${corpus}: ${found.get(corpus) ?? 0}/${totals.get(corpus)} = ${recall.toFixed(3)}`);
      assert.ok(recall >= recallFloors[corpus], `${corpus} recall ${recall.toFixed(3)} < ${recallFloors[corpus]}; misses:\n${missed.filter((line) => line.includes(corpus)).join('\n')}`);
    }
  });
});
