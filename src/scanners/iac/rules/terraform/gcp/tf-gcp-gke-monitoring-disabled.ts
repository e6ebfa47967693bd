import { expectAttribute } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * With `monitoring_service = "none"` the cluster sends no metrics, so abuse such as cryptomining or a denial of service is not seen.
 */
export const tfGcpGkeMonitoringDisabled: IacRule = {
  id: 'tf-gcp-gke-monitoring-disabled',
  title: 'GKE cluster monitoring disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_GCP_8', 'AVD-GCP-0052'],
  description: 'A `google_container_cluster` with `monitoring_service = "none"`.',
  remediation: 'Remove `monitoring_service` or set it to `"monitoring.googleapis.com/kubernetes"`.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check: (resource) =>
    expectAttribute(resource, 'monitoring_service', {
      accept: (value) => value !== 'none',
      whenMissing: 'pass',
      message: 'cluster monitoring is off: resource abuse such as cryptomining or a failing node goes unnoticed',
    }),
};
