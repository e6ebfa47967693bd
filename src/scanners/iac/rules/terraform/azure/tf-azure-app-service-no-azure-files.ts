import { checkOneOf } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Content kept on the app's local storage is lost when the instance is rebuilt and cannot be
 * backed up or restored independently; an Azure Files share keeps it durable and recoverable.
 */
export const tfAzureAppServiceNoAzureFiles: IacRule = {
  id: 'tf-azure-app-service-no-azure-files',
  title: 'App Service does not mount Azure Files storage',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service', 'azurerm_linux_web_app', 'azurerm_windows_web_app'],
  tags: ['CWE-1059'],
  equivalents: ['CKV_AZURE_88'],
  description: 'An `azurerm_app_service`, `azurerm_linux_web_app` or `azurerm_windows_web_app` without a `storage_account` block of `type = "AzureFiles"`.',
  remediation: 'Add `storage_account { name = "content", type = "AzureFiles", account_name = …, share_name = …, access_key = …, mount_path = "/mnt/content" }`.',
  check: (app) => checkOneOf(app, ['storage_account.type'], ['AzureFiles'], 'fail', 'the app keeps its content on instance storage: it cannot be backed up or recovered on its own'),
};
