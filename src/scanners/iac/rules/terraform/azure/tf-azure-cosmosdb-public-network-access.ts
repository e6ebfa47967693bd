import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A Cosmos DB account reachable from public networks can be queried from anywhere with a leaked
 * account key or resource token.
 */
export const tfAzureCosmosdbPublicNetworkAccess: IacRule = {
  id: 'tf-azure-cosmosdb-public-network-access',
  title: 'Cosmos DB account reachable from public networks',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_cosmosdb_account'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_101'],
  description: 'An `azurerm_cosmosdb_account` whose `public_network_access_enabled` is `true` or not written (the default is `true`).',
  remediation: 'Set `public_network_access_enabled = false` and use private endpoints.',
  check: (account) => checkBoolean(account, ['public_network_access_enabled'], false, 'fail', 'the account is reachable from the Internet: a leaked key or token reads its data from anywhere'),
};
