import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A Redis cache reachable from public networks can be attacked from anywhere with a leaked access
 * key; caches often hold sessions and tokens worth stealing.
 */
export const tfAzureRedisPublicNetworkAccess: IacRule = {
  id: 'tf-azure-redis-public-network-access',
  title: 'Redis cache reachable from public networks',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_redis_cache'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_89'],
  description: 'An `azurerm_redis_cache` whose `public_network_access_enabled` is `true` or not written (the default is `true`).',
  remediation: 'Set `public_network_access_enabled = false` and connect through a private endpoint.',
  check: (cache) => checkBoolean(cache, ['public_network_access_enabled'], false, 'fail', 'the cache is reachable from the Internet: a leaked access key exposes its sessions and tokens to anyone'),
};
