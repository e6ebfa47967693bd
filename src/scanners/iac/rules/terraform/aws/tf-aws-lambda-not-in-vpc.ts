import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A function outside a VPC has unrestricted internet egress that no security group or network ACL controls, an easy path to exfiltrate what it can read.
 */
export const tfAwsLambdaNotInVpc: IacRule = {
  id: 'tf-aws-lambda-not-in-vpc',
  title: 'Lambda function outside a VPC',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_117'],
  description: 'An `aws_lambda_function` without a `vpc_config` block.',
  remediation: 'Add `vpc_config { subnet_ids = [...], security_group_ids = [...] }` so egress is controlled by security groups and routes.',
  format: 'terraform',
  resourceTypes: ['aws_lambda_function'],
  check: (resource) => expectAttribute(resource, 'vpc_config', { accept: isSet, whenMissing: 'fail', message: 'the function runs outside a VPC: its network egress cannot be restricted, so stolen data can leave freely' }),
};
