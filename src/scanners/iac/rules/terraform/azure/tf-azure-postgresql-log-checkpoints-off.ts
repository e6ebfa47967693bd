import { checkParameterNotOff } from '../../../checks/azure-postgresql-parameter.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Checkpoint logging records I/O and write activity on the server; without it, performance
 * problems and some tampering are harder to diagnose from the query and error logs.
 */
export const tfAzurePostgresqlLogCheckpointsOff: IacRule = {
  id: 'tf-azure-postgresql-log-checkpoints-off',
  title: 'PostgreSQL log_checkpoints turned off',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_postgresql_configuration'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_30', 'AVD-AZU-0024'],
  description: 'An `azurerm_postgresql_configuration` with `name = "log_checkpoints"` and `value = "off"`.',
  remediation: 'Set `value = "on"` for the `log_checkpoints` server parameter.',
  check: (configuration) => checkParameterNotOff(configuration, 'log_checkpoints', 'checkpoints are not logged: write activity on the server cannot be reconstructed from its logs'),
};
