import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A web app that answers plain HTTP sends session cookies, tokens and form data unencrypted, where
 * anyone on the network path (public Wi-Fi, a compromised router) can read or change them.
 */
export const tfAzureAppServiceHttpAllowed: IacRule = {
  id: 'tf-azure-app-service-http-allowed',
  title: 'App Service accepts plain HTTP',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service', 'azurerm_linux_web_app', 'azurerm_windows_web_app'],
  tags: ['CWE-319', 'CIS-AZURE-9.2'],
  equivalents: ['CKV_AZURE_14', 'AVD-AZU-0072'],
  description: 'An `azurerm_app_service`, `azurerm_linux_web_app` or `azurerm_windows_web_app` whose `https_only` is `false` or not written (the default is `false`).',
  remediation: 'Set `https_only = true` so HTTP requests are redirected to HTTPS.',
  check: (app) => checkBoolean(app, ['https_only'], true, 'fail', 'the app answers plain HTTP: cookies, tokens and form data can be read or altered on the network'),
};
