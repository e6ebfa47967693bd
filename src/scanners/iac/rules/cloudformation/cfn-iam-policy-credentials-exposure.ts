import { credentialsExposureActions, unconstrainedSensitiveActions } from '../../checks/aws-iam-sensitive-actions.ts';
import { cloudformationPolicyResourceTypes, judgeCloudFormationPolicies } from '../../checks/cloudformation-iam-policy.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Some API calls answer with credentials: new access keys, instance passwords, database tokens,
 * role sessions. Allowed on every resource, they let whoever holds the policy mint credentials
 * for other identities and systems and keep access after the original key is revoked.
 */
export const cfnIamPolicyCredentialsExposure: IacRule = {
  id: 'cfn-iam-policy-credentials-exposure',
  title: 'IAM policy allows actions that return credentials',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-522'],
  equivalents: ['CKV_AWS_107'],
  description: 'An `AWS::IAM::Policy`, `ManagedPolicy`, or inline policy of a `Role`, `User` or `Group` with an Allow statement on `"*"` resources that grants an action returning credentials (`iam:CreateAccessKey`, `ec2:GetPasswordData`, `sts:AssumeRole`, `redshift:GetClusterCredentials`, `rds-db:Connect`…), including through wildcards such as `ec2:*`.',
  remediation: 'List only the actions the principal needs instead of service wildcards, and scope credential-returning actions to specific ARNs in `Resource` (the users, roles or clusters concerned).',
  format: 'cloudformation',
  resourceTypes: cloudformationPolicyResourceTypes,
  check: (resource) =>
    judgeCloudFormationPolicies(
      resource,
      (policy) => unconstrainedSensitiveActions(policy, credentialsExposureActions),
      (actions) => `the policy allows ${actions.slice(0, 3).join(', ')}${actions.length > 3 ? ' and more' : ''} on every resource: a holder can mint credentials for other identities and keep access after its own key is revoked`,
    ),
};
