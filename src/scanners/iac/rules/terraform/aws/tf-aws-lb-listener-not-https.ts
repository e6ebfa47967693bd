import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

const encryptedOrNotHttp = ['HTTPS', 'TLS', 'TCP', 'UDP', 'TCP_UDP'];

/**
 * An HTTP listener that serves content (rather than redirecting to HTTPS) sends logins, cookies
 * and data in clear text between users and the load balancer.
 */
export const tfAwsLbListenerNotHttps: IacRule = {
  id: 'tf-aws-lb-listener-not-https',
  title: 'Load balancer listener serves plain HTTP',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_AWS_2', 'AVD-AWS-0054'],
  description: 'An `aws_lb_listener` or `aws_alb_listener` whose `protocol` is `HTTP` (the default) and whose default action does not redirect to HTTPS.',
  remediation: 'Use `protocol = "HTTPS"` with `certificate_arn` and a TLS 1.2 `ssl_policy`, and make the port 80 listener `default_action { type = "redirect"; redirect { protocol = "HTTPS", port = "443", status_code = "HTTP_301" } }`.',
  format: 'terraform',
  resourceTypes: ['aws_lb_listener', 'aws_alb_listener'],
  check(listener) {
    const protocol = valueAt(listener, 'protocol');
    if (isUnknown(protocol)) return unknown(protocol.reason, 'protocol');
    if (typeof protocol === 'string' && encryptedOrNotHttp.includes(protocol)) return pass;
    if (valueAt(listener, 'default_action.type') === 'redirect') {
      const target = valueAt(listener, 'default_action.redirect.protocol');
      if (target === 'HTTPS') return pass;
      if (target === undefined || isUnknown(target)) return unknown('the redirect protocol is not known', 'default_action.redirect.protocol');
    }
    return fail('the listener serves plain HTTP: logins, cookies and data cross the network in clear text', 'protocol');
  },
};
