import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UnknownValue } from '../iac-value.ts';
import {
  actionMatches,
  fullAdminStatements,
  parsePolicyJson,
  patternGrantsLevel,
  policyFromDocumentBlocks,
  privilegeEscalations,
  starActionStatements,
  unconstrainedActions,
  type PolicyDocument,
} from './aws-iam-policy.ts';

function json(statements: unknown[]): PolicyDocument {
  const parsed = parsePolicyJson(JSON.stringify({ Version: '2012-10-17', Statement: statements }), 'policy');
  assert.ok(parsed && !(parsed instanceof UnknownValue));
  return parsed;
}

describe('parsing policies', () => {
  it('reads JSON text and objects, with a single statement or a list', () => {
    const single = parsePolicyJson('{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}', 'policy');
    assert.deepEqual(single, { statements: [{ effect: 'Allow', actions: ['s3:GetObject'], notActions: undefined, resources: ['*'], notResources: undefined, path: 'policy' }] });
    const object = parsePolicyJson({ Statement: [{ Effect: 'Deny', Action: ['*'], Resource: '*' }] }, 'PolicyDocument');
    assert.equal((object as PolicyDocument).statements[0]?.effect, 'Deny');
  });

  it('accepts trailing commas, as AWS does', () => {
    const parsed = parsePolicyJson('{"Statement":[{"Effect":"Allow","Action":["s3:*",],"Resource":"*",},]}', 'policy') as PolicyDocument;
    assert.deepEqual(parsed.statements[0]?.actions, ['s3:*']);
  });

  it('gives undefined for text that is not JSON and passes unknowns through', () => {
    assert.equal(parsePolicyJson('not json', 'policy'), undefined);
    const unresolved = new UnknownValue('var.policy has no value');
    assert.equal(parsePolicyJson(unresolved, 'policy'), unresolved);
  });

  it('reads aws_iam_policy_document statement blocks, Allow by default', () => {
    const policy = policyFromDocumentBlocks([{ actions: ['es:*'], resources: ['*'] }]) as PolicyDocument;
    assert.equal(policy.statements[0]?.effect, 'Allow');
    assert.equal(policy.statements[0]?.path, 'statement.0');
  });
});

describe('administrator and star actions', () => {
  it('finds "*" on "*" and ignores Deny statements and scoped resources', () => {
    assert.deepEqual(fullAdminStatements(json([{ Effect: 'Allow', Action: '*', Resource: '*' }])), [{ path: 'policy', actions: ['*'] }]);
    assert.deepEqual(fullAdminStatements(json([{ Effect: 'Deny', Action: '*', Resource: '*' }])), []);
    assert.deepEqual(fullAdminStatements(json([{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' }])), []);
    assert.equal((starActionStatements(json([{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' }])) as unknown[]).length, 1);
  });

  it('is unknown when the deciding entries are unknown and nothing else is found', () => {
    const policy = policyFromDocumentBlocks([{ actions: [new UnknownValue('var.actions')], resources: ['*'] }]) as PolicyDocument;
    assert.ok(fullAdminStatements(policy) instanceof UnknownValue);
    assert.ok(starActionStatements(policy) instanceof UnknownValue);
  });
});

describe('access levels', () => {
  it('counts service wildcards and write verbs as write, reads as not', () => {
    assert.equal(patternGrantsLevel('s3:*', 'write'), true);
    assert.equal(patternGrantsLevel('s3:Put*', 'write'), true);
    assert.equal(patternGrantsLevel('ec2:RunInstances', 'write'), true);
    assert.equal(patternGrantsLevel('s3:GetObject', 'write'), false);
    assert.equal(patternGrantsLevel('s3:List*', 'write'), false);
  });

  it('counts policy, grant and permission changes as permissions management', () => {
    assert.equal(patternGrantsLevel('es:*', 'permissions-management'), true);
    assert.equal(patternGrantsLevel('iam:AttachRolePolicy', 'permissions-management'), true);
    assert.equal(patternGrantsLevel('kms:CreateGrant', 'permissions-management'), true);
    assert.equal(patternGrantsLevel('s3:PutBucket*', 'permissions-management'), true);
    assert.equal(patternGrantsLevel('s3:GetObject', 'permissions-management'), false);
    assert.equal(patternGrantsLevel('cloudwatch:*', 'permissions-management'), false);
    assert.equal(patternGrantsLevel('iam:GetRole', 'permissions-management'), false);
  });

  it('judges only statements on "*" resources', () => {
    assert.deepEqual(unconstrainedActions(json([{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: '*' }]), 'write'), [{ path: 'policy', actions: ['s3:PutObject'] }]);
    assert.deepEqual(unconstrainedActions(json([{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }]), 'write'), []);
    assert.deepEqual(unconstrainedActions(json([{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }]), 'write'), [{ path: 'policy', actions: ['*'] }]);
    assert.deepEqual(unconstrainedActions(json([{ Effect: 'Allow', Action: ['xray:PutTraceSegments', 'cloudwatch:PutMetricData'], Resource: '*' }]), 'write'), []);
  });
});

describe('privilege escalation', () => {
  it('needs every action of a combination, across statements and wildcards', () => {
    assert.deepEqual(privilegeEscalations(json([{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }])), []);
    const policy = json([
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::1:role/x' },
      { Effect: 'Allow', Action: 'ec2:Run*', Resource: '*' },
    ]);
    assert.deepEqual(privilegeEscalations(policy), [['iam:PassRole', 'ec2:RunInstances']]);
    assert.ok((privilegeEscalations(json([{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }])) as string[][]).length > 3);
  });

  it('matches IAM wildcards case-insensitively', () => {
    assert.equal(actionMatches('IAM:createpolicy*', 'iam:CreatePolicyVersion'), true);
    assert.equal(actionMatches('iam:?ttachUserPolicy', 'iam:AttachUserPolicy'), true);
    assert.equal(actionMatches('iam:Attach', 'iam:AttachUserPolicy'), false);
  });
});
