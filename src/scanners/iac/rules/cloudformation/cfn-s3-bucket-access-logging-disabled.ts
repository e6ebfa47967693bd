import { expectAttribute, isSet } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Without server access logs nobody can say afterwards who read or deleted which objects: a
 * leak or a ransom deletion leaves no trail to scope the damage or find the key that did it.
 */
export const cfnS3BucketAccessLoggingDisabled: IacRule = {
  id: 'cfn-s3-bucket-access-logging-disabled',
  title: 'S3 bucket without access logging',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-778', 'CIS-AWS-3.6'],
  equivalents: ['CKV_AWS_18', 'AVD-AWS-0089'],
  description: 'An `AWS::S3::Bucket` without `LoggingConfiguration`.',
  remediation: 'Add `LoggingConfiguration: { DestinationBucketName: !Ref LogBucket, LogFilePrefix: <bucket>/ }` pointing at a dedicated log bucket.',
  format: 'cloudformation',
  resourceTypes: ['AWS::S3::Bucket'],
  check: (bucket) =>
    expectAttribute(bucket, 'LoggingConfiguration', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'the bucket has no access logging: reads and deletions of its objects leave no trail for an investigation',
    }),
};
