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

describe('runScan de-duplication', () => {
  /** Two instances of one Terraform block (count = 2) fail the same rule at the same line, and one is reported twice. */
  const instancesScanner = (name: string): Scanner => ({
    name,
    rules: () => [{ id: 'tf-rule', title: 'T', severity: 'high', confidence: 'high', description: 'a fake rule', remediation: 'nothing to do' }],
    claims: () => true,
    scanFile: () => ({
      drafts: ['aws_s3_bucket.b[0]: open', 'aws_s3_bucket.b[1]: open', 'aws_s3_bucket.b[1]: open'].map((message) => ({ ruleId: 'tf-rule', message, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, fingerprintContent: message })),
      errors: [],
    }),
  });
  const scan = (name: string) => runScan({ target: { kind: 'directory', ref: '.' }, files: oneFile(), scanners: [instancesScanner(name)], today: '2026-01-01' });

  it('keeps one IaC finding per instance of a block, and folds true repeats', async () => {
    assert.deepEqual((await scan('iac')).findings.map((finding) => finding.message), ['aws_s3_bucket.b[0]: open', 'aws_s3_bucket.b[1]: open']);
  });

  it('folds findings of other scanners by rule and place', async () => {
    assert.equal((await scan('fake')).findings.length, 1);
  });
});

describe('runScan on a file with very many findings', () => {
  it('keeps all 200,000 findings of one file (more than one call can take as arguments)', async () => {
    const many: Scanner = {
      name: 'iac',
      rules: () => [{ id: 'tf-rule', title: 'T', severity: 'high', confidence: 'high', description: 'a fake rule', remediation: 'nothing to do' }],
      claims: () => true,
      scanFile: () => ({
        drafts: Array.from({ length: 200_000 }, (_, index) => ({ ruleId: 'tf-rule', message: `aws_s3_bucket.b${index}: open`, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, fingerprintContent: String(index) })),
        errors: [],
      }),
    };
    const result = await runScan({ target: { kind: 'directory', ref: '.' }, files: oneFile(), scanners: [many], today: '2026-01-01' });
    assert.equal(result.findings.length, 200_000);
  });
});

describe('runScan notices', () => {
  const noticing: Scanner = {
    name: 'iac',
    rules: () => [],
    claims: () => true,
    scanFile: (file) => ({ drafts: [], errors: [], notices: [{ path: file.path, code: 'RAMPART_N_MODULE_UNRESOLVED', message: `first of ${file.path}` }, { path: file.path, code: 'RAMPART_N_MODULE_UNRESOLVED', message: `second of ${file.path}` }] }),
  };
  async function* files(paths: readonly string[]): AsyncGenerator<SourceFile> {
    for (const path of paths) yield { path, read: async () => ({ text: 'x', bytes: 1 }) };
  }
  // Worker threads return files in whatever order they finish: the report must not follow it.
  const inOrder = (order: readonly string[]) => async function* (sources: AsyncIterable<SourceFile>, settings: Parameters<NonNullable<Parameters<typeof runScan>[0]['processFiles']>>[1]) {
    const { readAndScanFile } = await import('./scan-file.ts');
    const all: SourceFile[] = [];
    for await (const file of sources) all.push(file);
    for (const path of order) yield await readAndScanFile(all.find((file) => file.path === path)!, settings);
  };

  it('lists notices by path, each file\'s in its own order, whatever order files finish in', async () => {
    const paths = ['b/main.tf', 'a/main.tf', 'c/main.tf'];
    const scan = (order: readonly string[]) => runScan({ target: { kind: 'directory', ref: '.' }, files: files(paths), scanners: [noticing], today: '2026-01-01', processFiles: inOrder(order) });
    const first = await scan(['c/main.tf', 'a/main.tf', 'b/main.tf']);
    const second = await scan(['b/main.tf', 'c/main.tf', 'a/main.tf']);
    assert.deepEqual(first.notices.map((notice) => notice.message), ['first of a/main.tf', 'second of a/main.tf', 'first of b/main.tf', 'second of b/main.tf', 'first of c/main.tf', 'second of c/main.tf']);
    assert.deepEqual(second.notices, first.notices);
  });
});

