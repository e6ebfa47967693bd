import { checkParameterNotOff } from '../../../checks/azure-postgresql-parameter.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * With log retention off, the server discards its logs and an investigation has nothing to work with.
 */
export const tfAzurePostgresqlLogRetentionOff: IacRule = {
  id: 'tf-azure-postgresql-log-retention-off',
  title: 'PostgreSQL log_retention turned off',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_postgresql_configuration'],
  tags: ['CWE-779'],
  equivalents: ['CKV_AZURE_146'],
  description: 'An `azurerm_postgresql_configuration` with `name = "log_retention"` and `value = "off"`.',
  remediation: 'Set `value = "on"` for the `log_retention` server parameter.',
  check: (configuration) => checkParameterNotOff(configuration, 'log_retention', 'server logs are not retained: there is nothing to investigate after an incident'),
};
