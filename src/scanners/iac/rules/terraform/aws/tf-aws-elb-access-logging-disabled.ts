import { isMissing } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * Load balancer access logs are the record of every request (client address, path, status): the
 * first thing needed to find out what an attacker probed or downloaded.
 */
export const tfAwsElbAccessLoggingDisabled: IacRule = {
  id: 'tf-aws-elb-access-logging-disabled',
  title: 'Classic ELB access logging disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_92'],
  description: 'An `aws_elb` without an `access_logs` block, or with `access_logs { enabled = false }`.',
  remediation: 'Add `access_logs { bucket = aws_s3_bucket.lb_logs.id, enabled = true }`.',
  format: 'terraform',
  resourceTypes: ['aws_elb'],
  check(elb) {
    if (isMissing(valueAt(elb, 'access_logs'))) return fail('access logging is off: requests an attacker made through the load balancer leave no record', 'access_logs');
    const enabled = asBoolean(valueAt(elb, 'access_logs.enabled') ?? undefined);
    if (isUnknown(enabled)) return unknown(enabled.reason, 'access_logs.enabled');
    return enabled === false ? fail('access logging is disabled: requests an attacker made through the load balancer leave no record', 'access_logs.enabled') : pass;
  },
};
