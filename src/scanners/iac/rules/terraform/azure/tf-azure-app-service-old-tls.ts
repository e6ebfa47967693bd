import { checkOneOf } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * TLS 1.0/1.1 have known weaknesses; accepting them lets a network attacker downgrade visitors'
 * connections to the app.
 */
export const tfAzureAppServiceOldTls: IacRule = {
  id: 'tf-azure-app-service-old-tls',
  title: 'App Service allows TLS older than 1.2',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service', 'azurerm_linux_web_app', 'azurerm_windows_web_app'],
  tags: ['CWE-326', 'CIS-AZURE-9.3'],
  equivalents: ['CKV_AZURE_15', 'AVD-AZU-0006'],
  description: 'An `azurerm_app_service` whose `site_config.min_tls_version`, or an `azurerm_linux_web_app` / `azurerm_windows_web_app` whose `site_config.minimum_tls_version`, is below `1.2`. Not written, the provider default (`1.2`) applies and passes.',
  remediation: 'Set `min_tls_version = "1.2"` (`minimum_tls_version = "1.2"` on web apps) in `site_config`, or remove it.',
  check: (app) =>
    checkOneOf(
      app,
      app.type === 'azurerm_app_service' ? ['site_config.min_tls_version', 'site_config.minimum_tls_version'] : ['site_config.minimum_tls_version', 'site_config.min_tls_version'],
      ['1.2', '1.3'],
      'pass',
      'the app accepts TLS older than 1.2: a network attacker can downgrade visitors\' connections',
    ),
};
