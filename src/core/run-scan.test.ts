import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runScan } from './run-scan.ts';
import type { Scanner } from './scanner.ts';
import type { SourceFile } from './source-file.ts';

/** One hygiene finding (low confidence) and one exploitable finding (high confidence) per file. */
const mixedConfidenceScanner: Scanner = {
  name: 'fake',
  rules: () => [{ id: 'fake-rule', title: 'Fake', severity: 'medium', confidence: 'high', description: 'a fake rule', remediation: 'nothing to do' }],
  claims: () => true,
  scanFile: () => ({
    drafts: [
      { ruleId: 'fake-rule', message: 'hygiene', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2, fingerprintContent: 'a', confidence: 'low' },
      { ruleId: 'fake-rule', message: 'exploitable', startLine: 2, startColumn: 1, endLine: 2, endColumn: 2, fingerprintContent: 'b' },
    ],
    errors: [],
  }),
};

async function* oneFile(): AsyncGenerator<SourceFile> {
  yield { path: 'workflow.yml', read: async () => ({ text: 'a: 1\nb: 2\n', bytes: 10 }) };
}

describe('runScan --min-confidence', () => {
  const scan = (minConfidence?: 'low' | 'medium' | 'high') =>
    runScan({ target: { kind: 'directory', ref: '.' }, files: oneFile(), scanners: [mixedConfidenceScanner], today: '2026-01-01', ...(minConfidence ? { minConfidence } : {}) });

  it('reports every finding when no threshold is given', async () => {
    const result = await scan();
    assert.deepEqual(result.findings.map((finding) => finding.message), ['hygiene', 'exploitable']);
    assert.equal(result.notices.length, 0);
  });

  it('drops findings less sure than the threshold and says how many with a notice', async () => {
    const result = await scan('medium');
    assert.deepEqual(result.findings.map((finding) => finding.message), ['exploitable']);
    const notice = result.notices.find((item) => item.code === 'RAMPART_N_LOW_CONFIDENCE_HIDDEN');
    assert.match(notice?.message ?? '', /^1 finding below medium confidence .*--min-confidence low/);
    assert.equal(result.stats.byScanner['fake']?.findings, 1);
  });
});
