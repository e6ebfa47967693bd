import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Infrastructure encryption adds a second, independent layer of encryption with a different key
 * and algorithm, so a flaw or compromise of one layer does not expose the data.
 */
export const tfAzureStorageAccountNoInfrastructureEncryption: IacRule = {
  id: 'tf-azure-storage-account-no-infrastructure-encryption',
  title: 'Storage account without infrastructure (double) encryption',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_storage_account'],
  tags: ['CWE-311'],
  equivalents: ['AVD-AZU-0061'],
  description: 'An `azurerm_storage_account` whose `infrastructure_encryption_enabled` is `false` or not written (the default is `false`). It can only be set when the account is created.',
  remediation: 'Set `infrastructure_encryption_enabled = true` when creating the account (it forces a new account).',
  check: (account) => checkBoolean(account, ['infrastructure_encryption_enabled'], true, 'fail', 'the data has a single layer of encryption: a flaw in or compromise of that layer exposes it'),
};
