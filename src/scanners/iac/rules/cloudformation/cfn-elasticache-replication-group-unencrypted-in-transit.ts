import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Without in-transit encryption, cache commands and values (session tokens, cached secrets)
 * cross the network in clear, readable by anyone observing VPC traffic.
 */
export const cfnElasticacheReplicationGroupUnencryptedInTransit: IacRule = {
  id: 'cfn-elasticache-replication-group-unencrypted-in-transit',
  title: 'ElastiCache replication group without TLS',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_AWS_30', 'AVD-AWS-0051'],
  description: 'An `AWS::ElastiCache::ReplicationGroup` whose `TransitEncryptionEnabled` is missing or false.',
  remediation: 'Set `TransitEncryptionEnabled: true` (and an `AuthToken` for Redis AUTH).',
  format: 'cloudformation',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  check: (replicationgroup) =>
    expectAttribute(replicationgroup, 'TransitEncryptionEnabled', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the cache accepts unencrypted connections: session tokens and cached values cross the network in clear',
    }),
};
