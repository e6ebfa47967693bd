import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { indexRules, scanSourceText } from './scan-file.ts';
import type { Scanner } from './scanner.ts';
import type { RelatedFileReader, SourceFile } from './source-file.ts';

/** A scanner that reports one finding in the scanned file and one in a file it "includes". */
const includingScanner: Scanner = {
  name: 'fake',
  rules: () => [{ id: 'fake-rule', title: 'Fake', severity: 'high', confidence: 'high', description: 'a fake rule', remediation: 'nothing to do' }],
  claims: () => true,
  scanFile: () => ({
    drafts: [
      { ruleId: 'fake-rule', message: 'here', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2, fingerprintContent: 'x' },
      { ruleId: 'fake-rule', message: 'there', startLine: 2, startColumn: 3, endLine: 2, endColumn: 4, fingerprintContent: 'x', path: 'ci/included.yml' },
      { ruleId: 'fake-rule', message: 'there too', startLine: 4, startColumn: 1, endLine: 4, endColumn: 2, fingerprintContent: 'y', path: 'ci/included.yml' },
    ],
    errors: [],
  }),
};

const related: RelatedFileReader = {
  read: (path) => (path === 'ci/included.yml' ? 'a: 1\nb: 2\n# rampart-ignore: fake-rule reviewed\nc: 3\n' : undefined),
  list: () => [],
};

describe('scanSourceText', () => {
  const settings = { scanners: [includingScanner], rulesByKey: indexRules([includingScanner]), showSecrets: false };
  const file: SourceFile = { path: '.gitlab-ci.yml', related, read: async () => null };
  const outcome = scanSourceText(file, { text: 'include: x\n', bytes: 11 }, settings);

  it('places a draft with a path in that file, and fingerprints it by that path', () => {
    const [here, there] = outcome.findings;
    assert.equal(outcome.findings.length, 2);
    assert.deepEqual([here!.location.path, here!.location.startLine], ['.gitlab-ci.yml', 1]);
    assert.deepEqual([there!.location.path, there!.location.startLine, there!.location.startColumn], ['ci/included.yml', 2, 3]);
    assert.notEqual(here!.fingerprint, there!.fingerprint);
  });

  it('reads inline suppressions from the file the finding sits in', () => {
    assert.deepEqual(
      outcome.inlineSuppressed.map((finding) => [finding.location.path, finding.location.startLine]),
      [['ci/included.yml', 4]],
    );
  });
});
