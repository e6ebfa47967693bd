import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Failed request traces show the path a failing request took through the app, which is what tells
 * responders how an exploit attempt behaved.
 */
export const tfAzureAppServiceFailedRequestTracingDisabled: IacRule = {
  id: 'tf-azure-app-service-failed-request-tracing-disabled',
  title: 'App Service failed request tracing disabled',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_app_service', 'azurerm_linux_web_app', 'azurerm_windows_web_app'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_66'],
  description: 'An `azurerm_app_service` whose `logs.failed_request_tracing_enabled`, or an `azurerm_linux_web_app` / `azurerm_windows_web_app` whose `logs.failed_request_tracing`, is `false` or not written.',
  remediation: 'Set `failed_request_tracing_enabled = true` (`failed_request_tracing = true` on web apps) in the `logs` block.',
  check: (app) =>
    checkBoolean(
      app,
      app.type === 'azurerm_app_service' ? ['logs.failed_request_tracing_enabled', 'logs.failed_request_tracing'] : ['logs.failed_request_tracing', 'logs.failed_request_tracing_enabled'],
      true,
      'fail',
      'failed requests are not traced: how an exploit attempt went through the app cannot be reconstructed',
    ),
};
