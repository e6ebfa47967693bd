import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Database logs exported to CloudWatch (audit, error, general, slow query, postgresql) are the
 * record of who connected and what they ran; without them a breach of the database cannot be
 * investigated, and logs kept only on the instance vanish with it.
 */
export const tfAwsRdsInstanceLogsDisabled: IacRule = {
  id: 'tf-aws-rds-instance-logs-disabled',
  title: 'RDS instance logs not exported',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_129'],
  description: 'An `aws_db_instance` without a non-empty `enabled_cloudwatch_logs_exports`.',
  remediation: 'Set `enabled_cloudwatch_logs_exports` to the engine log types, e.g. `["audit", "error", "general", "slowquery"]` for MySQL or `["postgresql", "upgrade"]` for PostgreSQL.',
  format: 'terraform',
  resourceTypes: ['aws_db_instance'],
  check: (db) =>
    expectAttribute(db, 'enabled_cloudwatch_logs_exports', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'database logs are not exported to CloudWatch: connections and queries of an intruder leave no lasting record',
    }),
};
