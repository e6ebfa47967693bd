import { blocksAt, type IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isIacObject, isUnknown } from '../../../iac-value.ts';
import { firstWritten } from '../../../checks/attribute-expectation.ts';

/**
 * A Key Vault open to public networks with no IP or subnet rules accepts requests from anywhere;
 * with stolen credentials an attacker reads its secrets from any machine on the Internet.
 */
export const tfAzureKeyVaultPublicNetworkAccess: IacRule = {
  id: 'tf-azure-key-vault-public-network-access',
  title: 'Key Vault reachable from public networks without IP rules',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_key_vault'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_189'],
  description: 'An `azurerm_key_vault` whose `public_network_access_enabled` is `true` or not written (the default is `true`) and whose `network_acls` list no `ip_rules` or `virtual_network_subnet_ids`.',
  remediation: 'Set `public_network_access_enabled = false` and use private endpoints, or at least restrict `network_acls` to `ip_rules` / `virtual_network_subnet_ids`.',
  check: checkPublicAccess,
};

function checkPublicAccess(vault: IacResource): IacVerdict {
  const enabled = asBoolean(vault.attributes.public_network_access_enabled);
  if (enabled === false) return pass;
  for (const acl of blocksAt(vault, 'network_acls')) {
    if (isUnknown(acl)) return unknown(acl.reason, 'network_acls');
    if (isIacObject(acl) && firstWritten({ ...vault, attributes: acl }, ['ip_rules', 'virtual_network_subnet_ids'])) return pass;
  }
  if (isUnknown(enabled)) return unknown(enabled.reason, 'public_network_access_enabled');
  return fail('the vault accepts requests from any public network: stolen credentials read its secrets from anywhere', vault.attributes.public_network_access_enabled === undefined ? undefined : 'public_network_access_enabled');
}
