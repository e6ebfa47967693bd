import { expectAttribute } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Labels tie a cluster to its owner and environment; unlabelled clusters are the ones nobody patches or claims during an incident.
 */
export const tfGcpGkeNoResourceLabels: IacRule = {
  id: 'tf-gcp-gke-no-resource-labels',
  title: 'GKE cluster without resource labels',
  severity: 'info',
  confidence: 'high',
  tags: ['CWE-1059'],
  equivalents: ['CKV_GCP_21', 'AVD-GCP-0051'],
  description: 'A `google_container_cluster` without a non-empty `resource_labels` map.',
  remediation: 'Add `resource_labels = { team = "…", env = "…" }`.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check: (resource) =>
    expectAttribute(resource, 'resource_labels', {
      accept: (value) => typeof value === 'object' && value !== null && Object.keys(value).length > 0,
      whenMissing: 'fail',
      message: 'the cluster carries no labels: ownership, cost and incident routing cannot be traced to a team',
    }),
};
