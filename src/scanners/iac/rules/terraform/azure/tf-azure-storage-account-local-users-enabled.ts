import { unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, containsUnknown } from '../../../iac-value.ts';

/**
 * Local users are SFTP accounts with their own passwords or keys, outside Entra ID: no
 * conditional access, no MFA, and nothing to revoke when a person leaves.
 */
export const tfAzureStorageAccountLocalUsersEnabled: IacRule = {
  id: 'tf-azure-storage-account-local-users-enabled',
  title: 'Storage account allows local (SFTP) users',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_storage_account'],
  tags: ['CWE-287'],
  equivalents: ['CKV_AZURE_244'],
  description: 'An `azurerm_storage_account` with `local_user_enabled = true`, or that leaves it at its default (`true`) on an account that can serve SFTP (`is_hns_enabled` or `sftp_enabled` true).',
  remediation: 'Set `local_user_enabled = false`, or keep local users only where SFTP is needed and give each its own container and key.',
  check(account) {
    const enabled = valueAt(account, 'local_user_enabled');
    if (containsUnknown(enabled)) return unknown(unknownReason(enabled), 'local_user_enabled');
    if (asBoolean(enabled) === false) return pass;
    if (asBoolean(enabled) === true) return fail('local SFTP users sign in with their own passwords or keys, outside Entra ID conditional access and MFA', 'local_user_enabled');
    const hierarchical = valueAt(account, 'is_hns_enabled');
    const sftp = valueAt(account, 'sftp_enabled');
    if (containsUnknown(hierarchical) || containsUnknown(sftp)) return unknown(unknownReason(containsUnknown(sftp) ? sftp : hierarchical), 'local_user_enabled');
    if (asBoolean(hierarchical) === true || asBoolean(sftp) === true) return fail('the account can serve SFTP and local users are allowed by default: they sign in outside Entra ID conditional access and MFA');
    return pass;
  },
};
