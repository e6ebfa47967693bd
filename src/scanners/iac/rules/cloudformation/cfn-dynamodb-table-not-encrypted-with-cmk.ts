import { valueAt } from '../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../iac-value.ts';

/**
 * Tables are always encrypted with an AWS owned key, which no key policy of yours governs:
 * anyone with table permissions reads the data, and key use leaves no CloudTrail record. A
 * customer managed key adds both.
 */
export const cfnDynamodbTableNotEncryptedWithCmk: IacRule = {
  id: 'cfn-dynamodb-table-not-encrypted-with-cmk',
  title: 'DynamoDB table not encrypted with a KMS key',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_119', 'AVD-AWS-0025'],
  description: 'An `AWS::DynamoDB::Table` without `SSESpecification.SSEEnabled: true` and a `SSESpecification.KMSMasterKeyId`.',
  remediation: 'Set `SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: !Ref TableKey }`.',
  format: 'cloudformation',
  resourceTypes: ['AWS::DynamoDB::Table'],
  check(table) {
    const enabled = asBoolean(valueAt(table, 'SSESpecification.SSEEnabled'));
    if (isUnknown(enabled)) return unknown(enabled.reason, 'SSESpecification.SSEEnabled');
    const key = valueAt(table, 'SSESpecification.KMSMasterKeyId');
    if (enabled === true && key !== undefined && key !== null && key !== '') return pass;
    return fail('the table is encrypted only with an AWS owned key: no key policy or key audit stands between table permissions and the data', 'SSESpecification');
  },
};
