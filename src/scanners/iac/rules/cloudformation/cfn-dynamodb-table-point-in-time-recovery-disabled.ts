import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Without continuous backups a bad deploy, a buggy job or an attacker with write access can
 * overwrite or delete table items beyond recovery.
 */
export const cfnDynamodbTablePointInTimeRecoveryDisabled: IacRule = {
  id: 'cfn-dynamodb-table-point-in-time-recovery-disabled',
  title: 'DynamoDB table without point-in-time recovery',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_AWS_28', 'AVD-AWS-0024'],
  description: 'An `AWS::DynamoDB::Table` whose `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled` is missing or false.',
  remediation: 'Set `PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }`.',
  format: 'cloudformation',
  resourceTypes: ['AWS::DynamoDB::Table'],
  check: (table) =>
    expectAttribute(table, 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the table has no point-in-time recovery: overwritten or deleted items cannot be restored',
    }),
};
