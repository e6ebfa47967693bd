import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from './finding.ts';
import { buildExceptionMatcher, findInlineSuppression } from './suppressions.ts';

const secretFinding = { ruleId: 'github-token', scanner: 'secrets', equivalents: ['github-pat'] };
const lines = (...texts: string[]) => (line: number) => texts[line - 1] ?? '';

describe('findInlineSuppression', () => {
  it('accepts rampart-ignore with the rule id on the line or the line above, with its reason', () => {
    assert.equal(findInlineSuppression(secretFinding, 1, lines('x # rampart-ignore: github-token rotated'))?.reason, 'rotated');
    assert.ok(findInlineSuppression(secretFinding, 2, lines('# rampart-ignore: aws-access-key-id, github-token', 'x')));
    assert.equal(findInlineSuppression(secretFinding, 3, lines('# rampart-ignore: github-token', '', 'x')), undefined);
    assert.equal(findInlineSuppression(secretFinding, 1, lines('x # rampart-ignore: private-key')), undefined);
  });

  it('honours gitleaks, trufflehog and detect-secrets markers only on the line of a secret', () => {
    assert.ok(findInlineSuppression(secretFinding, 1, lines('x # gitleaks:allow')));
    assert.ok(findInlineSuppression(secretFinding, 1, lines('x # trufflehog:ignore')));
    assert.ok(findInlineSuppression(secretFinding, 1, lines('x # pragma: allowlist secret')));
    assert.equal(findInlineSuppression(secretFinding, 2, lines('# gitleaks:allow', 'x')), undefined);
    assert.equal(findInlineSuppression({ ...secretFinding, scanner: 'iac' }, 1, lines('x # gitleaks:allow')), undefined);
  });

  it('reads zizmor ignore comments, with one or several audits, only on the line of the finding', () => {
    const pipeline = { ruleId: 'template-injection', scanner: 'pipeline', equivalents: ['template-injection'] };
    assert.ok(findInlineSuppression(pipeline, 1, lines('run: echo ${{ github.head_ref }} # zizmor: ignore[artipacked, template-injection]')));
    assert.equal(findInlineSuppression(pipeline, 2, lines('- run: ls # zizmor: ignore[template-injection]', 'run: echo x')), undefined);
  });

  it('maps peer ids through the rule equivalents', () => {
    const iac = { ruleId: 'tf-s3-bucket-public', scanner: 'iac', equivalents: ['CKV_AWS_20', 'AVD-AWS-0086'] };
    assert.ok(findInlineSuppression(iac, 2, lines('# checkov:skip=CKV_AWS_20:public website', 'acl = "public-read"')));
    assert.ok(findInlineSuppression(iac, 1, lines('acl = "public-read" # trivy:ignore:AVD-AWS-0086')));
    assert.equal(findInlineSuppression(iac, 1, lines('acl = "public-read" # checkov:skip=CKV_AWS_21')), undefined);
  });
});

describe('buildExceptionMatcher', () => {
  const finding = (path: string): Finding =>
    ({ ruleId: 'github-token', scanner: 'secrets', severity: 'critical', confidence: 'high', title: '', message: '', location: { path, startLine: 1 }, fingerprint: 'f1' }) as Finding;

  it('matches rule and paths until the expiry day, inclusive', () => {
    const exceptions = [{ rule: 'github-token', paths: ['test/**'], reason: 'fixtures', expires: '2026-06-30' }];
    assert.ok(buildExceptionMatcher(exceptions, '2026-06-30', 'rampart.yaml', [3]).match(finding('test/a.env')));
    assert.equal(buildExceptionMatcher(exceptions, '2026-06-30', 'rampart.yaml', [3]).match(finding('src/a.env')), undefined);
  });

  it('stops matching after the expiry day and reports the expired entry with its line', () => {
    const matcher = buildExceptionMatcher([{ rule: '*', reason: 'legacy', expires: '2026-01-01' }], '2026-01-02', 'rampart.yaml', [7]);
    assert.equal(matcher.match(finding('a.env')), undefined);
    assert.match(matcher.notices[0]!.message, /line 7\) expired on 2026-01-01/);
  });

  it('can be limited to one fingerprint', () => {
    const matcher = buildExceptionMatcher([{ rule: 'github-token', fingerprint: 'other', reason: 'one finding', expires: '2030-01-01' }], '2026-01-01', undefined, [1]);
    assert.equal(matcher.match(finding('a.env')), undefined);
  });
});
