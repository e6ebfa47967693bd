import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * With Google-managed keys you cannot revoke access to the data by disabling a key, nor separate
 * who may administer the key from who may read the tables; regulated data usually requires a CMK.
 */
export const tfGcpBigqueryDatasetNotEncryptedWithCmk: IacRule = {
  id: 'tf-gcp-bigquery-dataset-not-encrypted-with-cmk',
  title: 'BigQuery dataset not encrypted with a customer-managed key',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_GCP_81'],
  description: 'A `google_bigquery_dataset` without `default_encryption_configuration { kms_key_name = … }`.',
  remediation: 'Add `default_encryption_configuration { kms_key_name = google_kms_crypto_key.bq.id }`.',
  format: 'terraform',
  resourceTypes: ['google_bigquery_dataset'],
  check: (dataset) =>
    expectAttribute(dataset, 'default_encryption_configuration.kms_key_name', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'tables are encrypted with Google-managed keys only: access cannot be cut off by revoking a key you control',
    }),
};
