import { judgePublicGrant, PUBLIC_MEMBERS } from '../../../checks/gcp-iam-members.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A KMS key shared with `allUsers` or `allAuthenticatedUsers` lets anyone decrypt data it protects or sign with it, depending on the role granted.
 */
export const tfGcpKmsKeyPublic: IacRule = {
  id: 'tf-gcp-kms-key-public',
  title: 'Cloud KMS key accessible by anyone',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_112'],
  description: 'A `google_kms_crypto_key_iam_member`, `_iam_binding` or `_iam_policy` (a binding in its `policy_data`) granting a role to `allUsers` or `allAuthenticatedUsers`.',
  remediation: 'Grant key roles (`roles/cloudkms.cryptoKeyEncrypterDecrypter`) only to the service accounts that use the key.',
  format: 'terraform',
  resourceTypes: ['google_kms_crypto_key_iam_member', 'google_kms_crypto_key_iam_binding', 'google_kms_crypto_key_iam_policy'],
  check: (grant) => judgePublicGrant(grant, PUBLIC_MEMBERS, 'the key role is granted to everyone: anyone can use the key to decrypt or sign, depending on the role'),
};
