import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without it, a mistaken destroy or a stolen credential takes the entry point of the service offline in one call.
 */
export const tfAwsLbDeletionProtectionDisabled: IacRule = {
  id: 'tf-aws-lb-deletion-protection-disabled',
  title: 'Load balancer deletion protection disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_AWS_150'],
  description: 'An `aws_lb` or `aws_alb` without `enable_deletion_protection = true`.',
  remediation: 'Set `enable_deletion_protection = true`.',
  format: 'terraform',
  resourceTypes: ['aws_lb', 'aws_alb'],
  check: (resource) => expectAttribute(resource, 'enable_deletion_protection', { accept: isBoolean(true), whenMissing: 'fail', message: 'deletion protection is off: one mistaken destroy or stolen credential takes the service entry point offline' }),
};
