import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without deletion protection, one `terraform destroy`, a renamed resource or a stolen
 * credential deletes the database; final snapshots are easy to skip.
 */
export const tfAwsRdsInstanceDeletionProtectionDisabled: IacRule = {
  id: 'tf-aws-rds-instance-deletion-protection-disabled',
  title: 'RDS instance without deletion protection',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_AWS_293', 'AVD-AWS-0177'],
  description: 'An `aws_db_instance` whose `deletion_protection` is missing or `false` (the provider default is `false`).',
  remediation: 'Set `deletion_protection = true`; turn it off deliberately, in its own change, before deleting the database.',
  format: 'terraform',
  resourceTypes: ['aws_db_instance'],
  check: (instance) => expectAttribute(instance, 'deletion_protection', { accept: isBoolean(true), whenMissing: 'fail', message: 'the database can be deleted by any destroy, rename or stolen credential with no safeguard' }),
};
