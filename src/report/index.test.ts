import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fakeKeyBody, fakeSecret, sampleContext } from './fixtures/sample-scan.ts';
import { findReporter, reportFormats, reporters } from './index.ts';

describe('report registry', () => {
  it('has unique format names, each with a file extension', () => {
    assert.equal(new Set(reportFormats).size, reportFormats.length);
    for (const reporter of reporters) assert.match(reporter.extension, /^[a-z]+$/);
    assert.deepEqual([...reportFormats].sort(), ['json', 'junit', 'markdown', 'sarif', 'table']);
  });

  it('finds reporters by format name only', () => {
    assert.equal(findReporter('sarif')?.format, 'sarif');
    assert.equal(findReporter('SARIF'), undefined);
  });

  for (const reporter of reporters) {
    describe(reporter.format, () => {
      it('never prints a redacted secret in full, nor its hidden part', () => {
        const text = reporter.render(sampleContext());
        for (const secret of [fakeSecret, fakeKeyBody]) {
          assert.ok(!text.includes(secret));
          assert.ok(!text.includes(secret.slice(5, 20)));
        }
      });

      it('gives the same output for the same result', () => {
        assert.equal(reporter.render(sampleContext()), reporter.render(sampleContext()));
      });

      it('renders an empty scan', () => {
        const empty = { ...sampleContext().result, findings: [], suppressed: [], errors: [], notices: [] };
        assert.ok(reporter.render(sampleContext({ result: empty, rules: [] })).length > 0);
      });
    });
  }
});
