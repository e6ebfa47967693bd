import { expectAttribute, isNumberWhere } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without reserved concurrency one function can take every execution slot of the account in
 * the region: a flood of requests (or a recursive trigger) then throttles every other function,
 * and runs up the bill while it lasts.
 */
export const tfAwsLambdaNoConcurrencyLimit: IacRule = {
  id: 'tf-aws-lambda-no-concurrency-limit',
  title: 'Lambda function without a concurrency limit',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-770'],
  equivalents: ['CKV_AWS_115'],
  description: 'An `aws_lambda_function` without `reserved_concurrent_executions`, or with `-1` (unreserved).',
  remediation: 'Set `reserved_concurrent_executions` to the most parallel executions the function should ever need (e.g. `reserved_concurrent_executions = 50`).',
  format: 'terraform',
  resourceTypes: ['aws_lambda_function'],
  check: (fn) =>
    expectAttribute(fn, 'reserved_concurrent_executions', {
      accept: isNumberWhere((limit) => limit !== -1),
      whenMissing: 'fail',
      message: 'the function has no concurrency limit: a request flood or recursive trigger can exhaust the account concurrency and throttle every other function',
    }),
};
