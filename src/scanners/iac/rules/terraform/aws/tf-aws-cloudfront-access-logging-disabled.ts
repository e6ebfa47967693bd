import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Edge access logs are the only record of who requested what through the CDN; without them abuse and scraping cannot be investigated.
 */
export const tfAwsCloudfrontAccessLoggingDisabled: IacRule = {
  id: 'tf-aws-cloudfront-access-logging-disabled',
  title: 'CloudFront access logging disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_86', 'AVD-AWS-0010'],
  description: 'An `aws_cloudfront_distribution` without a `logging_config` block naming a `bucket`.',
  remediation: 'Add `logging_config { bucket = aws_s3_bucket.cdn_logs.bucket_domain_name, prefix = "cdn/" }`.',
  format: 'terraform',
  resourceTypes: ['aws_cloudfront_distribution'],
  check: (resource) => expectAttribute(resource, 'logging_config.bucket', { accept: isSet, whenMissing: 'fail', message: 'access logging is off: requests served at the edge leave no record to investigate abuse with' }),
};
