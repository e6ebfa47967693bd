import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without TLS, sessions and cached secrets cross the VPC in clear text, readable by anything that can capture traffic there.
 */
export const tfAwsElasticacheUnencryptedInTransit: IacRule = {
  id: 'tf-aws-elasticache-unencrypted-in-transit',
  title: 'ElastiCache replication group not encrypted in transit',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_AWS_30', 'AVD-AWS-0051'],
  description: 'An `aws_elasticache_replication_group` without `transit_encryption_enabled = true`.',
  remediation: 'Set `transit_encryption_enabled = true` (with an `auth_token` for Redis) and connect clients over TLS.',
  format: 'terraform',
  resourceTypes: ['aws_elasticache_replication_group'],
  check: (resource) => expectAttribute(resource, 'transit_encryption_enabled', { accept: isBoolean(true), whenMissing: 'fail', message: 'traffic to the cache is unencrypted: sessions and cached secrets can be captured on the network' }),
};
