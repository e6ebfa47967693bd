import { checkPresent } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * HTTP logs record who called which URL and when; without them an attack on the app, or data
 * pulled out through it, cannot be traced.
 */
export const tfAzureAppServiceHttpLogsDisabled: IacRule = {
  id: 'tf-azure-app-service-http-logs-disabled',
  title: 'App Service HTTP logging disabled',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service', 'azurerm_linux_web_app', 'azurerm_windows_web_app'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_63'],
  description: 'An `azurerm_app_service`, `azurerm_linux_web_app` or `azurerm_windows_web_app` without `logs { http_logs { … } }`.',
  remediation: 'Add `logs { http_logs { file_system { retention_in_days = 90, retention_in_mb = 100 } } }` (or an `azure_blob_storage` target).',
  check: (app) => checkPresent(app, ['logs.http_logs'], 'HTTP requests are not logged: attacks on the app and data pulled through it cannot be traced'),
};
