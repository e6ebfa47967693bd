import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A deployment slot is a full copy of the app, often with production data and secrets; answering
 * plain HTTP exposes its cookies and tokens on the network just like the main app would.
 */
export const tfAzureAppServiceSlotHttpAllowed: IacRule = {
  id: 'tf-azure-app-service-slot-http-allowed',
  title: 'App Service slot accepts plain HTTP',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service_slot', 'azurerm_linux_web_app_slot', 'azurerm_windows_web_app_slot'],
  tags: ['CWE-319'],
  equivalents: ['CKV_AZURE_153'],
  description: 'An `azurerm_app_service_slot`, `azurerm_linux_web_app_slot` or `azurerm_windows_web_app_slot` whose `https_only` is `false` or not written (the default is `false`).',
  remediation: 'Set `https_only = true` on the slot.',
  check: (slot) => checkBoolean(slot, ['https_only'], true, 'fail', 'the slot answers plain HTTP: cookies, tokens and form data can be read or altered on the network'),
};
