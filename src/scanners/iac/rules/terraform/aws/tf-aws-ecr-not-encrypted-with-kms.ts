import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * With the default AWS-owned key you cannot restrict or audit who decrypts image layers through a key policy, nor revoke access by disabling the key.
 */
export const tfAwsEcrNotEncryptedWithKms: IacRule = {
  id: 'tf-aws-ecr-not-encrypted-with-kms',
  title: 'ECR repository not encrypted with KMS',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_136', 'AVD-AWS-0033'],
  description: 'An `aws_ecr_repository` whose `encryption_configuration.encryption_type` is not `KMS` (the default is AES256 with an AWS owned key).',
  remediation: 'Add `encryption_configuration { encryption_type = "KMS", kms_key = aws_kms_key.ecr.arn }`.',
  format: 'terraform',
  resourceTypes: ['aws_ecr_repository'],
  check: (resource) => expectAttribute(resource, 'encryption_configuration.encryption_type', { accept: isOneOf('KMS'), whenMissing: 'fail', message: 'images are not encrypted with a KMS key you control: access to layers cannot be restricted or audited through a key policy' }),
};
