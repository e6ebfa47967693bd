import { isMissing, unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { containsUnknown } from '../../../iac-value.ts';

/**
 * Without blob soft delete, a deleted or overwritten blob is gone at once: a mistaken script, a
 * compromised key or ransomware leaves nothing to restore.
 */
export const tfAzureStorageAccountNoSoftDelete: IacRule = {
  id: 'tf-azure-storage-account-no-soft-delete',
  title: 'Storage account without blob soft delete',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_storage_account'],
  tags: ['CWE-693'],
  equivalents: ['CKV2_AZURE_38'],
  description: 'An `azurerm_storage_account` with no `blob_properties.delete_retention_policy` block, or of `account_kind = "FileStorage"` (which has no blob soft delete).',
  remediation: 'Add `blob_properties { delete_retention_policy { days = 7 } container_delete_retention_policy { days = 7 } }`.',
  check(account) {
    const kind = valueAt(account, 'account_kind');
    if (containsUnknown(kind)) return unknown(unknownReason(kind), 'account_kind');
    if (kind === 'FileStorage') return fail('a FileStorage account has no blob soft delete: deleted data cannot be restored', 'account_kind');
    const policy = valueAt(account, 'blob_properties.delete_retention_policy');
    if (containsUnknown(policy)) return unknown(unknownReason(policy), 'blob_properties.delete_retention_policy');
    if (!isMissing(policy)) return pass;
    return fail('deleted or overwritten blobs are gone at once: a mistake, a leaked key or ransomware leaves nothing to restore', valueAt(account, 'blob_properties') === undefined ? undefined : 'blob_properties');
  },
};
