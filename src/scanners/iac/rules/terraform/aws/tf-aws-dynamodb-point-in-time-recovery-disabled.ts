import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without point-in-time recovery a bad deploy, a mass delete or an attacker wiping items leaves no way back to the state of a minute ago.
 */
export const tfAwsDynamodbPointInTimeRecoveryDisabled: IacRule = {
  id: 'tf-aws-dynamodb-point-in-time-recovery-disabled',
  title: 'DynamoDB point-in-time recovery disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_AWS_28', 'AVD-AWS-0024'],
  description: 'An `aws_dynamodb_table` without `point_in_time_recovery { enabled = true }`.',
  remediation: 'Add `point_in_time_recovery { enabled = true }`.',
  format: 'terraform',
  resourceTypes: ['aws_dynamodb_table'],
  check: (resource) => expectAttribute(resource, 'point_in_time_recovery.enabled', { accept: isBoolean(true), whenMissing: 'fail', message: 'point-in-time recovery is off: items deleted or corrupted by a bug or an attacker cannot be restored' }),
};
