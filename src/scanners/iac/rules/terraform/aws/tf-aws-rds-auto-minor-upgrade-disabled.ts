import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Minor engine versions carry security fixes; with automatic upgrades off, a database keeps known vulnerabilities until someone upgrades it by hand.
 */
export const tfAwsRdsAutoMinorUpgradeDisabled: IacRule = {
  id: 'tf-aws-rds-auto-minor-upgrade-disabled',
  title: 'RDS automatic minor version upgrades turned off',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-1104', 'CIS-AWS-2.3.2'],
  equivalents: ['CKV_AWS_226'],
  description: 'An `aws_db_instance` or `aws_rds_cluster_instance` that does not set `auto_minor_version_upgrade = true`; like Checkov, an unset attribute is reported so the choice is explicit in code, though the provider default is `true`.',
  remediation: 'Set `auto_minor_version_upgrade = true` explicitly, so security patches of the engine are applied in the maintenance window.',
  format: 'terraform',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance'],
  check: (resource) => expectAttribute(resource, 'auto_minor_version_upgrade', { accept: isBoolean(true), whenMissing: 'fail', message: 'automatic minor version upgrades are off: engine security fixes are not applied and known vulnerabilities stay exploitable' }),
};
