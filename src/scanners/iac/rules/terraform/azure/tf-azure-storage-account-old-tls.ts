import { checkOneOf } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * TLS 1.0 and 1.1 have known weaknesses and no longer receive fixes; a storage account that still
 * accepts them lets a client be downgraded to a protocol an attacker on the path can break.
 */
export const tfAzureStorageAccountOldTls: IacRule = {
  id: 'tf-azure-storage-account-old-tls',
  title: 'Storage account allows TLS older than 1.2',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_storage_account'],
  tags: ['CWE-326'],
  equivalents: ['CKV_AZURE_44', 'AVD-AZU-0011'],
  description: 'An `azurerm_storage_account` whose `min_tls_version` is not `TLS1_2` or `TLS1_3`, or is not written (older provider versions defaulted to `TLS1_0`, and Checkov treats a missing value as a failure).',
  remediation: 'Set `min_tls_version = "TLS1_2"`.',
  check: (account) => checkOneOf(account, ['min_tls_version'], ['TLS1_2', 'TLS1_3'], 'fail', 'the account accepts TLS 1.0/1.1 clients: a network attacker can force a downgrade to a breakable protocol'),
};
