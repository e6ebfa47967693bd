import { checkOneOf } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * TLS 1.0/1.1 have known weaknesses; a database server that accepts them lets connections be
 * downgraded and read by an attacker on the path.
 */
export const tfAzureDbServerOldTls: IacRule = {
  id: 'tf-azure-db-server-old-tls',
  title: 'MySQL/PostgreSQL server allows TLS older than 1.2',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_mysql_server', 'azurerm_postgresql_server'],
  tags: ['CWE-326'],
  equivalents: ['CKV_AZURE_54', 'CKV_AZURE_147'],
  description: 'An `azurerm_mysql_server` or `azurerm_postgresql_server` whose `ssl_minimal_tls_version_enforced` is not `TLS1_2`, or is not written (Checkov treats a missing value as a failure).',
  remediation: 'Set `ssl_minimal_tls_version_enforced = "TLS1_2"` with `ssl_enforcement_enabled = true`.',
  check: (server) => checkOneOf(server, ['ssl_minimal_tls_version_enforced'], ['TLS1_2', 'TLS1_3'], 'fail', 'the server accepts TLS older than 1.2 (or no TLS): connections can be downgraded and read on the network'),
};
