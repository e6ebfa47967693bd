import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Usage logs record who read or changed which object; without them an incident responder cannot
 * tell what a leaked credential or public grant exposed.
 */
export const tfGcpStorageBucketLoggingDisabled: IacRule = {
  id: 'tf-gcp-storage-bucket-logging-disabled',
  title: 'Cloud Storage bucket access logging disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_GCP_62'],
  description: 'A `google_storage_bucket` without `logging { log_bucket = … }`.',
  remediation: 'Add `logging { log_bucket = google_storage_bucket.logs.name }` pointing at a separate log bucket (or rely on Data Access audit logs).',
  format: 'terraform',
  resourceTypes: ['google_storage_bucket'],
  check: (bucket) =>
    expectAttribute(bucket, 'logging.log_bucket', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'object access is not logged: after a leak nobody can tell which objects were read or by whom',
    }),
};
