import { checkOneOf } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A SQL server that accepts TLS 1.0/1.1 lets clients be downgraded to protocols with known
 * weaknesses, exposing queries, results and credentials to an attacker on the path.
 */
export const tfAzureMssqlServerOldTls: IacRule = {
  id: 'tf-azure-mssql-server-old-tls',
  title: 'SQL server allows TLS older than 1.2',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_mssql_server'],
  tags: ['CWE-326'],
  equivalents: ['CKV_AZURE_52', 'AVD-AZU-0026'],
  description: 'An `azurerm_mssql_server` whose `minimum_tls_version` is not `1.2` (or `1.3`), or is not written (Checkov treats a missing value as a failure; older providers allowed every version then).',
  remediation: 'Set `minimum_tls_version = "1.2"`.',
  check: (server) => checkOneOf(server, ['minimum_tls_version'], ['1.2', '1.3'], 'fail', 'the server accepts TLS older than 1.2: a network attacker can downgrade connections and read queries and credentials'),
};
