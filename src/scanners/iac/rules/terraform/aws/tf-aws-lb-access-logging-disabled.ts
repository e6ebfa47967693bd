import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { unknown, type IacRule } from '../../../iac-rule.ts';

/**
 * Application and network load balancer access logs record every request and connection: the
 * first place to look when finding out what an attacker probed, from where, and when.
 */
export const tfAwsLbAccessLoggingDisabled: IacRule = {
  id: 'tf-aws-lb-access-logging-disabled',
  title: 'Application/Network load balancer access logging disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_91'],
  description: 'An `aws_lb` or `aws_alb` (other than a gateway load balancer) without `access_logs { enabled = true }`.',
  remediation: 'Add `access_logs { bucket = aws_s3_bucket.lb_logs.id, enabled = true }`.',
  format: 'terraform',
  resourceTypes: ['aws_lb', 'aws_alb'],
  check(balancer) {
    if (valueAt(balancer, 'load_balancer_type') === 'gateway') return unknown('gateway load balancers have no access logs');
    return expectAttribute(balancer, 'access_logs.enabled', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'access logging is off: requests an attacker made through the load balancer leave no record',
    });
  },
};
