import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, ScanResult } from '../../core/finding.ts';
import { applyVex, readOpenVex } from './match-vex.ts';

function finding(purl: string, id: string, aliases: string[] = []): Finding {
  return {
    ruleId: 'vulnerable-dependency', scanner: 'deps', severity: 'high', confidence: 'high', title: 't', message: 'm', fingerprint: id + purl,
    location: { path: 'package-lock.json', startLine: 1 },
    package: { ecosystem: 'npm', name: 'x', version: '1.0.0', purl },
    vulnerability: { id, aliases },
  };
}

function resultOf(findings: Finding[]): ScanResult {
  return { target: { kind: 'directory', ref: '.' }, findings, suppressed: [], errors: [], notices: [], stats: { files: 1, bytes: 1, durationMs: 0, skipped: 0, byScanner: { deps: { files: 1, findings: findings.length } } } };
}

describe('OpenVEX', () => {
  it('matches scoped npm purls, encoded or not, and lets the last statement win', () => {
    const statements = readOpenVex(JSON.stringify({
      statements: [
        { vulnerability: 'GHSA-aaaa-aaaa-aaaa', products: ['pkg:npm/@acme/widget'], status: 'not_affected', justification: 'inline_mitigations_already_exist' },
        { vulnerability: { name: 'CVE-2099-1' }, products: [{ '@id': 'pkg:npm/%40acme/widget@1.0.0' }], status: 'fixed' },
        { vulnerability: { name: 'CVE-2099-1' }, products: [{ '@id': 'pkg:npm/%40acme/widget@1.0.0' }], status: 'affected' },
      ],
    }), 'a.json');
    const result = applyVex(resultOf([finding('pkg:npm/%40acme/widget@1.0.0', 'GHSA-aaaa-aaaa-aaaa'), finding('pkg:npm/%40acme/widget@1.0.0', 'GHSA-bbbb-bbbb-bbbb', ['CVE-2099-1'])]), statements);
    assert.deepEqual(result.suppressed.map((item) => item.vulnerability?.id), ['GHSA-aaaa-aaaa-aaaa']);
    assert.deepEqual(result.findings.map((item) => item.vulnerability?.id), ['GHSA-bbbb-bbbb-bbbb']);
    assert.equal(result.stats.byScanner.deps?.findings, 1);
  });

  it('rejects documents that are not OpenVEX', () => {
    assert.throws(() => readOpenVex('{', 'x.json'), /not JSON/);
    assert.throws(() => readOpenVex('{"statements":[{"vulnerability":"CVE-1","products":["pkg:npm/a"],"status":"ok"}]}', 'x.json'), /status must be one of/);
    assert.throws(() => readOpenVex('{"statements":[{"vulnerability":"CVE-1","products":[],"status":"fixed"}]}', 'x.json'), /no product/);
  });
});
