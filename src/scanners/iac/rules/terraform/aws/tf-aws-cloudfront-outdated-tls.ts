import { unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, containsUnknown } from '../../../iac-value.ts';

/** Security policies with TLS 1.2 or later as their minimum (`TLSv1.2_2021`, `TLSv1.3_2025`…). */
const MODERN = /^TLSv1\.[23](_|$)/;

/**
 * With the default CloudFront certificate, or a security policy older than TLS 1.2, viewers may
 * connect with TLS 1.0 or 1.1, whose weaknesses let an attacker on the path downgrade and read
 * or alter the traffic.
 */
export const tfAwsCloudfrontOutdatedTls: IacRule = {
  id: 'tf-aws-cloudfront-outdated-tls',
  title: 'CloudFront distribution allows TLS older than 1.2',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-326'],
  equivalents: ['CKV_AWS_174', 'AVD-AWS-0013'],
  description: 'An `aws_cloudfront_distribution` that uses the default CloudFront certificate (`viewer_certificate.cloudfront_default_certificate = true`, which allows TLS 1.0), or whose `viewer_certificate.minimum_protocol_version` is missing or older than `TLSv1.2_*`.',
  remediation: 'Use your own certificate: `viewer_certificate { acm_certificate_arn = aws_acm_certificate.site.arn, ssl_support_method = "sni-only", minimum_protocol_version = "TLSv1.2_2021" }`.',
  format: 'terraform',
  resourceTypes: ['aws_cloudfront_distribution'],
  check(distribution) {
    const usesDefault = valueAt(distribution, 'viewer_certificate.cloudfront_default_certificate');
    if (containsUnknown(usesDefault)) return unknown(unknownReason(usesDefault), 'viewer_certificate.cloudfront_default_certificate');
    if (asBoolean(usesDefault) === true) return fail('the default CloudFront certificate lets viewers connect with TLS 1.0: an attacker on the path can downgrade and read the traffic', 'viewer_certificate.cloudfront_default_certificate');
    const minimum = valueAt(distribution, 'viewer_certificate.minimum_protocol_version');
    if (containsUnknown(minimum)) return unknown(unknownReason(minimum), 'viewer_certificate.minimum_protocol_version');
    if (typeof minimum === 'string' && MODERN.test(minimum)) return pass;
    return fail(`viewers may connect with ${typeof minimum === 'string' ? minimum : 'TLS 1.0 (the default minimum)'}: an attacker on the path can downgrade and read the traffic`, minimum === undefined ? 'viewer_certificate' : 'viewer_certificate.minimum_protocol_version');
  },
};
