import { blocksAt, type IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isIacObject, isUnknown } from '../../../iac-value.ts';

/**
 * App Service Authentication makes the platform reject unauthenticated requests before they reach
 * the code; without it, every endpoint must get authentication right on its own.
 */
export const tfAzureAppServiceAuthDisabled: IacRule = {
  id: 'tf-azure-app-service-auth-disabled',
  title: 'App Service authentication disabled',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service', 'azurerm_linux_web_app', 'azurerm_windows_web_app'],
  tags: ['CWE-306', 'CIS-AZURE-9.1'],
  equivalents: ['CKV_AZURE_13', 'AVD-AZU-0003'],
  description: 'An `azurerm_app_service`, `azurerm_linux_web_app` or `azurerm_windows_web_app` without `auth_settings { enabled = true }` or `auth_settings_v2 { auth_enabled = true }`.',
  remediation: 'Add `auth_settings_v2 { auth_enabled = true, require_authentication = true, … }` with an identity provider (or `auth_settings { enabled = true, … }` on azurerm_app_service).',
  check: checkAuth,
};

const message = 'platform authentication is off: any endpoint that forgets its own check is open to anonymous users';

function checkAuth(app: IacResource): IacVerdict {
  for (const [block, flag] of [['auth_settings', 'enabled'], ['auth_settings_v2', 'auth_enabled']] as const) {
    const settings = blocksAt(app, block)[0];
    if (isUnknown(settings)) return unknown(settings.reason, block);
    if (!isIacObject(settings) || settings[flag] === undefined || settings[flag] === null) continue;
    const enabled = asBoolean(settings[flag]);
    if (isUnknown(enabled)) return unknown(enabled.reason, `${block}.${flag}`);
    return enabled === true ? pass : fail(message, `${block}.${flag}`);
  }
  return fail(message);
}
