import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { positionsFromPaths, type IacResource } from '../iac-resource.ts';
import { UnknownValue, type IacObject } from '../iac-value.ts';
import { anyMember, iamMembers, judgePublicGrant, PUBLIC_MEMBERS } from './gcp-iam-members.ts';

function iam(type: string, attributes: IacObject): IacResource {
  return { format: 'terraform', type, name: 'x', address: `${type}.x`, path: 'main.tf', startLine: 1, endLine: 5, attributes, positions: positionsFromPaths([]), references: [] };
}

describe('iamMembers', () => {
  it('reads member and members', () => {
    assert.deepEqual(iamMembers(iam('google_storage_bucket_iam_member', { member: 'allUsers' })), { path: 'member', members: ['allUsers'] });
    assert.deepEqual(iamMembers(iam('google_storage_bucket_iam_binding', { members: ['user:a@b.c', 'allAuthenticatedUsers'] })).members.length, 2);
    assert.deepEqual(iamMembers(iam('google_storage_bucket_iam_binding', {})).members, []);
  });

  it('matches public members, unknown only when no known member matches', () => {
    const isPublic = (member: string) => PUBLIC_MEMBERS.includes(member);
    const unknown = new UnknownValue('var.member has no value');
    assert.equal(anyMember(['user:a@b.c', 'allUsers'], isPublic), true);
    assert.equal(anyMember(['user:a@b.c'], isPublic), false);
    assert.equal(anyMember([unknown, 'allUsers'], isPublic), true);
    assert.equal(anyMember([unknown, 'user:a@b.c'], isPublic), unknown);
  });
});

describe('judgePublicGrant', () => {
  it('fails public grants and stays unknown on unknown members', () => {
    assert.equal(judgePublicGrant(iam('google_pubsub_topic_iam_member', { member: 'allUsers' }), PUBLIC_MEMBERS, 'm').outcome, 'fail');
    assert.equal(judgePublicGrant(iam('google_pubsub_topic_iam_member', { member: 'user:a@b.c' }), PUBLIC_MEMBERS, 'm').outcome, 'pass');
    assert.equal(judgePublicGrant(iam('google_pubsub_topic_iam_member', { member: new UnknownValue('var.m') }), PUBLIC_MEMBERS, 'm').outcome, 'unknown');
  });
});
