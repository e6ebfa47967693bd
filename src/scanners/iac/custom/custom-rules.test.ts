import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseConfig, type IacConditionSpec } from '../../../core/config.ts';
import { positionsFromPaths, type IacResource } from '../iac-resource.ts';
import { UnknownValue, type IacObject } from '../iac-value.ts';
import { ResourceGraph } from '../resource-graph.ts';
import { runIacRules } from '../run-iac-rules.ts';
import { compileCustomRule } from './compile-custom-rule.ts';
import { evaluateCondition } from './evaluate-condition.ts';

function resource(type: string, name: string, attributes: IacObject, references: string[] = []): IacResource {
  return {
    format: 'terraform', type, name, address: `${type}.${name}`, path: 'main.tf', startLine: 1, endLine: 9, attributes,
    positions: positionsFromPaths([['acl', 2], ['tags.owner', 4]]), references,
  };
}

function truth(condition: IacConditionSpec, target: IacResource, others: IacResource[] = []): boolean | 'unknown' {
  return evaluateCondition(condition, target, new ResourceGraph([target, ...others])).truth;
}

describe('evaluateCondition', () => {
  const bucket = resource('aws_s3_bucket', 'b', {
    acl: 'private', tags: { owner: 'team-a' }, versioning: [{ enabled: 'true' }], retention: 30,
    ingress: [{ cidr: '10.0.0.0/8' }, { cidr: '0.0.0.0/0' }], region: new UnknownValue('var.region has no value'),
  });

  it('tests attributes with each operator', () => {
    assert.equal(truth({ attribute: 'acl', equals: 'private' }, bucket), true);
    assert.equal(truth({ attribute: 'acl', oneOf: ['public-read', 'public-read-write'] }, bucket), false);
    assert.equal(truth({ attribute: 'versioning.enabled', equals: true }, bucket), true, '"true" equals true');
    assert.equal(truth({ attribute: 'tags.owner', matches: '^team-' }, bucket), true);
    assert.equal(truth({ attribute: 'retention', greaterOrEqual: 90 }, bucket), false);
    assert.equal(truth({ attribute: 'retention', lessThan: 90, greaterThan: 7 }, bucket), true);
    assert.equal(truth({ attribute: 'tags', contains: 'owner' }, bucket), true);
    assert.equal(truth({ attribute: 'logging', exists: false }, bucket), true);
    assert.equal(truth({ attribute: 'logging.target', equals: 'x' }, bucket), false, 'a missing attribute fails a positive test');
    assert.equal(truth({ attribute: 'logging.target', notEquals: 'x' }, bucket), true, 'and passes a negative one');
  });

  it('requires every repeated block to satisfy a test', () => {
    assert.equal(truth({ attribute: 'ingress.cidr', notEquals: '0.0.0.0/0' }, bucket), false);
    assert.equal(truth({ attribute: 'ingress.0.cidr', notEquals: '0.0.0.0/0' }, bucket), true);
  });

  it('keeps unknown values unknown through all, any and none, unless another part decides', () => {
    assert.equal(truth({ attribute: 'region', equals: 'eu-west-1' }, bucket), 'unknown');
    assert.equal(truth({ attribute: 'region', exists: true }, bucket), true, 'an unknown value is still written');
    assert.equal(truth({ all: [{ attribute: 'region', equals: 'x' }, { attribute: 'acl', equals: 'private' }] }, bucket), 'unknown');
    assert.equal(truth({ all: [{ attribute: 'region', equals: 'x' }, { attribute: 'acl', equals: 'public' }] }, bucket), false);
    assert.equal(truth({ any: [{ attribute: 'region', equals: 'x' }, { attribute: 'acl', equals: 'private' }] }, bucket), true);
    assert.equal(truth({ none: [{ attribute: 'region', equals: 'x' }] }, bucket), 'unknown');
    assert.equal(truth({ none: [{ attribute: 'acl', equals: 'public-read' }] }, bucket), true);
  });

  it('finds connected resources by reference or shared name, with a where condition', () => {
    const target = resource('aws_s3_bucket', 'logs', { bucket: 'logs-bucket' });
    const versioning = resource('aws_s3_bucket_versioning', 'v', { versioning_configuration: [{ status: 'Enabled' }] }, ['aws_s3_bucket.logs']);
    const suspended = resource('aws_s3_bucket_versioning', 's', { bucket: 'logs-bucket', versioning_configuration: [{ status: 'Suspended' }] });
    const enabled = { connected: { type: 'aws_s3_bucket_versioning', attribute: 'bucket', targetAttribute: 'bucket', where: { attribute: 'versioning_configuration.status', equals: 'Enabled' } } };
    assert.equal(truth(enabled, target, [versioning]), true);
    assert.equal(truth(enabled, target, [suspended]), false);
    assert.equal(truth(enabled, target, []), false);
    assert.equal(truth({ connected: { type: 'aws_s3_bucket_versioning' } }, target, [suspended]), false, 'no literal join asked: only references count');
  });
});

describe('compileCustomRule', () => {
  const rule = compileCustomRule({
    id: 'acme-bucket-owner', title: 'Buckets name an owner', severity: 'medium', format: 'terraform', resourceTypes: ['aws_s3_bucket'],
    condition: { attribute: 'tags.owner', matches: '^team-' }, message: 'no owning team in tags.owner', description: 'Every bucket must name its owning team.',
    remediation: 'Add tags.owner = "team-…".', tags: ['CIS-AWS-9.9'], equivalents: ['CKV_ACME_1'],
  });

  it('runs through the engine: failures at the deciding attribute, unknown never reported by default', () => {
    const resources = [
      resource('aws_s3_bucket', 'good', { tags: { owner: 'team-a' } }),
      resource('aws_s3_bucket', 'bad', { tags: { owner: 'nobody' } }),
      resource('aws_s3_bucket', 'unset', { tags: { owner: new UnknownValue('var.owner has no value') } }),
    ];
    const run = runIacRules(resources, new ResourceGraph(resources), [rule]);
    assert.deepEqual(run.drafts.map((draft) => [draft.message, draft.startLine]), [['aws_s3_bucket.bad: no owning team in tags.owner', 4]]);
    assert.deepEqual(run.tallies['acme-bucket-owner'], { pass: 1, fail: 1, unknown: 1 });
  });
});

describe('custom rules in the config', () => {
  const ruleYaml = `iac:
  customRules:
    - id: acme-bucket-owner
      title: Buckets name an owner
      severity: medium
      format: terraform
      resourceTypes: [aws_s3_bucket]
      condition:
        all:
          - attribute: tags.owner
            exists: true
      description: Every bucket names its owning team.
      remediation: Add an owner tag.
`;

  it('validates rules with line numbers and rejects bad regexes', () => {
    assert.equal(parseConfig(ruleYaml, 'rampart.yaml').config.iac?.customRules?.[0]?.id, 'acme-bucket-owner');
    assert.throws(() => parseConfig(ruleYaml.replace('exists: true', 'exist: true'), 'rampart.yaml'), /rampart\.yaml:\d+: .*customRules/);
    assert.throws(() => parseConfig(ruleYaml.replace('exists: true', 'matches: "(a"'), 'rampart.yaml'), /rampart\.yaml:11: iac\.customRules\.0\.condition\.all\.0\.matches: invalid RE2/);
  });

  it('loads rule files relative to the config and merges them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-iac-rules-'));
    writeFileSync(join(dir, 'owner.yaml'), ruleYaml);
    writeFileSync(join(dir, 'rampart.yaml'), 'iac:\n  customRuleFiles: [owner.yaml]\n');
    assert.deepEqual(loadConfig(dir, undefined).config.iac?.customRules?.map((rule) => rule.id), ['acme-bucket-owner']);
    writeFileSync(join(dir, 'rampart.yaml'), 'iac:\n  customRuleFiles: [owner.yaml, owner.yaml]\n');
    assert.throws(() => loadConfig(dir, undefined), /defined twice/);
    writeFileSync(join(dir, 'other.yaml'), 'failOn: low\n');
    writeFileSync(join(dir, 'rampart.yaml'), 'iac:\n  customRuleFiles: [other.yaml]\n');
    assert.throws(() => loadConfig(dir, undefined), /may hold only iac\.customRules \(found failOn\)/);
    writeFileSync(join(dir, 'rampart.yaml'), 'iac:\n  customRuleFiles: [missing.yaml]\n');
    assert.throws(() => loadConfig(dir, undefined), /cannot read IaC rule file/);
  });
});
