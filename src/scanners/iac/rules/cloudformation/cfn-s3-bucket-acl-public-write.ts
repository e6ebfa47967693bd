import { expectAttribute } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * A public-read-write ACL lets anyone upload, overwrite and delete objects: attackers host
 * malware on the organisation's domain, replace artefacts others download, or wipe the data.
 */
export const cfnS3BucketAclPublicWrite: IacRule = {
  id: 'cfn-s3-bucket-acl-public-write',
  title: 'S3 bucket writable by everyone',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_57'],
  description: 'An `AWS::S3::Bucket` whose `AccessControl` is `PublicReadWrite`.',
  remediation: 'Remove `AccessControl` or set it to `Private`; give writers IAM permissions or presigned URLs instead.',
  format: 'cloudformation',
  resourceTypes: ['AWS::S3::Bucket'],
  check: (bucket) =>
    expectAttribute(bucket, 'AccessControl', {
      accept: (value) => value !== 'PublicReadWrite',
      whenMissing: 'pass',
      message: 'the bucket ACL grants write access to everyone: anyone can upload, overwrite or delete its objects',
    }),
};
