import { resourcePolicyVerdict } from '../../../checks/aws-resource-policy.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A queue policy for principal `*` lets any AWS account send, read or purge messages: injected jobs reach the consumers, real ones are stolen.
 */
export const tfAwsSqsQueuePolicyAnyPrincipal: IacRule = {
  id: 'tf-aws-sqs-queue-policy-any-principal',
  title: 'SQS queue policy allows any principal',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-732'],
  equivalents: ['CKV_AWS_168'],
  description: 'An `aws_sqs_queue_policy` (or the `policy` of an `aws_sqs_queue`) with an `Allow` statement for principal `*` (or an ARN of any account) that no condition on the caller (`aws:SourceArn`, `aws:SourceAccount`, `aws:PrincipalOrgID`…) restricts.',
  remediation: 'Name the accounts or services allowed, or keep `*` with `"Condition": { "ArnEquals": { "aws:SourceArn": "<topic or bucket ARN>" } }`.',
  format: 'terraform',
  resourceTypes: ['aws_sqs_queue', 'aws_sqs_queue_policy'],
  check: (resource) => resourcePolicyVerdict(resource, 'policy', 'the queue policy allows any principal: any AWS account can send, receive or delete its messages'),
};
