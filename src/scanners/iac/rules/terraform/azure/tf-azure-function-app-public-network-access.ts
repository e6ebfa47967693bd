import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A function app reachable from the internet exposes every HTTP trigger, and any weakness in its
 * code or authentication, to anyone; behind a private endpoint only your networks reach it.
 */
export const tfAzureFunctionAppPublicNetworkAccess: IacRule = {
  id: 'tf-azure-function-app-public-network-access',
  title: 'Function app reachable from public networks',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_linux_function_app', 'azurerm_linux_function_app_slot', 'azurerm_windows_function_app', 'azurerm_windows_function_app_slot'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_221'],
  description: 'A Linux or Windows function app (or slot) whose `public_network_access_enabled` is missing or `true` (the default is `true`).',
  remediation: 'Set `public_network_access_enabled = false` and reach the app through a private endpoint or VNet integration.',
  check: (app) => expectAttribute(app, 'public_network_access_enabled', { accept: isBoolean(false), whenMissing: 'fail', message: 'the function app is reachable from the internet: every trigger and any weakness in its code is exposed to anyone' }),
};
