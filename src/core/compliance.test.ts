import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeCompliance } from './compliance.ts';
import type { Finding, ScanResult } from './finding.ts';
import type { RuleMeta } from './rule-meta.ts';

const meta = (id: string, tags: string[]): RuleMeta => ({ id, title: id, severity: 'high', confidence: 'high', tags, description: 'd', remediation: 'r' });

function finding(ruleId: string, suppressed = false): Finding {
  return {
    ruleId, scanner: 'iac', severity: 'high', confidence: 'high', title: ruleId, message: 'm', location: { path: 'main.tf', startLine: 1 }, fingerprint: ruleId,
    ...(suppressed ? { suppressed: { kind: 'inline', reason: 'accepted' } } : {}),
  } as Finding;
}

function result(parts: Partial<ScanResult>): ScanResult {
  return {
    target: { kind: 'directory', ref: '.' }, findings: [], suppressed: [], errors: [], notices: [],
    stats: { files: 1, bytes: 1, durationMs: 1, skipped: 0, byScanner: {} }, ruleOutcomes: {}, ...parts,
  };
}

describe('summarizeCompliance', () => {
  const rules = [
    meta('tf-aws-s3-bucket-unencrypted', ['CWE-311', 'CIS-AWS-2.1.1']),
    meta('cfn-s3-bucket-unencrypted', ['CWE-311', 'CIS-AWS-2.1.1']),
    meta('tf-aws-cloudtrail-not-multi-region', ['CIS-AWS-3.1']),
    meta('tf-aws-iam-password-policy', ['CIS-AWS-1.10']),
    meta('tf-aws-kms-rotation', ['CIS-AWS-3.8']),
    meta('k8s-privileged-container', ['CIS-K8S-5.2.1']),
  ];

  it('gives each control its status and counts, in control order', () => {
    const summary = summarizeCompliance('cis-aws', rules, result({
      findings: [finding('tf-aws-s3-bucket-unencrypted')],
      suppressed: [finding('tf-aws-cloudtrail-not-multi-region', true)],
      ruleOutcomes: {
        'tf-aws-s3-bucket-unencrypted': { pass: 2, fail: 1, unknown: 0 },
        'cfn-s3-bucket-unencrypted': { pass: 1, fail: 0, unknown: 0 },
        'tf-aws-cloudtrail-not-multi-region': { pass: 0, fail: 1, unknown: 0 },
        'tf-aws-kms-rotation': { pass: 0, fail: 0, unknown: 3 },
      },
    }));
    assert.deepEqual(summary.controls.map((control) => [control.id, control.status, control.passed, control.failed, control.suppressed, control.unknown]), [
      ['1.10', 'not-applicable', 0, 0, 0, 0],
      ['2.1.1', 'fail', 3, 1, 0, 0],
      ['3.1', 'pass', 0, 0, 1, 0],
      ['3.8', 'unknown', 0, 0, 0, 3],
    ]);
    assert.deepEqual(summary.controls[1]!.rules, ['cfn-s3-bucket-unencrypted', 'tf-aws-s3-bucket-unencrypted']);
    assert.deepEqual(summary.totals, { pass: 1, fail: 1, notApplicable: 1, unknown: 1 });
  });

  it('counts a failure hidden by --min-confidence against its control', () => {
    const summary = summarizeCompliance('cis-kubernetes', rules, result({ ruleOutcomes: { 'k8s-privileged-container': { pass: 4, fail: 2, unknown: 0 } } }));
    assert.deepEqual(summary.controls.map((control) => [control.id, control.status, control.failed]), [['5.2.1', 'fail', 2]]);
  });
});
