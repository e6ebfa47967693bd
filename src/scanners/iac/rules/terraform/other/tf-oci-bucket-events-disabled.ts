import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Object events feed alerting and audit pipelines; without them unexpected uploads, overwrites or mass deletions go unnoticed.
 */
export const tfOciBucketEventsDisabled: IacRule = {
  id: 'tf-oci-bucket-events-disabled',
  title: 'OCI Object Storage bucket does not emit object events',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_OCI_7'],
  description: 'An `oci_objectstorage_bucket` without `object_events_enabled = true`.',
  remediation: 'Set `object_events_enabled = true` and route the events to monitoring.',
  format: 'terraform',
  resourceTypes: ['oci_objectstorage_bucket'],
  check: (resource) =>
    expectAttribute(resource, 'object_events_enabled', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the bucket emits no object events: uploads, overwrites and deletions cannot trigger alerts or audits',
    }),
};
