import { checkParameterNotOff } from '../../../checks/azure-postgresql-parameter.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Connection logging records every attempt to connect, which is how brute-force attacks and logins
 * from unexpected places are spotted.
 */
export const tfAzurePostgresqlLogConnectionsOff: IacRule = {
  id: 'tf-azure-postgresql-log-connections-off',
  title: 'PostgreSQL log_connections turned off',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_postgresql_configuration'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_31', 'AVD-AZU-0019'],
  description: 'An `azurerm_postgresql_configuration` with `name = "log_connections"` and `value = "off"`.',
  remediation: 'Set `value = "on"` for the `log_connections` server parameter.',
  check: (configuration) => checkParameterNotOff(configuration, 'log_connections', 'connection attempts are not logged: brute-force and unexpected logins go unseen'),
};
