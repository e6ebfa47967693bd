import { blocksAt, valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isIacObject, isUnknown } from '../../../iac-value.ts';

/**
 * `allow-all` serves the site over plain HTTP as well: session cookies and pages can be read and
 * altered by anyone on the network path (public Wi-Fi, a hostile ISP), and users are never moved
 * to HTTPS.
 */
export const tfAwsCloudfrontViewerHttpAllowed: IacRule = {
  id: 'tf-aws-cloudfront-viewer-http-allowed',
  title: 'CloudFront allows plain HTTP viewers',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_AWS_34', 'AVD-AWS-0012'],
  description: 'An `aws_cloudfront_distribution` whose `default_cache_behavior` or any `ordered_cache_behavior` has `viewer_protocol_policy = "allow-all"`.',
  remediation: 'Set `viewer_protocol_policy = "redirect-to-https"` (or `"https-only"`) on every cache behavior.',
  format: 'terraform',
  resourceTypes: ['aws_cloudfront_distribution'],
  check(distribution) {
    const verdicts: IacVerdict[] = [];
    const judge = (policy: unknown, path: string): void => {
      if (isUnknown(policy)) verdicts.push(unknown(policy.reason, path));
      else if (policy === 'allow-all') verdicts.push(fail('viewers may use plain HTTP: cookies and pages can be read and altered on the network path', path, { detail: path }));
    };
    judge(valueAt(distribution, 'default_cache_behavior.viewer_protocol_policy'), 'default_cache_behavior.0.viewer_protocol_policy');
    blocksAt(distribution, 'ordered_cache_behavior').forEach((behavior, index) => {
      if (isIacObject(behavior)) judge(behavior['viewer_protocol_policy'], `ordered_cache_behavior.${index}.viewer_protocol_policy`);
    });
    const failures = verdicts.filter((verdict) => verdict.outcome === 'fail');
    return failures.length > 0 ? failures : (verdicts[0] ?? pass);
  },
};
