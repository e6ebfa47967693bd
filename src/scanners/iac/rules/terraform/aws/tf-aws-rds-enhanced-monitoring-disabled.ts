import { expectAttribute, isNumberWhere } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Enhanced monitoring gives OS-level metrics of the database host; without it, resource exhaustion or abuse (crypto-mining through a compromised host, runaway queries) is noticed late.
 */
export const tfAwsRdsEnhancedMonitoringDisabled: IacRule = {
  id: 'tf-aws-rds-enhanced-monitoring-disabled',
  title: 'RDS enhanced monitoring disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_118'],
  description: 'An `aws_db_instance` or `aws_rds_cluster_instance` whose `monitoring_interval` is missing or 0 (enhanced monitoring off); 1, 5, 10, 15, 30 and 60 seconds pass.',
  remediation: 'Set `monitoring_interval = 60` (or lower) and `monitoring_role_arn` to a role with the AmazonRDSEnhancedMonitoringRole policy.',
  format: 'terraform',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance'],
  check: (resource) => expectAttribute(resource, 'monitoring_interval', { accept: isNumberWhere((seconds) => [1, 5, 10, 15, 30, 60].includes(seconds)), whenMissing: 'fail', message: 'enhanced monitoring is off: operating-system level signs of abuse or exhaustion on the database host go unseen' }),
};
