import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Detailed error logs (kept server-side, not shown to visitors) are what responders use to see
 * which requests broke the app during an attack.
 */
export const tfAzureAppServiceDetailedErrorsDisabled: IacRule = {
  id: 'tf-azure-app-service-detailed-errors-disabled',
  title: 'App Service detailed error logging disabled',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service', 'azurerm_linux_web_app', 'azurerm_windows_web_app'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_65'],
  description: 'An `azurerm_app_service` whose `logs.detailed_error_messages_enabled`, or an `azurerm_linux_web_app` / `azurerm_windows_web_app` whose `logs.detailed_error_messages`, is `false` or not written.',
  remediation: 'Set `detailed_error_messages_enabled = true` (`detailed_error_messages = true` on web apps) in the `logs` block.',
  check: (app) =>
    checkBoolean(
      app,
      app.type === 'azurerm_app_service' ? ['logs.detailed_error_messages_enabled', 'logs.detailed_error_messages'] : ['logs.detailed_error_messages', 'logs.detailed_error_messages_enabled'],
      true,
      'fail',
      'detailed error logs are off: the requests that broke the app during an attack cannot be reconstructed',
    ),
};
