import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * Secrets encrypted with the AWS managed `aws/secretsmanager` key can be decrypted by any
 * principal of the account allowed to read the secret; a customer managed key adds a key policy,
 * allows cross-account sharing on your terms, and can be disabled in an emergency.
 */
export const tfAwsSecretsmanagerNotEncryptedWithCmk: IacRule = {
  id: 'tf-aws-secretsmanager-not-encrypted-with-cmk',
  title: 'Secrets Manager secret not encrypted with a customer managed key',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_149'],
  description: 'An `aws_secretsmanager_secret` without `kms_key_id`, or whose `kms_key_id` names an AWS managed key (`alias/aws/…`).',
  remediation: 'Set `kms_key_id = aws_kms_key.secrets.arn`.',
  format: 'terraform',
  resourceTypes: ['aws_secretsmanager_secret'],
  check(secret) {
    const key = valueAt(secret, 'kms_key_id');
    if (isUnknown(key)) return unknown(key.reason, 'kms_key_id');
    if (typeof key === 'string' && key !== '' && !key.includes('aws/')) return pass;
    return fail('the secret is encrypted with the AWS managed key: anyone allowed to read it decrypts it, with no key policy in between', 'kms_key_id');
  },
};
