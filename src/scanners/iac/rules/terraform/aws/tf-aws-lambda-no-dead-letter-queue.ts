import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Asynchronous events that keep failing are silently dropped; a dead-letter queue keeps them for inspection and replay, including events an attacker crafted to make the function fail.
 */
export const tfAwsLambdaNoDeadLetterQueue: IacRule = {
  id: 'tf-aws-lambda-no-dead-letter-queue',
  title: 'Lambda function without a dead-letter queue',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-755'],
  equivalents: ['CKV_AWS_116'],
  description: 'An `aws_lambda_function` without `dead_letter_config { target_arn = ... }`.',
  remediation: 'Add `dead_letter_config { target_arn = aws_sqs_queue.dlq.arn }` (or an SNS topic) and alert on it.',
  format: 'terraform',
  resourceTypes: ['aws_lambda_function'],
  check: (resource) => expectAttribute(resource, 'dead_letter_config.target_arn', { accept: isSet, whenMissing: 'fail', message: 'failed asynchronous invocations are dropped: lost events and attempts to crash the function leave no trace' }),
};
