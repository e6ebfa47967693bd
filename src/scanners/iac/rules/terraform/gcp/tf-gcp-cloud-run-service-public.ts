import { judgePublicGrant, PUBLIC_MEMBERS } from '../../../checks/gcp-iam-members.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Granting a Cloud Run role to `allUsers` or `allAuthenticatedUsers` makes the service callable by anyone, which is right for a public website but a breach for an internal API.
 */
export const tfGcpCloudRunServicePublic: IacRule = {
  id: 'tf-gcp-cloud-run-service-public',
  title: 'Cloud Run service invokable by anyone',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_102'],
  description: 'A `google_cloud_run_service_iam_member` or `_iam_binding` granting a role to `allUsers` or `allAuthenticatedUsers`.',
  remediation: 'Grant `roles/run.invoker` to the service accounts or groups that call the service; put public sites behind a load balancer with IAP or Cloud Armor if they must be public.',
  format: 'terraform',
  resourceTypes: ['google_cloud_run_service_iam_member', 'google_cloud_run_service_iam_binding'],
  check: (grant) => judgePublicGrant(grant, PUBLIC_MEMBERS, 'the service can be invoked by anyone on the internet: every endpoint it exposes must withstand unauthenticated attackers'),
};
