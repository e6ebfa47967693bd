import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A client certificate issued to the cluster admin never expires and cannot be revoked; whoever obtains it has cluster-admin outside IAM, with no way to cut them off short of rotating the cluster CA.
 */
export const tfGcpGkeClientCertificateEnabled: IacRule = {
  id: 'tf-gcp-gke-client-certificate-enabled',
  title: 'GKE client certificate authentication not disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-287'],
  equivalents: ['CKV_GCP_13', 'AVD-GCP-0064'],
  description: 'A `google_container_cluster` without `master_auth { client_certificate_config { issue_client_certificate = false } }`.',
  remediation: 'Add `master_auth { client_certificate_config { issue_client_certificate = false } }` and authenticate with IAM.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check: (resource) =>
    expectAttribute(resource, 'master_auth.client_certificate_config.issue_client_certificate', {
      accept: isBoolean(false),
      whenMissing: 'fail',
      message: 'client certificate authentication is not explicitly disabled: a leaked cluster client certificate cannot be revoked and bypasses IAM',
    }),
};
