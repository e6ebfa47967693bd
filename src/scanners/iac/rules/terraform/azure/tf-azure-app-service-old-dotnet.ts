import type { IacResource } from '../../../iac-resource.ts';
import { firstWritten } from '../../../checks/attribute-expectation.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

const oldestSupportedMajor = 8;
// A .NET version such as `v4.0`, `v8.0`, `8.0` or `v10.0`: the major number.
const versionPattern = /^v?(\d+)(?:\.\d+)*$/i;

/**
 * Older .NET runtimes are out of support or frozen (.NET Framework 4.x gets only Windows-bundled
 * fixes); current releases carry the runtime's security hardening and prompt fixes.
 */
export const tfAzureAppServiceOldDotnet: IacRule = {
  id: 'tf-azure-app-service-old-dotnet',
  title: 'App Service runs an outdated .NET version',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service', 'azurerm_windows_web_app'],
  tags: ['CWE-1104'],
  equivalents: ['CKV_AZURE_80'],
  description: `An \`azurerm_app_service\` whose \`site_config.dotnet_framework_version\` is older than v${oldestSupportedMajor}.0 or not written (the provider default is \`v4.0\`), or an \`azurerm_windows_web_app\` whose \`site_config.application_stack.dotnet_version\` is older than v${oldestSupportedMajor}.0.`,
  remediation: 'Set `dotnet_framework_version = "v8.0"` (or newer) in `site_config`; on `azurerm_windows_web_app`, `application_stack { dotnet_version = "v8.0" }`.',
  check: checkDotnet,
};

function checkDotnet(app: IacResource): IacVerdict {
  const written = firstWritten(app, ['site_config.dotnet_framework_version', 'site_config.application_stack.dotnet_version']);
  if (!written) return app.type === 'azurerm_app_service' ? fail('the app runs on the default .NET Framework v4.0 stack, not a current .NET release: it misses their runtime security fixes', 'site_config') : pass;
  if (isUnknown(written.value)) return unknown(written.value.reason, written.path);
  const major = typeof written.value === 'string' ? versionPattern.exec(written.value.trim())?.[1] : undefined;
  if (major !== undefined && Number(major) >= oldestSupportedMajor) return pass;
  return fail(`the app runs .NET ${String(written.value)}, older than the current releases (v${oldestSupportedMajor}.0+): it misses their runtime security fixes`, written.path);
}
