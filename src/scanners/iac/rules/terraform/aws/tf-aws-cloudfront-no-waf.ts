import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without a web ACL every request reaches the origin: injection attempts, credential stuffing and layer 7 floods are not filtered at the edge.
 */
export const tfAwsCloudfrontNoWaf: IacRule = {
  id: 'tf-aws-cloudfront-no-waf',
  title: 'CloudFront distribution without WAF',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_AWS_68', 'AVD-AWS-0011'],
  description: 'An `aws_cloudfront_distribution` without `web_acl_id`.',
  remediation: 'Set `web_acl_id = aws_wafv2_web_acl.edge.arn` with at least the AWS managed common rule set.',
  format: 'terraform',
  resourceTypes: ['aws_cloudfront_distribution'],
  check: (resource) => expectAttribute(resource, 'web_acl_id', { accept: isSet, whenMissing: 'fail', message: 'no web application firewall protects the distribution: injection attempts and request floods reach the origin unfiltered' }),
};
