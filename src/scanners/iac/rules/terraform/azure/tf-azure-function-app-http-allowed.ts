import type { IacResource } from '../../../iac-resource.ts';
import { checkBoolean, firstWritten } from '../../../checks/attribute-expectation.ts';
import { fail, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * A function app that answers plain HTTP exposes its function keys, tokens and payloads to anyone
 * on the network path; a captured function key lets them call the function themselves.
 */
export const tfAzureFunctionAppHttpAllowed: IacRule = {
  id: 'tf-azure-function-app-http-allowed',
  title: 'Function app accepts plain HTTP',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_function_app', 'azurerm_linux_function_app', 'azurerm_windows_function_app', 'azurerm_function_app_slot', 'azurerm_linux_function_app_slot', 'azurerm_windows_function_app_slot'],
  tags: ['CWE-319'],
  equivalents: ['CKV_AZURE_70', 'AVD-AZU-0004'],
  description: 'A function app or function app slot whose `https_only` is `false` or not written (the default is `false`), or whose `auth_settings_v2.require_https` is `false`.',
  remediation: 'Set `https_only = true` (and keep `require_https = true` in `auth_settings_v2`).',
  check: checkHttps,
};

const message = 'the function app answers plain HTTP: function keys, tokens and payloads can be captured on the network';

function checkHttps(app: IacResource): IacVerdict {
  const httpsOnly = checkBoolean(app, ['https_only'], true, 'fail', message);
  if (httpsOnly.outcome !== 'pass') return httpsOnly;
  const requireHttps = firstWritten(app, ['auth_settings_v2.require_https']);
  if (!requireHttps) return httpsOnly;
  const required = asBoolean(requireHttps.value);
  if (isUnknown(required)) return unknown(required.reason, requireHttps.path);
  return required === false ? fail('authentication accepts plain HTTP (require_https = false): tokens can be captured on the network', requireHttps.path) : httpsOnly;
}
