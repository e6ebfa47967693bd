import { expectAttribute, isOneOf } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Without versioning an overwrite or delete is final: ransomware, a buggy job or a stolen key
 * can destroy the bucket's data with no earlier version to restore.
 */
export const cfnS3BucketVersioningDisabled: IacRule = {
  id: 'cfn-s3-bucket-versioning-disabled',
  title: 'S3 bucket without versioning',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-693'],
  equivalents: ['CKV_AWS_21', 'AVD-AWS-0090'],
  description: 'An `AWS::S3::Bucket` whose `VersioningConfiguration.Status` is missing or not `Enabled`.',
  remediation: 'Add `VersioningConfiguration: { Status: Enabled }` (and a lifecycle rule expiring old versions).',
  format: 'cloudformation',
  resourceTypes: ['AWS::S3::Bucket'],
  check: (bucket) =>
    expectAttribute(bucket, 'VersioningConfiguration.Status', {
      accept: isOneOf('Enabled'),
      whenMissing: 'fail',
      message: 'the bucket does not keep object versions: an attacker or a faulty job can overwrite or delete its data beyond recovery',
    }),
};
