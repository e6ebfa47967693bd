import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Requiring client certificates means only callers holding a trusted certificate can even reach
 * the app, which stops anonymous probing of internal APIs.
 */
export const tfAzureAppServiceClientCertsDisabled: IacRule = {
  id: 'tf-azure-app-service-client-certs-disabled',
  title: 'App Service does not require client certificates',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service', 'azurerm_linux_web_app', 'azurerm_windows_web_app'],
  tags: ['CWE-295', 'CIS-AZURE-9.4'],
  equivalents: ['CKV_AZURE_17', 'AVD-AZU-0001'],
  description: 'An `azurerm_app_service` whose `client_cert_enabled`, or an `azurerm_linux_web_app` / `azurerm_windows_web_app` whose `client_certificate_enabled`, is `false` or not written.',
  remediation: 'Set `client_cert_enabled = true` (`client_certificate_enabled = true` on web apps, with `client_certificate_mode = "Required"`).',
  check: (app) =>
    checkBoolean(
      app,
      app.type === 'azurerm_app_service' ? ['client_cert_enabled', 'client_certificate_enabled'] : ['client_certificate_enabled', 'client_cert_enabled'],
      true,
      'fail',
      'the app does not ask callers for a client certificate: anyone can reach and probe it',
    ),
};
