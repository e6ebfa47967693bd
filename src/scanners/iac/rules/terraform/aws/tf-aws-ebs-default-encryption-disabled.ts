import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Account-level default encryption is the safety net for every volume and snapshot created later; turning it off lets unencrypted disks appear through any tool or console click.
 */
export const tfAwsEbsDefaultEncryptionDisabled: IacRule = {
  id: 'tf-aws-ebs-default-encryption-disabled',
  title: 'EBS default encryption turned off',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311', 'CIS-AWS-2.2.1'],
  equivalents: ['CKV_AWS_106'],
  description: 'An `aws_ebs_encryption_by_default` with `enabled = false` (the resource defaults to `true`).',
  remediation: 'Set `enabled = true` (or remove the argument).',
  format: 'terraform',
  resourceTypes: ['aws_ebs_encryption_by_default'],
  check: (resource) => expectAttribute(resource, 'enabled', { accept: isBoolean(true), whenMissing: 'pass', message: 'default EBS encryption is turned off: volumes created without an explicit setting will be unencrypted' }),
};
