import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without tracing there is no per-request record of what a function called, which slows down investigating abuse or failures.
 */
export const tfAwsLambdaTracingDisabled: IacRule = {
  id: 'tf-aws-lambda-tracing-disabled',
  title: 'Lambda X-Ray tracing not configured',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_50', 'AVD-AWS-0066'],
  description: 'An `aws_lambda_function` without a `tracing_config` block setting `mode` to `Active` or `PassThrough`.',
  remediation: 'Add `tracing_config { mode = "Active" }`.',
  format: 'terraform',
  resourceTypes: ['aws_lambda_function'],
  check: (resource) => expectAttribute(resource, 'tracing_config.mode', { accept: isOneOf('Active', 'PassThrough'), whenMissing: 'fail', message: 'X-Ray tracing is not configured: requests through the function leave no trace to investigate abuse with' }),
};
