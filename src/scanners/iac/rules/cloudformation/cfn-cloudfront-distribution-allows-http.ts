import { blocksAt, valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';

/**
 * A distribution that serves `allow-all` answers in plain HTTP: session cookies and the pages
 * themselves can be read and altered by anyone on the network between viewer and edge.
 */
export const cfnCloudfrontDistributionAllowsHttp: IacRule = {
  id: 'cfn-cloudfront-distribution-allows-http',
  title: 'CloudFront distribution serves plain HTTP',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_AWS_34', 'AVD-AWS-0012'],
  description: 'An `AWS::CloudFront::Distribution` whose `DistributionConfig.DefaultCacheBehavior` or any `CacheBehaviors` entry has `ViewerProtocolPolicy: allow-all`.',
  remediation: 'Set `ViewerProtocolPolicy: redirect-to-https` (or `https-only`) on the default and every cache behavior.',
  format: 'cloudformation',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  check(distribution) {
    const message = 'a cache behavior serves plain HTTP (allow-all): viewers\' cookies and pages can be read and altered in transit';
    const verdicts: IacVerdict[] = [];
    if (valueAt(distribution, 'DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy') === 'allow-all') {
      verdicts.push(fail(message, 'DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy', { detail: 'default' }));
    }
    blocksAt(distribution, 'DistributionConfig.CacheBehaviors').forEach((behavior, index) => {
      if (isIacObject(behavior) && behavior['ViewerProtocolPolicy'] === 'allow-all') {
        verdicts.push(fail(message, `DistributionConfig.CacheBehaviors.${index}.ViewerProtocolPolicy`, { detail: String(index) }));
      }
    });
    return verdicts.length > 0 ? verdicts : pass;
  },
};
