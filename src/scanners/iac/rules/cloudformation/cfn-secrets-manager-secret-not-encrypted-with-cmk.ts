import { valueAt } from '../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';
import { isUnknown } from '../../iac-value.ts';

/**
 * Secrets encrypted with the AWS managed `aws/secretsmanager` key can be read by anyone in the
 * account with `secretsmanager:GetSecretValue`; a key of your own adds a key policy that must
 * allow the decrypt too, and cross-account sharing needs one.
 */
export const cfnSecretsManagerSecretNotEncryptedWithCmk: IacRule = {
  id: 'cfn-secrets-manager-secret-not-encrypted-with-cmk',
  title: 'Secrets Manager secret without customer managed key',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_149', 'AVD-AWS-0098'],
  description: 'An `AWS::SecretsManager::Secret` without `KmsKeyId`, or whose `KmsKeyId` names an AWS managed key (`alias/aws/…`).',
  remediation: 'Set `KmsKeyId: !Ref SecretsKey` with a customer managed key whose policy allows only the readers of the secret.',
  format: 'cloudformation',
  resourceTypes: ['AWS::SecretsManager::Secret'],
  check(secret) {
    const key = valueAt(secret, 'KmsKeyId');
    if (isUnknown(key)) return unknown(key.reason, 'KmsKeyId');
    if (typeof key === 'string' && key.trim() !== '' && !key.includes('aws/')) return pass;
    return fail('the secret is encrypted with the AWS managed key: any principal allowed GetSecretValue reads it, with no key policy of yours in between', 'KmsKeyId');
  },
};
