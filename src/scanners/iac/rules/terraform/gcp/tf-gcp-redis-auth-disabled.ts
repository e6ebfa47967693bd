import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without AUTH, anything that can reach the instance on the VPC can read, change or flush the cache, and Redis commands are a common pivot after an initial compromise.
 */
export const tfGcpRedisAuthDisabled: IacRule = {
  id: 'tf-gcp-redis-auth-disabled',
  title: 'Memorystore for Redis without AUTH',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-306'],
  equivalents: ['CKV_GCP_95'],
  description: 'A `google_redis_instance` without `auth_enabled = true`.',
  remediation: 'Set `auth_enabled = true` and give clients the AUTH string from Secret Manager.',
  format: 'terraform',
  resourceTypes: ['google_redis_instance'],
  check: (resource) =>
    expectAttribute(resource, 'auth_enabled', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'Redis accepts commands without a password: any host that can reach it on the network reads and rewrites the cache',
    }),
};
