import { blocksAt, type IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isIacObject, isUnknown } from '../../../iac-value.ts';

const loggedOperations = ['read', 'write', 'delete'] as const;

/**
 * Without read, write and delete logging on the queue service, nobody can tell afterwards who
 * read, injected or removed messages, which is what an intruder who obtained a key would do.
 */
export const tfAzureStorageQueueLoggingIncomplete: IacRule = {
  id: 'tf-azure-storage-queue-logging-incomplete',
  title: 'Storage queue service does not log reads, writes and deletes',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_storage_account'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_33', 'AVD-AZU-0009'],
  description: 'A general-purpose `azurerm_storage_account` (`account_kind` `StorageV2`, the default, or `Storage`) without a `queue_properties { logging { … } }` block that sets `read`, `write` and `delete` to `true`. Accounts of other kinds (BlobStorage, FileStorage, BlockBlobStorage) have no queue service and pass.',
  remediation: 'Add `queue_properties { logging { read = true, write = true, delete = true, version = "1.0", retention_policy_days = 90 } }` (or use `azurerm_storage_account_queue_properties` and diagnostic settings on newer providers).',
  check: checkQueueLogging,
};

function checkQueueLogging(account: IacResource): IacVerdict {
  const kind = account.attributes.account_kind;
  if (isUnknown(kind)) return unknown(kind.reason, 'account_kind');
  if (typeof kind === 'string' && kind !== 'Storage' && kind !== 'StorageV2') return pass;
  const logging = blocksAt(account, 'queue_properties.logging')[0];
  if (isUnknown(logging)) return unknown(logging.reason, 'queue_properties.logging');
  if (!isIacObject(logging)) return fail('queue operations are not logged: reads, injected messages and deletions by a stolen key leave no trace', 'queue_properties');
  const missing: string[] = [];
  for (const operation of loggedOperations) {
    const value = asBoolean(logging[operation]);
    if (isUnknown(value)) return unknown(value.reason, `queue_properties.logging.${operation}`);
    if (value !== true) missing.push(operation);
  }
  if (missing.length === 0) return pass;
  return fail(`queue logging leaves out ${missing.join(', ')}: those operations by a stolen key leave no trace`, 'queue_properties.logging');
}
