import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Infrastructure encryption adds a second layer of encryption at rest with a separate key, so a
 * flaw or compromise of one layer does not expose the database files.
 */
export const tfAzureDbServerNoInfrastructureEncryption: IacRule = {
  id: 'tf-azure-db-server-no-infrastructure-encryption',
  title: 'MySQL/PostgreSQL server without infrastructure (double) encryption',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_mysql_server', 'azurerm_postgresql_server'],
  tags: ['CWE-311'],
  equivalents: ['CKV_AZURE_96', 'CKV_AZURE_130'],
  description: 'An `azurerm_mysql_server` or `azurerm_postgresql_server` whose `infrastructure_encryption_enabled` is `false` or not written (the default is `false`).',
  remediation: 'Set `infrastructure_encryption_enabled = true` when creating the server.',
  check: (server) => checkBoolean(server, ['infrastructure_encryption_enabled'], true, 'fail', 'data at rest has a single layer of encryption: a flaw in or compromise of that layer exposes it'),
};
