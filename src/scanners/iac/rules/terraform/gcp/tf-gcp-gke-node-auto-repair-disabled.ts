import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Auto-repair replaces nodes that fail health checks; without it broken or tampered nodes linger and keep running workloads.
 */
export const tfGcpGkeNodeAutoRepairDisabled: IacRule = {
  id: 'tf-gcp-gke-node-auto-repair-disabled',
  title: 'GKE node pool auto-repair disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-1104'],
  equivalents: ['CKV_GCP_9', 'AVD-GCP-0063'],
  description: 'A `google_container_node_pool` without `management { auto_repair = true }`.',
  remediation: 'Add `management { auto_repair = true, auto_upgrade = true }`.',
  format: 'terraform',
  resourceTypes: ['google_container_node_pool'],
  check: (resource) =>
    expectAttribute(resource, 'management.auto_repair', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'node auto-repair is not enabled: unhealthy nodes stay in service instead of being recreated',
    }),
};
