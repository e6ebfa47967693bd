import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * With metadata writes allowed through account keys, anyone holding a key (often stored in app
 * settings) can delete databases and containers or change throughput, not just read and write data.
 */
export const tfAzureCosmosdbKeyMetadataWrites: IacRule = {
  id: 'tf-azure-cosmosdb-key-metadata-writes',
  title: 'Cosmos DB account keys can change databases and containers',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_cosmosdb_account'],
  tags: ['CWE-269'],
  equivalents: ['CKV_AZURE_132'],
  description: 'An `azurerm_cosmosdb_account` whose `access_key_metadata_writes_enabled` is `true` or not written (the default is `true`).',
  remediation: 'Set `access_key_metadata_writes_enabled = false` and manage databases and containers through Azure RBAC (Terraform, ARM).',
  check: (account) =>
    checkBoolean(account, ['access_key_metadata_writes_enabled'], false, 'fail', 'account keys can delete or reconfigure databases and containers: a leaked key from app settings can destroy data'),
};
