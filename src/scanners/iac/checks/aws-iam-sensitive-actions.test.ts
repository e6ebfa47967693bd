import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicyJson, type PolicyDocument } from './aws-iam-policy.ts';
import { credentialsExposureActions, dataExfiltrationActions, unconstrainedSensitiveActions } from './aws-iam-sensitive-actions.ts';
import { isUnknown, UnknownValue, type IacValue } from '../iac-value.ts';

function policy(statement: IacValue): PolicyDocument {
  const parsed = parsePolicyJson({ Statement: statement }, 'PolicyDocument');
  assert.ok(parsed && !isUnknown(parsed));
  return parsed;
}

describe('unconstrainedSensitiveActions', () => {
  it('finds credential-returning actions granted through a service wildcard on every resource', () => {
    const found = unconstrainedSensitiveActions(policy({ Effect: 'Allow', Action: ['ec2:*', 's3:*'], Resource: '*' }), credentialsExposureActions);
    assert.deepEqual(found, [{ path: 'PolicyDocument', actions: ['ec2:GetPasswordData'] }]);
  });

  it('finds data exfiltration actions and ignores statements scoped to ARNs or denied', () => {
    assert.deepEqual(unconstrainedSensitiveActions(policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), dataExfiltrationActions), [{ path: 'PolicyDocument', actions: ['s3:GetObject'] }]);
    assert.deepEqual(unconstrainedSensitiveActions(policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }), dataExfiltrationActions), []);
    assert.deepEqual(unconstrainedSensitiveActions(policy({ Effect: 'Deny', Action: '*', Resource: '*' }), dataExfiltrationActions), []);
  });

  it('treats NotAction on every resource as granting what it does not exclude', () => {
    const found = unconstrainedSensitiveActions(policy({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }), dataExfiltrationActions);
    assert.ok(!isUnknown(found));
    assert.deepEqual(found[0]?.actions, ['ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath', 'secretsmanager:GetSecretValue']);
  });

  it('is unknown when the resource or the actions are', () => {
    const unknownResource = unconstrainedSensitiveActions(policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: [new UnknownValue('parameter Arn has no default')] }), dataExfiltrationActions);
    assert.ok(isUnknown(unknownResource));
    const unknownAction = unconstrainedSensitiveActions(policy({ Effect: 'Allow', Action: [new UnknownValue('x')], Resource: '*' }), dataExfiltrationActions);
    assert.ok(isUnknown(unknownAction));
  });
});
