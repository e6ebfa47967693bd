import { checkOneOf } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A container with `blob` or `container` access serves its blobs to anyone who knows or guesses
 * the URL, without any key; `container` access also lets them list every blob name.
 */
export const tfAzureStorageContainerPublic: IacRule = {
  id: 'tf-azure-storage-container-public',
  title: 'Storage container allows anonymous access',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_storage_container'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_34', 'AVD-AZU-0007'],
  description: 'An `azurerm_storage_container` whose `container_access_type` is `blob` or `container` rather than `private` (the default).',
  remediation: 'Remove `container_access_type` or set it to `"private"`, and hand out short-lived SAS tokens for the blobs that must be shared.',
  check: (container) => checkOneOf(container, ['container_access_type'], ['private'], 'pass', 'the container is readable without a key: anyone with the URL downloads its blobs'),
};
