import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Shared file systems hold application data and home directories; unencrypted, their storage and backups are readable by whoever obtains them.
 */
export const tfAwsEfsUnencrypted: IacRule = {
  id: 'tf-aws-efs-unencrypted',
  title: 'EFS file system not encrypted',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311', 'CIS-AWS-2.4.1'],
  equivalents: ['CKV_AWS_42', 'AVD-AWS-0037'],
  description: 'An `aws_efs_file_system` without `encrypted = true`.',
  remediation: 'Set `encrypted = true` and `kms_key_id` (changing it replaces the file system).',
  format: 'terraform',
  resourceTypes: ['aws_efs_file_system'],
  check: (resource) => expectAttribute(resource, 'encrypted', { accept: isBoolean(true), whenMissing: 'fail', message: 'the file system is unencrypted: anyone who obtains its storage or backups reads the files' }),
};
