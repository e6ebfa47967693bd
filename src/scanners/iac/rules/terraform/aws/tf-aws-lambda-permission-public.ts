import { expectAttribute } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A Lambda permission for principal `*` lets any AWS account (or anyone, for a function URL)
 * invoke the function: its code runs, and costs, on a stranger's request.
 */
export const tfAwsLambdaPermissionPublic: IacRule = {
  id: 'tf-aws-lambda-permission-public',
  title: 'Lambda function invokable by any principal',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_301'],
  description: 'An `aws_lambda_permission` whose `principal` is `*`.',
  remediation: 'Name the service or account that invokes the function (`principal = "events.amazonaws.com"` with `source_arn`, or an account ID).',
  format: 'terraform',
  resourceTypes: ['aws_lambda_permission'],
  check: (permission) => expectAttribute(permission, 'principal', { accept: (value) => value !== '*', whenMissing: 'pass', message: 'any AWS principal may invoke the function: its code runs, and is billed, on a stranger\'s request' }),
};
