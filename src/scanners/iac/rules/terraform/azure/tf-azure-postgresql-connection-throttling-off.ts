import { checkParameterNotOff } from '../../../checks/azure-postgresql-parameter.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Connection throttling slows down clients after repeated failed logins; without it, password
 * guessing and connection floods run at full speed.
 */
export const tfAzurePostgresqlConnectionThrottlingOff: IacRule = {
  id: 'tf-azure-postgresql-connection-throttling-off',
  title: 'PostgreSQL connection_throttling turned off',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_postgresql_configuration'],
  tags: ['CWE-307'],
  equivalents: ['CKV_AZURE_32', 'AVD-AZU-0021'],
  description: 'An `azurerm_postgresql_configuration` with `name = "connection_throttling"` and `value = "off"`.',
  remediation: 'Set `value = "on"` for the `connection_throttling` server parameter.',
  check: (configuration) => checkParameterNotOff(configuration, 'connection_throttling', 'failed logins are not throttled: passwords can be guessed at full speed and connection floods exhaust the server'),
};
