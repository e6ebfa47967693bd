import { expectAttribute, isSet } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Asynchronous invocations that keep failing are dropped after their retries; without a dead
 * letter queue the events (orders, uploads, alerts) vanish with no trace to replay or investigate.
 */
export const cfnLambdaNoDeadLetterQueue: IacRule = {
  id: 'cfn-lambda-no-dead-letter-queue',
  title: 'Lambda function without dead letter queue',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-755'],
  equivalents: ['CKV_AWS_116'],
  description: 'An `AWS::Lambda::Function` without `DeadLetterConfig.TargetArn`, or an `AWS::Serverless::Function` without `DeadLetterQueue.TargetArn`.',
  remediation: 'Set `DeadLetterConfig: { TargetArn: !GetAtt FailedEvents.Arn }` (SAM: `DeadLetterQueue: { Type: SQS, TargetArn: … }`), or configure an on-failure destination.',
  format: 'cloudformation',
  resourceTypes: ['AWS::Lambda::Function', 'AWS::Serverless::Function'],
  check: (fn) =>
    expectAttribute(fn, fn.type === 'AWS::Serverless::Function' ? 'DeadLetterQueue.TargetArn' : 'DeadLetterConfig.TargetArn', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'the function has no dead letter queue: asynchronous events that keep failing are dropped without trace',
    }),
};
