import { resourcePolicyVerdict } from '../../../checks/aws-resource-policy.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A topic policy for principal `*` lets any AWS account publish to the topic or subscribe to it: forged notifications go out, real ones leak.
 */
export const tfAwsSnsTopicPolicyAnyPrincipal: IacRule = {
  id: 'tf-aws-sns-topic-policy-any-principal',
  title: 'SNS topic policy allows any principal',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-732'],
  equivalents: ['CKV_AWS_169'],
  description: 'An `aws_sns_topic_policy` (or the `policy` of an `aws_sns_topic`) with an `Allow` statement for principal `*` (or an ARN of any account) that no condition on the caller (`aws:SourceAccount`, `aws:SourceArn`, `aws:PrincipalOrgID`…) restricts.',
  remediation: 'Name the accounts or services allowed, or keep `*` with `"Condition": { "StringEquals": { "aws:SourceAccount": "111122223333" } }`.',
  format: 'terraform',
  resourceTypes: ['aws_sns_topic', 'aws_sns_topic_policy'],
  check: (resource) => resourcePolicyVerdict(resource, 'policy', 'the topic policy allows any principal: any AWS account can publish to it or subscribe to its messages'),
};
