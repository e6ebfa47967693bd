import { checkOneOf } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * TLS 1.0/1.1 have known weaknesses; a cache that accepts them lets clients be downgraded and their
 * traffic read by an attacker on the path.
 */
export const tfAzureRedisOldTls: IacRule = {
  id: 'tf-azure-redis-old-tls',
  title: 'Redis cache allows TLS older than 1.2',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_redis_cache'],
  tags: ['CWE-326'],
  equivalents: ['CKV_AZURE_148'],
  description: 'An `azurerm_redis_cache` whose `minimum_tls_version` is not `1.2`, or is not written (Checkov treats a missing value as a failure; older providers defaulted to `1.0`).',
  remediation: 'Set `minimum_tls_version = "1.2"`.',
  check: (cache) => checkOneOf(cache, ['minimum_tls_version'], ['1.2', '1.3'], 'fail', 'the cache accepts TLS older than 1.2: a network attacker can downgrade connections and read the traffic'),
};
