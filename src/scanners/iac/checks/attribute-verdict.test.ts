import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { positionsFromPaths, type IacResource } from '../iac-resource.ts';
import { UnknownValue, type IacObject } from '../iac-value.ts';
import { ResourceGraph } from '../resource-graph.ts';
import { expectAttribute, isBoolean, isNumberWhere, isOneOf, isSet } from './attribute-verdict.ts';
import { companionsOf } from './terraform-companions.ts';

function resource(type: string, name: string, attributes: IacObject, references: string[] = []): IacResource {
  return { format: 'terraform', type, name, address: `${type}.${name}`, path: 'main.tf', startLine: 1, endLine: 9, attributes, positions: positionsFromPaths([]), references };
}

describe('expectAttribute', () => {
  const expectation = { accept: isBoolean(true), message: 'off' } as const;

  it('passes accepted values, including "true" strings, and fails others', () => {
    assert.equal(expectAttribute(resource('t', 'a', { on: 'true' }), 'on', { ...expectation, whenMissing: 'fail' }).outcome, 'pass');
    assert.deepEqual(expectAttribute(resource('t', 'a', { on: false }), 'on', { ...expectation, whenMissing: 'fail' }), { outcome: 'fail', message: 'off', path: 'on' });
  });

  it('judges a missing attribute, null or empty list by the default given', () => {
    assert.equal(expectAttribute(resource('t', 'a', {}), 'on', { ...expectation, whenMissing: 'fail' }).outcome, 'fail');
    assert.equal(expectAttribute(resource('t', 'a', { on: null }), 'on', { ...expectation, whenMissing: 'pass' }).outcome, 'pass');
    assert.equal(expectAttribute(resource('t', 'a', { on: [] }), 'on', { ...expectation, whenMissing: 'fail' }).outcome, 'fail');
  });

  it('never fails an unknown value', () => {
    const verdict = expectAttribute(resource('t', 'a', { block: [{ on: new UnknownValue('var.on has no value') }] }), 'block.on', { ...expectation, whenMissing: 'fail' });
    assert.deepEqual(verdict, { outcome: 'unknown', reason: 'var.on has no value', path: 'block.on' });
  });

  it('offers acceptors for sets, strings and numbers', () => {
    assert.equal(isSet(''), false);
    assert.equal(isSet('arn:aws:kms:…'), true);
    assert.equal(isOneOf('KMS')('AES256'), false);
    assert.equal(isNumberWhere((n) => n > 0)('7'), true);
  });
});

describe('companionsOf', () => {
  const bucket = resource('aws_s3_bucket', 'data', { bucket: 'acme-data' });
  const byReference = resource('aws_s3_bucket_versioning', 'ref', { bucket: new UnknownValue('not in config', ['aws_s3_bucket.data']) }, ['aws_s3_bucket.data']);
  const byName = resource('aws_s3_bucket_versioning', 'name', { bucket: 'acme-data' });
  const elsewhere = resource('aws_s3_bucket_versioning', 'other', { bucket: 'acme-logs', note: new UnknownValue('x', ['aws_s3_bucket.data']) }, ['aws_s3_bucket.data']);
  const selection = resource('aws_backup_selection', 'all', { resources: ['arn:aws:rds:x', new UnknownValue('not in config', ['aws_s3_bucket.data'])] });

  it('joins through the named attribute only, by reference or by literal, in lists too', () => {
    const graph = new ResourceGraph([bucket, byReference, byName, elsewhere, selection]);
    assert.deepEqual(companionsOf(bucket, graph, 'aws_s3_bucket_versioning', 'bucket', 'bucket').map((r) => r.name), ['ref', 'name']);
    assert.deepEqual(companionsOf(bucket, graph, 'aws_backup_selection', 'resources').map((r) => r.name), ['all']);
  });

  it('joins two unresolved values of the same origin, and nothing else unresolved', () => {
    const named = resource('aws_s3_bucket', 'named', { bucket: new UnknownValue('var.name has no value') });
    const same = resource('aws_s3_bucket_versioning', 'same', { bucket: new UnknownValue('var.name has no value') });
    const other = resource('aws_s3_bucket_versioning', 'other', { bucket: new UnknownValue('var.other has no value') });
    assert.deepEqual(companionsOf(named, new ResourceGraph([named, same, other]), 'aws_s3_bucket_versioning', 'bucket', 'bucket').map((r) => r.name), ['same']);
  });

  it('tells namesake buckets apart by the references of the companion', () => {
    const first = resource('aws_s3_bucket', 'first', { bucket: 'example' });
    const second = resource('aws_s3_bucket', 'second', { bucket: 'example' });
    const acl = resource('aws_s3_bucket_acl', 'second', { bucket: 'example' }, ['aws_s3_bucket.second']);
    const graph = new ResourceGraph([first, second, acl]);
    assert.deepEqual(companionsOf(first, graph, 'aws_s3_bucket_acl', 'bucket', 'bucket'), []);
    assert.deepEqual(companionsOf(second, graph, 'aws_s3_bucket_acl', 'bucket', 'bucket').map((r) => r.name), ['second']);
  });
});
