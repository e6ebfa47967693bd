import { resourcePolicyVerdict } from '../../../checks/aws-resource-policy.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A key policy for principal `*` lets any AWS account use (or manage) the key, so whatever it encrypts is only as private as the key policy, which is open.
 */
export const tfAwsKmsKeyPolicyAnyPrincipal: IacRule = {
  id: 'tf-aws-kms-key-policy-any-principal',
  title: 'KMS key policy allows any principal',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-732'],
  equivalents: ['CKV_AWS_33'],
  description: 'An `aws_kms_key` whose `policy` has an `Allow` statement for principal `*` (or an ARN of any account) that no condition on the caller (`kms:CallerAccount`, `kms:ViaService`, `aws:PrincipalOrgID`…) restricts.',
  remediation: 'Grant the account root (`arn:aws:iam::111122223333:root`) and named roles, or keep `*` with `"Condition": { "StringEquals": { "kms:CallerAccount": "111122223333" } }`.',
  format: 'terraform',
  resourceTypes: ['aws_kms_key'],
  check: (resource) => resourcePolicyVerdict(resource, 'policy', 'the key policy allows any principal: any AWS account can use the key, and decrypt what it protects'),
};
