import { checkOneOf } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A Key Vault whose firewall allows every network can be reached from anywhere with stolen
 * credentials; denying by default confines it to the networks that need it.
 */
export const tfAzureKeyVaultNetworkOpen: IacRule = {
  id: 'tf-azure-key-vault-network-open',
  title: 'Key Vault firewall allows all networks',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_key_vault'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_109', 'AVD-AZU-0013'],
  description: 'An `azurerm_key_vault` without a `network_acls` block, or whose `network_acls.default_action` is `Allow`.',
  remediation: 'Add `network_acls { default_action = "Deny", bypass = "AzureServices", ip_rules = [...], virtual_network_subnet_ids = [...] }`.',
  check: (vault) => checkOneOf(vault, ['network_acls.default_action'], ['Deny'], 'fail', 'the vault accepts requests from any network: stolen credentials can read its keys and secrets from anywhere'),
};
