import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * An unencrypted file system keeps its files and backups in clear for anyone who obtains the
 * underlying storage or a backup copy.
 */
export const cfnEfsFileSystemUnencrypted: IacRule = {
  id: 'cfn-efs-file-system-unencrypted',
  title: 'EFS file system not encrypted',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311', 'CIS-AWS-2.4.1'],
  equivalents: ['CKV_AWS_42', 'AVD-AWS-0037'],
  description: 'An `AWS::EFS::FileSystem` whose `Encrypted` is missing or false.',
  remediation: 'Set `Encrypted: true` (and `KmsKeyId` for a customer managed key); existing file systems must be recreated.',
  format: 'cloudformation',
  resourceTypes: ['AWS::EFS::FileSystem'],
  check: (filesystem) =>
    expectAttribute(filesystem, 'Encrypted', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the file system is not encrypted at rest: its files and backups are readable by whoever obtains them',
    }),
};
