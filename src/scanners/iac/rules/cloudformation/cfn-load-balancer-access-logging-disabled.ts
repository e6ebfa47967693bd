import { blocksAt } from '../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';
import { asBoolean, isIacObject, isUnknown } from '../../iac-value.ts';

/**
 * Load balancer access logs are the record of who sent which request; without them an attack
 * through the load balancer (credential stuffing, exploitation, data scraping) cannot be
 * traced or scoped.
 */
export const cfnLoadBalancerAccessLoggingDisabled: IacRule = {
  id: 'cfn-load-balancer-access-logging-disabled',
  title: 'Application or network load balancer without access logs',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_91', 'AVD-AWS-0053'],
  description: 'An `AWS::ElasticLoadBalancingV2::LoadBalancer` without a `LoadBalancerAttributes` entry `access_logs.s3.enabled` set to `true`.',
  remediation: 'Add `LoadBalancerAttributes: [{ Key: access_logs.s3.enabled, Value: "true" }, { Key: access_logs.s3.bucket, Value: !Ref LogBucket }]`.',
  format: 'cloudformation',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  check(balancer) {
    let undecided: string | undefined;
    for (const attribute of blocksAt(balancer, 'LoadBalancerAttributes')) {
      if (isUnknown(attribute)) {
        undecided ??= attribute.reason;
        continue;
      }
      if (!isIacObject(attribute) || attribute['Key'] !== 'access_logs.s3.enabled') continue;
      const enabled = asBoolean(attribute['Value']);
      if (isUnknown(enabled)) undecided ??= enabled.reason;
      else if (enabled === true) return pass;
    }
    if (undecided) return unknown(undecided, 'LoadBalancerAttributes');
    return fail('the load balancer keeps no access logs: requests in an attack through it cannot be traced afterwards', 'LoadBalancerAttributes');
  },
};
