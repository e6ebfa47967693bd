import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * The registry admin account is a single shared username and password with push and pull rights;
 * it cannot be scoped or tied to a person, and once leaked lets anyone push poisoned images.
 */
export const tfAzureContainerRegistryAdminEnabled: IacRule = {
  id: 'tf-azure-container-registry-admin-enabled',
  title: 'Container registry admin account enabled',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_container_registry'],
  tags: ['CWE-798'],
  equivalents: ['CKV_AZURE_137'],
  description: 'An `azurerm_container_registry` with `admin_enabled = true` (the default is `false`).',
  remediation: 'Set `admin_enabled = false` and give pipelines and clusters Entra ID identities with `AcrPush`/`AcrPull` roles.',
  check: (registry) => checkBoolean(registry, ['admin_enabled'], false, 'pass', 'the shared admin account is on: its password lets anyone who obtains it push poisoned images'),
};
