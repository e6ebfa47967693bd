import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Legacy ABAC grants static, broad permissions (often to every service account) that Kubernetes RBAC cannot restrict, defeating least privilege in the cluster.
 */
export const tfGcpGkeLegacyAbacEnabled: IacRule = {
  id: 'tf-gcp-gke-legacy-abac-enabled',
  title: 'GKE legacy ABAC authorization enabled',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-285'],
  equivalents: ['CKV_GCP_7', 'AVD-GCP-0062'],
  description: 'A `google_container_cluster` with `enable_legacy_abac = true`.',
  remediation: 'Remove `enable_legacy_abac` or set it to `false` and grant access with Kubernetes RBAC.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check: (resource) =>
    expectAttribute(resource, 'enable_legacy_abac', {
      accept: (value) => !isBoolean(true)(value),
      whenMissing: 'pass',
      message: 'legacy ABAC is enabled: it grants broad static permissions that RBAC policies cannot narrow, so pods and users get far more access than intended',
    }),
};
