import { checkPresent } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without a managed identity an app reaches databases, storage and Key Vault with secrets kept in
 * its settings, which leak through config exports, logs and source control; a managed identity
 * needs no stored secret.
 */
export const tfAzureAppServiceNoManagedIdentity: IacRule = {
  id: 'tf-azure-app-service-no-managed-identity',
  title: 'App Service without a managed identity',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service', 'azurerm_linux_web_app', 'azurerm_windows_web_app'],
  tags: ['CWE-522', 'CIS-AZURE-9.5'],
  equivalents: ['CKV_AZURE_16', 'CKV_AZURE_71', 'AVD-AZU-0002'],
  description: 'An `azurerm_app_service`, `azurerm_linux_web_app` or `azurerm_windows_web_app` without an `identity` block.',
  remediation: 'Add `identity { type = "SystemAssigned" }` (or a user-assigned identity) and grant it the roles the app needs instead of storing credentials.',
  check: (app) => checkPresent(app, ['identity.type', 'identity'], 'the app has no managed identity: it must keep credentials for other services in settings, where they leak'),
};
