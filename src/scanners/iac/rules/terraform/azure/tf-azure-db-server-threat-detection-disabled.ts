import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Threat detection raises alerts for SQL injection, brute force and unusual access; without it, an
 * attack on the database raises nothing.
 */
export const tfAzureDbServerThreatDetectionDisabled: IacRule = {
  id: 'tf-azure-db-server-threat-detection-disabled',
  title: 'MySQL/PostgreSQL server threat detection disabled',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_mysql_server', 'azurerm_postgresql_server'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_127', 'CKV_AZURE_128'],
  description: 'An `azurerm_mysql_server` or `azurerm_postgresql_server` without `threat_detection_policy { enabled = true }`.',
  remediation: 'Add `threat_detection_policy { enabled = true, email_account_admins = true, email_addresses = [...] }`.',
  check: (server) => checkBoolean(server, ['threat_detection_policy.enabled'], true, 'fail', 'threat detection is off: SQL injection, brute force and unusual access raise no alert'),
};
