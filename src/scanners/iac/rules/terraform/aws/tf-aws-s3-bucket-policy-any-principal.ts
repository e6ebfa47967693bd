import { resourcePolicyVerdict } from '../../../checks/aws-resource-policy.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A bucket policy that allows principal `*` lets every AWS account, and for some actions anyone on the internet, read or change the objects it names.
 */
export const tfAwsS3BucketPolicyAnyPrincipal: IacRule = {
  id: 'tf-aws-s3-bucket-policy-any-principal',
  title: 'S3 bucket policy allows any principal',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-732'],
  equivalents: ['CKV_AWS_70'],
  description: 'An `aws_s3_bucket_policy` (or the `policy` of an `aws_s3_bucket`) with an `Allow` statement for principal `*` (or `{ AWS = "*" }`, or an ARN of any account) that no condition on the caller (`aws:PrincipalArn`, `aws:PrincipalOrgID`, `aws:SourceVpce`, `aws:SourceArn`, `aws:SourceIp`…) restricts.',
  remediation: 'Name the accounts or roles in `Principal`, or keep `*` with a condition that pins the caller, such as `"Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-abc123" } }`.',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket', 'aws_s3_bucket_policy'],
  check: (resource) => resourcePolicyVerdict(resource, 'policy', 'the bucket policy allows any principal: every AWS account, and for some actions anyone, can reach the objects it names'),
};
