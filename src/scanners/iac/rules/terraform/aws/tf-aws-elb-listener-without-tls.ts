import { blocksAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isIacObject, isUnknown } from '../../../iac-value.ts';

/**
 * A classic load balancer listener without a certificate serves plain HTTP or TCP: credentials,
 * session cookies and data cross the internet readable and alterable by anyone on the path.
 */
export const tfAwsElbListenerWithoutTls: IacRule = {
  id: 'tf-aws-elb-listener-without-tls',
  title: 'Classic ELB listener without TLS certificate',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_AWS_127'],
  description: 'An `aws_elb` with a `listener` block that has no `ssl_certificate_id` (an HTTP or TCP listener).',
  remediation: 'Give every listener `lb_protocol = "https"` (or `ssl`) and `ssl_certificate_id = aws_acm_certificate.site.arn`; redirect plain HTTP at the application.',
  format: 'terraform',
  resourceTypes: ['aws_elb'],
  check(elb) {
    const verdicts: IacVerdict[] = [];
    blocksAt(elb, 'listener').forEach((listener, index) => {
      if (isUnknown(listener)) verdicts.push(unknown(listener.reason, 'listener'));
      else if (isIacObject(listener) && listener['ssl_certificate_id'] === undefined) {
        verdicts.push(fail('a listener has no TLS certificate: traffic to the load balancer crosses the network in clear text', `listener.${index}`, { detail: `listener.${index}` }));
      }
    });
    return verdicts.length > 0 ? verdicts : pass;
  },
};
