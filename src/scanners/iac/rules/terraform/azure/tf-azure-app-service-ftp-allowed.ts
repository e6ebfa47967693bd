import { checkOneOf } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Plain FTP sends deployment credentials and code in clear text; anyone who captures them can
 * replace the app's code.
 */
export const tfAzureAppServiceFtpAllowed: IacRule = {
  id: 'tf-azure-app-service-ftp-allowed',
  title: 'App Service allows plain FTP deployments',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service', 'azurerm_linux_web_app', 'azurerm_windows_web_app'],
  tags: ['CWE-319'],
  equivalents: ['CKV_AZURE_78', 'AVD-AZU-0071'],
  description: 'An `azurerm_app_service`, `azurerm_linux_web_app` or `azurerm_windows_web_app` whose `site_config.ftps_state` is `AllAllowed` or not written.',
  remediation: 'Set `ftps_state = "Disabled"` in `site_config` (or `"FtpsOnly"` if FTP deployment is really needed).',
  check: (app) => checkOneOf(app, ['site_config.ftps_state'], ['Disabled', 'FtpsOnly'], 'fail', 'plain FTP deployment is allowed: captured credentials let anyone replace the app\'s code'),
};
