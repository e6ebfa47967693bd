import { dataExfiltrationActions, unconstrainedSensitiveActions } from '../../checks/aws-iam-sensitive-actions.ts';
import { cloudformationPolicyResourceTypes, judgeCloudFormationPolicies } from '../../checks/cloudformation-iam-policy.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Reading every object, parameter and secret in the account is what a data thief needs:
 * `s3:GetObject` or `secretsmanager:GetSecretValue` on `*` turns one leaked key into a leak of
 * everything stored there.
 */
export const cfnIamPolicyDataExfiltration: IacRule = {
  id: 'cfn-iam-policy-data-exfiltration',
  title: 'IAM policy allows reading all objects, parameters or secrets',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-200'],
  equivalents: ['CKV_AWS_108'],
  description: 'An IAM policy (standalone or inline in a role, user or group) with an Allow statement on `"*"` resources that grants `s3:GetObject`, `ssm:GetParameter`, `ssm:GetParameters`, `ssm:GetParametersByPath` or `secretsmanager:GetSecretValue`, directly or through a wildcard.',
  remediation: 'Scope `Resource` to the buckets (`arn:aws:s3:::my-bucket/*`), parameter paths or secret ARNs the principal must read.',
  format: 'cloudformation',
  resourceTypes: cloudformationPolicyResourceTypes,
  check: (resource) =>
    judgeCloudFormationPolicies(
      resource,
      (policy) => unconstrainedSensitiveActions(policy, dataExfiltrationActions),
      (actions) => `the policy allows ${actions.join(', ')} on every resource: a leaked credential reads every object, parameter or secret in the account`,
    ),
};
