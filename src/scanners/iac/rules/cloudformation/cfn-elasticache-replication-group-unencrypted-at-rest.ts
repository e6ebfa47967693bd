import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Caches hold sessions, tokens and copies of database rows; unencrypted, their backups and disks
 * expose them to whoever obtains them.
 */
export const cfnElasticacheReplicationGroupUnencryptedAtRest: IacRule = {
  id: 'cfn-elasticache-replication-group-unencrypted-at-rest',
  title: 'ElastiCache replication group not encrypted at rest',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_29', 'AVD-AWS-0045'],
  description: 'An `AWS::ElastiCache::ReplicationGroup` whose `AtRestEncryptionEnabled` is missing or false.',
  remediation: 'Set `AtRestEncryptionEnabled: true` (and `KmsKeyId` for a customer managed key).',
  format: 'cloudformation',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  check: (replicationgroup) =>
    expectAttribute(replicationgroup, 'AtRestEncryptionEnabled', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the cache is not encrypted at rest: sessions and tokens in its backups are readable by whoever obtains them',
    }),
};
