import { unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, containsUnknown } from '../../../iac-value.ts';

/**
 * DynamoDB always encrypts, but with an AWS owned key by default: nobody can restrict, audit or
 * revoke decryption. A customer managed key puts table access behind a key policy you control.
 */
export const tfAwsDynamodbNotEncryptedWithCmk: IacRule = {
  id: 'tf-aws-dynamodb-not-encrypted-with-cmk',
  title: 'DynamoDB table not encrypted with a customer managed key',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_119', 'AVD-AWS-0025'],
  description: 'An `aws_dynamodb_table` without `server_side_encryption { enabled = true, kms_key_arn = ... }`.',
  remediation: 'Add `server_side_encryption { enabled = true, kms_key_arn = aws_kms_key.table.arn }`.',
  format: 'terraform',
  resourceTypes: ['aws_dynamodb_table'],
  check(table) {
    const enabled = valueAt(table, 'server_side_encryption.enabled');
    const key = valueAt(table, 'server_side_encryption.kms_key_arn');
    if (asBoolean(enabled) === true && key !== undefined && key !== null) return containsUnknown(key) ? unknown(unknownReason(key), 'server_side_encryption.kms_key_arn') : pass;
    if (containsUnknown(enabled)) return unknown(unknownReason(enabled), 'server_side_encryption.enabled');
    return fail('the table is encrypted only with an AWS owned key: decryption cannot be restricted, audited or revoked through a key policy', 'server_side_encryption');
  },
};
