import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { blocksAt, positionOf, positionsFromPaths, valueAt, valuesAt, type IacResource } from './iac-resource.ts';
import { fail, pass, unknown, type IacRule } from './iac-rule.ts';
import { UnknownValue, asBoolean, containsUnknown, type IacObject } from './iac-value.ts';
import { ResourceGraph } from './resource-graph.ts';
import { runIacRules } from './run-iac-rules.ts';

function resource(type: string, name: string, attributes: IacObject, extra: Partial<IacResource> = {}): IacResource {
  return {
    format: 'terraform', type, name, address: `${type}.${name}`, path: 'main.tf', startLine: 1, endLine: 20, attributes,
    positions: positionsFromPaths([['versioning', 3], ['versioning.0.enabled', 4], ['ingress.1.cidr_blocks', 9]]), references: [], ...extra,
  };
}

const versioningRule: IacRule = {
  id: 'test-versioning', title: 'Versioning', severity: 'medium', confidence: 'high', format: 'terraform', resourceTypes: ['aws_s3_bucket'],
  description: 'test rule', remediation: 'turn versioning on', equivalents: ['CKV_AWS_21'], tags: ['CWE-693'],
  check(bucket) {
    const enabled = asBoolean(valueAt(bucket, 'versioning.enabled'));
    if (enabled instanceof UnknownValue) return unknown(enabled.reason, 'versioning.enabled');
    return enabled === true ? pass : fail('versioning is off', 'versioning.enabled');
  },
};

describe('valueAt / valuesAt / positionOf', () => {
  const bucket = resource('aws_s3_bucket', 'b', {
    versioning: [{ enabled: false }],
    ingress: [{ cidr_blocks: ['10.0.0.0/8'] }, { cidr_blocks: ['0.0.0.0/0'] }],
    acl: new UnknownValue('var.acl has no value'),
  });

  it('walks blocks by name, taking the first occurrence, or by index', () => {
    assert.equal(valueAt(bucket, 'versioning.enabled'), false);
    assert.deepEqual(valueAt(bucket, 'ingress.1.cidr_blocks'), ['0.0.0.0/0']);
    assert.equal(valueAt(bucket, 'logging.target_bucket'), undefined);
    assert.ok(valueAt(bucket, 'acl.grant') instanceof UnknownValue);
  });

  it('collects every occurrence across repeated blocks', () => {
    assert.deepEqual(valuesAt(bucket, 'ingress.cidr_blocks'), [['10.0.0.0/8'], ['0.0.0.0/0']]);
    assert.equal(blocksAt(bucket, 'ingress').length, 2);
    assert.deepEqual(blocksAt(bucket, 'missing'), []);
    assert.ok(containsUnknown(bucket.attributes));
  });

  it('places a path at its longest written prefix, then at the resource', () => {
    assert.equal(positionOf(bucket, 'versioning.enabled').line, 4);
    assert.equal(positionOf(bucket, 'versioning.mfa_delete').line, 3);
    assert.equal(positionOf(bucket, 'ingress.1.cidr_blocks').line, 9);
    assert.equal(positionOf(bucket, 'logging').line, 1);
  });
});

describe('runIacRules', () => {
  it('reports failures with the resource address, counts passes and drops unknowns unless asked', () => {
    const resources = [
      resource('aws_s3_bucket', 'off', { versioning: [{ enabled: false }] }),
      resource('aws_s3_bucket', 'on', { versioning: [{ enabled: true }] }),
      resource('aws_s3_bucket', 'var', { versioning: [{ enabled: new UnknownValue('var.v has no value') }] }),
      resource('aws_instance', 'other', {}),
    ];
    const run = runIacRules(resources, new ResourceGraph(resources), [versioningRule]);
    assert.deepEqual(run.drafts.map((draft) => [draft.message, draft.startLine]), [['aws_s3_bucket.off: versioning is off', 4]]);
    assert.deepEqual(run.tallies['test-versioning'], { pass: 1, fail: 1, unknown: 1 });
    const withUnknown = runIacRules(resources, new ResourceGraph(resources), [versioningRule], { reportUnknown: true });
    assert.equal(withUnknown.drafts.length, 2);
    assert.equal(withUnknown.drafts[1]!.confidence, 'low');
  });

  it('honours a skip comment naming the rule or a peer id', () => {
    const skipped = resource('aws_s3_bucket', 'skipped', { versioning: [] }, { skips: new Map([['CKV_AWS_21', 'archive bucket']]) });
    const run = runIacRules([skipped], new ResourceGraph([skipped]), [versioningRule]);
    assert.equal(run.drafts[0]!.suppressedBy, 'archive bucket');
  });

  it('turns a rule that throws into an error naming the rule and resource', () => {
    const broken: IacRule = { ...versioningRule, id: 'test-broken', check: () => { throw new Error('boom'); } };
    const target = resource('aws_s3_bucket', 'b', {});
    const run = runIacRules([target], new ResourceGraph([target]), [broken, versioningRule]);
    assert.match(run.errors[0]!.message, /test-broken on aws_s3_bucket\.b: boom/);
    assert.equal(run.drafts.length, 1);
  });
});

describe('ResourceGraph.attachedTo', () => {
  it('joins by reference or by a shared literal name', () => {
    const bucket = resource('aws_s3_bucket', 'logs', { bucket: 'my-logs' });
    const byReference = resource('aws_s3_bucket_versioning', 'a', {}, { references: ['aws_s3_bucket.logs'] });
    const byName = resource('aws_s3_bucket_versioning', 'b', { bucket: 'my-logs' });
    const elsewhere = resource('aws_s3_bucket_versioning', 'c', { bucket: 'other' });
    const graph = new ResourceGraph([bucket, byReference, byName, elsewhere]);
    const attached = graph.attachedTo(bucket, 'aws_s3_bucket_versioning', { attribute: 'bucket', targetAttribute: 'bucket' });
    assert.deepEqual(attached.map((item) => item.name), ['a', 'b']);
  });
});

describe('runIacRules on fragments (Kustomize patches)', () => {
  it('keeps a failure at a value the fragment writes and makes a failure about a missing value unknown', () => {
    const partial = { reason: 'a Kustomize patch listed in overlay/kustomization.yaml' };
    const written = resource('aws_s3_bucket', 'written', { versioning: [{ enabled: false }] }, { partial });
    const missing = resource('aws_s3_bucket', 'missing', {}, { partial });
    const run = runIacRules([written, missing], new ResourceGraph([written, missing]), [versioningRule], { reportUnknown: true });
    const byAddress = new Map(run.drafts.map((draft) => [draft.message.split(':')[0], draft]));
    assert.equal(byAddress.get('aws_s3_bucket.written')?.confidence, undefined);
    assert.match(byAddress.get('aws_s3_bucket.written')?.message ?? '', /versioning is off/);
    assert.equal(byAddress.get('aws_s3_bucket.missing')?.confidence, 'low');
    assert.match(byAddress.get('aws_s3_bucket.missing')?.message ?? '', /could not be checked: a Kustomize patch .* the merged object decides/);
    assert.deepEqual(run.tallies['test-versioning'], { pass: 0, fail: 1, unknown: 1 });
  });
});

describe('worlds: rules that cannot decide are asked again under other assumptions', () => {
  const undecided = resource('aws_s3_bucket', 'b', { versioning: [new UnknownValue('dynamic "versioning" iterates over an unknown collection')] });
  const world = (enabled: boolean | undefined): { resources: Map<string, IacResource>; graph: ResourceGraph } => {
    const copy = resource('aws_s3_bucket', 'b', enabled === undefined ? {} : { versioning: [{ enabled }] });
    return { resources: new Map([[copy.address, copy]]), graph: new ResourceGraph([copy]) };
  };
  it('fails a resource the rule fails in every world, saying the unknown part does not matter', () => {
    const run = runIacRules([undecided], new ResourceGraph([undecided]), [versioningRule], { worlds: [world(undefined), world(false)] });
    assert.equal(run.drafts.length, 1);
    assert.match(run.drafts[0]!.message, /versioning is off \(whether its dynamic blocks over unknown collections produce blocks or not\)/);
    assert.equal(run.drafts[0]!.startLine, 4);
    assert.deepEqual(run.tallies['test-versioning'], { pass: 0, fail: 1, unknown: 0 });
  });

  it('stays unknown when one world passes, when a world lacks the resource, and without worlds', () => {
    for (const options of [{ worlds: [world(undefined), world(true)] }, { worlds: [world(false), { resources: new Map(), graph: new ResourceGraph([]) }] }, {}]) {
      const run = runIacRules([undecided], new ResourceGraph([undecided]), [versioningRule], options);
      assert.equal(run.drafts.length, 0);
      assert.deepEqual(run.tallies['test-versioning'], { pass: 0, fail: 0, unknown: 1 });
    }
  });

  it('leaves a decided verdict alone: worlds are not asked when the resource itself passes or fails', () => {
    const passing = resource('aws_s3_bucket', 'b', { versioning: [{ enabled: true }] });
    const run = runIacRules([passing], new ResourceGraph([passing]), [versioningRule], { worlds: [world(false), world(false)] });
    assert.equal(run.drafts.length, 0);
    assert.deepEqual(run.tallies['test-versioning'], { pass: 1, fail: 0, unknown: 0 });
  });
});
