import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import type { ComplianceSummary } from '../core/finding.ts';
import { sampleContext } from './fixtures/sample-scan.ts';
import { jsonReporter } from './json.ts';
import { markdownReporter } from './markdown.ts';
import { tableReporter } from './table.ts';

const compliance: ComplianceSummary = {
  framework: 'cis-aws',
  title: 'CIS Amazon Web Services Foundations Benchmark',
  controls: [
    { id: '2.1.1', status: 'fail', rules: ['tf-aws-s3-bucket-unencrypted'], passed: 3, failed: 1, suppressed: 0, unknown: 0 },
    { id: '3.1', status: 'not-applicable', rules: ['tf-aws-cloudtrail-not-multi-region'], passed: 0, failed: 0, suppressed: 0, unknown: 0 },
  ],
  totals: { pass: 0, fail: 1, notApplicable: 1, unknown: 0 },
};

function contextWithCompliance() {
  const context = sampleContext();
  return { ...context, result: { ...context.result, compliance } };
}

describe('compliance summary in reports', () => {
  it('is a documented part of the JSON report', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajvFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')) as object);
    const report = JSON.parse(jsonReporter.render(contextWithCompliance())) as { compliance: ComplianceSummary };
    assert.ok(validate(report), JSON.stringify(validate.errors));
    assert.deepEqual(report.compliance.controls.map((control) => control.status), ['fail', 'not-applicable']);
    assert.equal('compliance' in (JSON.parse(jsonReporter.render(sampleContext())) as object), false, 'absent unless asked for');
  });

  it('prints one row per control in the table and markdown reports', () => {
    const table = tableReporter.render({ ...contextWithCompliance(), color: false });
    assert.match(table, /Compliance: CIS Amazon Web Services Foundations Benchmark \(cis-aws\): 0 pass, 1 fail, 0 unknown, 1 not applicable/);
    assert.match(table, /2\.1\.1\s+FAIL\s+3\s+1\s+0\s+0\s+tf-aws-s3-bucket-unencrypted/);
    assert.match(table, /3\.1\s+N\/A/);
    const markdown = markdownReporter.render(contextWithCompliance());
    assert.match(markdown, /#### Compliance: CIS Amazon Web Services Foundations Benchmark/);
    assert.match(markdown, /\| 2\.1\.1 \| ❌ fail \| 3 \| 1 \| 0 \| 0 \| `tf-aws-s3-bucket-unencrypted` \|/);
  });
});
