import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Remote debugging opens extra ports into the app's worker and lets a debugger attach to live
 * production code, reading memory (secrets, user data) and changing execution.
 */
export const tfAzureAppServiceRemoteDebugging: IacRule = {
  id: 'tf-azure-app-service-remote-debugging',
  title: 'App Service remote debugging enabled',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: [
    'azurerm_app_service',
    'azurerm_linux_web_app',
    'azurerm_linux_web_app_slot',
    'azurerm_windows_web_app',
    'azurerm_windows_web_app_slot',
    'azurerm_linux_function_app',
    'azurerm_linux_function_app_slot',
    'azurerm_windows_function_app',
    'azurerm_windows_function_app_slot',
  ],
  tags: ['CWE-489'],
  equivalents: ['CKV_AZURE_72'],
  description: 'An App Service, web app, function app or slot with `site_config { remote_debugging_enabled = true }` (the default is `false`).',
  remediation: 'Remove `remote_debugging_enabled` or set it to `false`; debug in a non-production slot and turn it off afterwards.',
  check: (app) => checkBoolean(app, ['site_config.remote_debugging_enabled'], false, 'pass', 'remote debugging is on: whoever can attach a debugger reads the live app\'s memory, secrets included, and alters its execution'),
};
