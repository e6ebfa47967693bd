import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { unknown, type IacRule } from '../../../iac-rule.ts';

/**
 * Forwarding malformed HTTP header fields lets an attacker smuggle requests past the load
 * balancer to back ends that parse them differently (HTTP desync and request smuggling).
 */
export const tfAwsLbKeepsInvalidHeaders: IacRule = {
  id: 'tf-aws-lb-keeps-invalid-headers',
  title: 'Application load balancer forwards invalid headers',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-444'],
  equivalents: ['CKV_AWS_131', 'AVD-AWS-0052'],
  description: 'An application `aws_lb` or `aws_alb` without `drop_invalid_header_fields = true` (network and gateway load balancers are not judged).',
  remediation: 'Set `drop_invalid_header_fields = true`.',
  format: 'terraform',
  resourceTypes: ['aws_lb', 'aws_alb'],
  check(balancer) {
    const type = valueAt(balancer, 'load_balancer_type');
    if (type === 'network' || type === 'gateway') return unknown('only application load balancers parse HTTP headers');
    return expectAttribute(balancer, 'drop_invalid_header_fields', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'malformed header fields are forwarded: attackers can smuggle requests past the load balancer to the back ends',
    });
  },
};
