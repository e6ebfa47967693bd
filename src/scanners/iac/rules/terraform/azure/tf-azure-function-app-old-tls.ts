import { checkOneOf } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

const legacyTypes = new Set(['azurerm_function_app', 'azurerm_function_app_slot']);

/**
 * TLS 1.0/1.1 have known weaknesses; a function app that accepts them lets callers be downgraded
 * to a protocol an attacker on the path can break.
 */
export const tfAzureFunctionAppOldTls: IacRule = {
  id: 'tf-azure-function-app-old-tls',
  title: 'Function app allows TLS older than 1.2',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_function_app', 'azurerm_linux_function_app', 'azurerm_windows_function_app', 'azurerm_function_app_slot', 'azurerm_linux_function_app_slot', 'azurerm_windows_function_app_slot'],
  tags: ['CWE-326'],
  equivalents: ['CKV_AZURE_145'],
  description: 'A function app or slot whose `site_config.min_tls_version` (`azurerm_function_app`, `azurerm_function_app_slot`) or `site_config.minimum_tls_version` (Linux/Windows function apps) is below `1.2`. Not written, the provider default (`1.2`) applies and passes.',
  remediation: 'Set `minimum_tls_version = "1.2"` (`min_tls_version` on the legacy resources) in `site_config`, or remove it.',
  check: (app) =>
    checkOneOf(
      app,
      legacyTypes.has(app.type) ? ['site_config.min_tls_version', 'site_config.minimum_tls_version'] : ['site_config.minimum_tls_version', 'site_config.min_tls_version'],
      ['1.2', '1.3'],
      'pass',
      'the function app accepts TLS older than 1.2: a network attacker can downgrade its callers\' connections',
    ),
};
