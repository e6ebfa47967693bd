import { judgePublicGrant } from '../../../checks/gcp-iam-members.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A function invokable by `allUsers` runs for any caller on the internet: internal functions become attack surface and their cost becomes anyone else to decide.
 */
export const tfGcpCloudFunctionPublic: IacRule = {
  id: 'tf-gcp-cloud-function-public',
  title: 'Cloud Function invokable by anyone',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_107'],
  description: 'A Cloud Functions (1st or 2nd gen) `*_iam_member` or `*_iam_binding` granting a role to `allUsers`.',
  remediation: 'Grant `roles/cloudfunctions.invoker` only to the callers that need it; require authentication for HTTP functions.',
  format: 'terraform',
  resourceTypes: ['google_cloudfunctions_function_iam_member', 'google_cloudfunctions_function_iam_binding', 'google_cloudfunctions2_function_iam_member', 'google_cloudfunctions2_function_iam_binding'],
  check: (grant) => judgePublicGrant(grant, ['allUsers'], 'the function can be invoked by anyone on the internet without authentication'),
};
