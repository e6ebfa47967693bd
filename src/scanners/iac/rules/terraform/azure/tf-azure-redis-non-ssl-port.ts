import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * The non-SSL port (6379) carries the access key and every cached value in clear text, readable by
 * anyone on the network path.
 */
export const tfAzureRedisNonSslPort: IacRule = {
  id: 'tf-azure-redis-non-ssl-port',
  title: 'Redis cache non-SSL port enabled',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_redis_cache'],
  tags: ['CWE-319'],
  equivalents: ['CKV_AZURE_91'],
  description: 'An `azurerm_redis_cache` with `non_ssl_port_enabled = true` (azurerm 4) or `enable_non_ssl_port = true` (older). The default is `false`.',
  remediation: 'Remove the setting or set it to `false`; clients connect over TLS on port 6380.',
  check: (cache) => checkBoolean(cache, ['non_ssl_port_enabled', 'enable_non_ssl_port'], false, 'pass', 'the unencrypted port is open: the access key and cached data cross the network in clear text'),
};
