import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';
import { firstWritten } from '../../../checks/attribute-expectation.ts';

/**
 * A CORS policy allowing every origin lets any website call the app's API from a visitor's browser
 * and read the answers, which turns every logged-in visitor into a data source for a malicious site.
 */
export const tfAzureAppServiceCorsAnyOrigin: IacRule = {
  id: 'tf-azure-app-service-cors-any-origin',
  title: 'App Service CORS allows every origin',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service', 'azurerm_linux_web_app', 'azurerm_windows_web_app'],
  tags: ['CWE-942'],
  equivalents: ['CKV_AZURE_57'],
  description: 'An `azurerm_app_service`, `azurerm_linux_web_app` or `azurerm_windows_web_app` whose `site_config.cors.allowed_origins` contains `*`.',
  remediation: 'List the exact origins that may call the app, e.g. `allowed_origins = ["https://app.example.com"]`.',
  check: checkCors,
};

function checkCors(app: IacResource): IacVerdict {
  const written = firstWritten(app, ['site_config.cors.allowed_origins']);
  if (!written) return pass;
  if (isUnknown(written.value)) return unknown(written.value.reason, written.path);
  const origins = Array.isArray(written.value) ? written.value : [written.value];
  if (origins.includes('*')) return fail('CORS allows every origin: any website can call the app from a visitor\'s browser and read the responses', written.path);
  const blocker = origins.find(isUnknown);
  return blocker ? unknown(blocker.reason, written.path) : pass;
}
