import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * HTTP/2 fixes head-of-line blocking and header-handling weaknesses of HTTP/1.1; staying on the old
 * version keeps those issues for no benefit.
 */
export const tfAzureAppServiceHttp2Disabled: IacRule = {
  id: 'tf-azure-app-service-http2-disabled',
  title: 'App Service not using HTTP/2',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service', 'azurerm_linux_web_app', 'azurerm_windows_web_app'],
  tags: ['CWE-1104', 'CIS-AZURE-9.9'],
  equivalents: ['CKV_AZURE_18', 'AVD-AZU-0005'],
  description: 'An `azurerm_app_service`, `azurerm_linux_web_app` or `azurerm_windows_web_app` whose `site_config.http2_enabled` is `false` or not written.',
  remediation: 'Set `http2_enabled = true` in `site_config`.',
  check: (app) => checkBoolean(app, ['site_config.http2_enabled'], true, 'fail', 'the app serves only HTTP/1.1, keeping protocol weaknesses HTTP/2 removes'),
};
