import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Trail logs reveal the whole account layout and activity; with a customer managed key, read access to the bucket alone is not enough to read them.
 */
export const tfAwsCloudtrailNotEncryptedWithKms: IacRule = {
  id: 'tf-aws-cloudtrail-not-encrypted-with-kms',
  title: 'CloudTrail logs not encrypted with a customer managed key',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311', 'CIS-AWS-3.7'],
  equivalents: ['CKV_AWS_35', 'AVD-AWS-0015'],
  description: 'An `aws_cloudtrail` without `kms_key_id`.',
  remediation: 'Set `kms_key_id = aws_kms_key.cloudtrail.arn` with a key policy that lets CloudTrail encrypt and only auditors decrypt.',
  format: 'terraform',
  resourceTypes: ['aws_cloudtrail'],
  check: (resource) => expectAttribute(resource, 'kms_key_id', { accept: isSet, whenMissing: 'fail', message: 'audit logs are not encrypted with a customer managed key: anyone who can read the log bucket reads the account activity' }),
};
