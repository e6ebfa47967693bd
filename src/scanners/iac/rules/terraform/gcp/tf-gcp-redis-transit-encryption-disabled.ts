import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without TLS, the AUTH string and every cached value travel in clear text inside the VPC, where a compromised host can capture them.
 */
export const tfGcpRedisTransitEncryptionDisabled: IacRule = {
  id: 'tf-gcp-redis-transit-encryption-disabled',
  title: 'Memorystore for Redis without in-transit encryption',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_GCP_97'],
  description: 'A `google_redis_instance` without `transit_encryption_mode = "SERVER_AUTHENTICATION"`.',
  remediation: 'Set `transit_encryption_mode = "SERVER_AUTHENTICATION"` and connect with TLS.',
  format: 'terraform',
  resourceTypes: ['google_redis_instance'],
  check: (resource) =>
    expectAttribute(resource, 'transit_encryption_mode', {
      accept: isOneOf('SERVER_AUTHENTICATION'),
      whenMissing: 'fail',
      message: 'Redis traffic is not encrypted: the AUTH string and cached data cross the network in clear text',
    }),
};
