import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A registry reachable from public networks can be used with leaked credentials from anywhere, to
 * pull private images or push poisoned ones.
 */
export const tfAzureContainerRegistryPublicNetworkAccess: IacRule = {
  id: 'tf-azure-container-registry-public-network-access',
  title: 'Container registry reachable from public networks',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_container_registry'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_139'],
  description: 'An `azurerm_container_registry` whose `public_network_access_enabled` is `true` or not written (the default is `true`).',
  remediation: 'Set `public_network_access_enabled = false` (Premium SKU) and reach the registry through private endpoints.',
  check: (registry) => checkBoolean(registry, ['public_network_access_enabled'], false, 'fail', 'the registry is reachable from the Internet: leaked credentials can pull private images or push poisoned ones from anywhere'),
};
