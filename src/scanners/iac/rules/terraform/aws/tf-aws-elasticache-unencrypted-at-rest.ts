import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Cached sessions and query results end up on disk in swap files and backups; unencrypted, those are readable by whoever obtains them.
 */
export const tfAwsElasticacheUnencryptedAtRest: IacRule = {
  id: 'tf-aws-elasticache-unencrypted-at-rest',
  title: 'ElastiCache replication group not encrypted at rest',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_29', 'AVD-AWS-0045'],
  description: 'An `aws_elasticache_replication_group` without `at_rest_encryption_enabled = true`.',
  remediation: 'Set `at_rest_encryption_enabled = true` (and `kms_key_id`); it can only be set when the group is created.',
  format: 'terraform',
  resourceTypes: ['aws_elasticache_replication_group'],
  check: (resource) => expectAttribute(resource, 'at_rest_encryption_enabled', { accept: isBoolean(true), whenMissing: 'fail', message: 'cached data is stored unencrypted on disk and in backups' }),
};
